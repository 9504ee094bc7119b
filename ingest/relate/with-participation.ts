// A court hearing a case «с участием прокурора»: «Суд рассмотрел дело с участием прокурора», the preamble of a
// ruling «Судебная коллегия по гражданским делам Верховного Суда … в составе …, с участием прокурора Генеральной
// прокуратуры …, рассмотрев …». The body that takes part (named right after «с участием») → the court of the sentence.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { ownerOfUnit } from "./departments.js";

const WITH = /(?<![\p{L}])с\s+(?:обязательным\s+)?участием\s+/giu;
/** A body after a preposition is a place or an object («в суде», «по делам, рассмотренным судом …» stays). */
const AFTER_PREPOSITION = /(?<![\p{L}])(?:в|во|на|к|от|из|у|о|об|при|перед|через|по|для)\s+$/iu;

export const withParticipation: Rule = (ctx) => {
  if (!lower(ctx).includes("участием")) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  const courts = bodies.filter((b) => family(b) === "court");
  if (!courts.length) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(WITH)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const party = bodies.find((b) => b.start === ce && family(b) !== "court");
    if (!party) continue;
    // the court that hears the case: the first one before, not after a preposition, else the nearest before; else
    // one after it in the same clause («с участием прокурора суд рассматривает …», not «… (по первой и
    // кассационной инстанциям)»)
    const free = (b: { start: number }) => !AFTER_PREPOSITION.test(text.slice(Math.max(0, b.start - 8), b.start));
    const before = courts.filter((b) => b.end <= cs);
    const found = before.find(free) ?? before.pop() ?? courts.find((b) => b.start >= party.end && free(b) && !/[,;()]/u.test(text.slice(party.end, b.start)));
    if (!found) continue;
    // (a court's collegium hears the case for its court: «Судебная коллегия … Верховного Суда …, с участием прокурора»)
    const court = ownerOfUnit(text, bodies, found) ?? found;
    const e = interaction(ctx, party, court, [Math.min(cs, court.start), Math.max(party.end, court.end)], family(party) === "prosecution" ? "участие прокурора в рассмотрении дел" : "участие в рассмотрении дел", true);
    if (e) out.push(e);
  }
  return out;
};
