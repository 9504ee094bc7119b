// A protest or a motion against a court's act names the court through its act: «Прокурор вправе принести протест
// на судебный акт, вступивший в законную силу», «прокурор опротестовывает приговоры», «ходатайство прокурора о
// пересмотре судебных актов». Where the sentence names no court, the prosecution body that acts interacts with
// the court (the body whose act it is), grounded like any other interaction.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower, subjectBefore, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

const COURT_ACT = "(?:судебн\\p{L}*\\s+(?:акт|решени|постановлени|определени)\\p{L}*|приговор\\p{L}*|(?:решени|определени|постановлени)\\p{L}*\\s+суд\\p{L}*)";
const LEGAL_FORCE = "(?:(?:не\\s+)?вступивш\\p{L}*\\s+в\\s+законную\\s+силу\\s+)?";
/** «принести (апелляционный) протест на …», «опротестовать …», «ходатайство о пересмотре …». */
const AGAINST = new RegExp(
  `(?<![\\p{L}])(?:(?:принес|принос|внес|внос)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:протест|ходатайств)\\p{L}*\\s+(?:о\\s+пересмотре\\s+)?(?:на\\s+)?|опротестов\\p{L}*\\s+|(?:протест|ходатайств)\\p{L}*\\s+(?:прокурор\\p{L}*\\s+)?(?:о\\s+пересмотре\\s+|на\\s+))${LEGAL_FORCE}${COURT_ACT}`,
  "giu",
);

const COURT_ACT_RE = new RegExp(COURT_ACT, "iu");

/** A cheap first look for the words of AGAINST. */
const MAY_OPPOSE = /протест|ходатайств/;

const holder = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "");

export const courtActs: Rule = (ctx: SentenceContext) => {
  if (!MAY_OPPOSE.test(lower(ctx)) || !/судебн|приговор|решени|определени|постановлени/.test(lower(ctx))) return [];
  const bodies = concepts(ctx, "Body");
  const named = ctx.lead ? [ctx.lead, ...bodies] : bodies;
  // a court named in the sentence is the procedural rule's business; here only the prosecution acts
  if (bodies.some((b) => family(b) === "court") || !named.some((b) => family(b) === "prosecution")) return [];
  const out: GraphEdge[] = [];
  const text = ctx.doc.clean.text;
  for (const m of ctx.text.matchAll(AGAINST)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // a request to bring one («представление о принесении протеста на …») goes to a prosecution body, not a court
    const before = text.slice(Math.max(0, cs - 40), cs);
    if (/о\s+(?:принесении|внесении)\s+(?:\p{L}+\s+)?$/iu.test(before) || (/^(?:принесени|внесени)/iu.test(m[0]) && /(?<![\p{L}])о\s+$/u.test(before))) continue;
    // the body that acts, not one the act is brought to («… вносят в Генеральную прокуратуру …»)
    const actor = subjectBefore(ctx, cs, (b) => holder(b) && family(b) === "prosecution" && !/(?<![\p{L}])во?\s+$/u.test(text.slice(Math.max(0, b.start - 4), b.start))) ?? bodies.find((b) => b.start >= cs && b.end <= ce && family(b) === "prosecution");
    if (!actor) continue;
    const act = COURT_ACT_RE.exec(m[0])!;
    const court: ConceptMention = { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: cs + act.index, end: cs + act.index + act[0].length, text: act[0] };
    const form = /протест|опротест/iu.test(m[0]) ? "опротестование актов" : "заявление ходатайства";
    const e = interaction(ctx, actor, court, [cs, ce], form, true);
    if (e) out.push(e);
  }
  return out;
};
