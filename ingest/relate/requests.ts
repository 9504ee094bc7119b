// Information one body asks of another or supplies to it: «Прокурор вправе запрашивать у суда материалы дела»,
// «Высший Судебный Совет вправе запрашивать у государственных органов, в том числе органов прокуратуры, сведения
// о кандидатах», «Генеральная прокуратура представляет в Высший Судебный Совет сведения о судимости». The subject
// (the nearest body before the verb that is no object of a preposition, else the list's lead-in) → the body asked
// or supplied.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, subjectBefore } from "./context.js";
import { HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const MAY_REQUEST = cue("запрашива", "запрос", "представля", "представит", "представят");

/** «у суда», «от органов»; «из суда» (cases asked out of a court's files: «запрашивает из суда уголовные дела»). */
const ASKING = /(?<![\p{L}])(?:запрашива\p{L}*|запрос(?:ить|ит|ят))\s+(?:[\p{L}-]+\s+){0,3}?(у|от|из)\s+/giu;
const SUPPLYING = /(?<![\p{L}])(?:представля(?:ет|ют|ть)|представ(?:ит|ят|ить))\s+в\s+/giu;
/** What is supplied: information, not a protest or a motion (those are procedural acts, interaction.ts). */
const INFORMATION = /^[^,;.]{0,40}?(?<![\p{L}])(?:сведени|информаци|материал|документ|данн\p{L}*\s+о)/iu;
const PREPOSITION = /(?<![\p{L}])(?:в|во|на|к|от|у|с|со|о|об|при|перед|через|по|из)\s+$/iu;

export const requests: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_REQUEST)) return [];
  const bodies = concepts(ctx, "Body");
  if (!bodies.length) return [];
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  const actorAt = (cs: number) =>
    subjectBefore(ctx, cs, (b) => !PREPOSITION.test(text.slice(Math.max(0, b.start - 8), b.start))) ?? (ctx.lead && HOLDER_KINDS.has(ctx.lead.bodyKind ?? "") ? ctx.lead : undefined);
  const push = (actor: ConceptMention | undefined, to: ConceptMention, cs: number, ce: number, form: string) => {
    const e = actor && interaction(ctx, actor, to, [cs, ce], form, true);
    if (e) out.push(e);
  };
  for (const m of ctx.text.matchAll(ASKING)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    // the body asked: right after «у / от», or named «в том числе» in the list of bodies asked
    // («из» only right before the body: «из материалов дела» names no body asked)
    const asked = bodies.find((b) => b.start >= ce && (m[1].toLowerCase() !== "из" || b.start === ce) && /^(?:[^,;.:]*|[^;.:]*,\s*в\s+том\s+числе\s+(?:[\p{L}-]+\s+){0,2})$/u.test(text.slice(ce, b.start)));
    if (asked) push(actorAt(cs), asked, cs, ce, "истребование материалов");
  }
  for (const m of ctx.text.matchAll(SUPPLYING)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const to = bodies.find((b) => b.start === ce);
    if (to && INFORMATION.test(text.slice(to.end, s.end))) push(actorAt(cs), to, cs, to.end, "представление сведений");
  }
  return out;
};
