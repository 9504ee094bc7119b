// Invitations to a body's sitting: «на пленарное заседание [Верховного Суда] приглашаются Председатель
// Конституционного Совета, Генеральный Прокурор, Министр юстиции …», «Генеральный Прокурор приглашается на заседания
// Сената». The body whose sitting it is invites each body invited (a court, a chamber or a council: the host named
// before the verb, or after «на заседани…»); the form is «приглашение на заседание».
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { clauseEnd, interaction } from "./interaction.js";

const INVITE = /(?<![\p{L}])(?:приглаша(?:ется|ются)|приглашен(?:ы|а|о)?|(?:могут|может)\s+быть\s+приглашен\p{L}*)(?![\p{L}])/iu;
const SITTING = /(?<![\p{L}])(?:на|в)\s+(?:\p{L}+\s+)?заседани\p{L}*\s+$/iu;
/** Hosts: the bodies whose sittings these are (not a prosecutor's office or an official). */
const HOST_KINDS = new Set(["court", "legislature", "executive", "head_of_state"]);
const FORM = "приглашение на заседание";

export const invited: Rule = (ctx: SentenceContext) => {
  if (!lower(ctx).includes("приглаш")) return [];
  const m = INVITE.exec(ctx.text);
  if (!m) return [];
  const text = ctx.doc.clean.text;
  const verbAt = ctx.sentence.start + m.index, verbEnd = verbAt + m[0].length;
  const clauseEnd = endOfList(text, verbEnd, ctx.sentence.end);
  const bodies = concepts(ctx, "Body");
  const isHost = (b: ConceptMention) => HOST_KINDS.has(b.bodyKind ?? "") && b.end <= clauseEnd;
  // the host: right after «на заседание …» (after the verb, or before it), else the last one before the verb
  const afterSitting = bodies.find((b) => isHost(b) && SITTING.test(text.slice(Math.max(0, b.start - 40), b.start)));
  const host = afterSitting ?? [...bodies].reverse().find((b) => isHost(b) && b.end <= verbAt);
  if (!host) return [];
  // the invited: after the verb up to the clause's end, or (passive, subject first) the subject before it
  let guests = bodies.filter((b) => b.start >= verbEnd && b.end <= clauseEnd && b !== host);
  if (!guests.length) guests = bodies.filter((b) => b.end <= verbAt && b !== host && !SITTING.test(text.slice(Math.max(0, b.start - 40), b.start))).slice(0, 1);
  const out: GraphEdge[] = [];
  for (const g of guests) {
    if (!HOLDER_KINDS.has(g.bodyKind ?? "") || family(g) === family(host)) continue;
    const e = interaction(ctx, host, g, [Math.min(verbAt, g.start, host.start), Math.max(verbEnd, g.end, host.end)], FORM, true);
    if (e) out.push(e);
  }
  return out;
};

/** The end of the list of the invited: a semicolon, the closing quote of the rule quoted, or the sentence's end. */
const endOfList = (text: string, from: number, limit: number) => clauseEnd(text, from, limit, /[;.]/);
