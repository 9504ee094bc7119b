// A principle stated as a prohibition on the body it binds, without the word «принцип»: «Прокуратура не вправе
// вмешиваться в деятельность суда». The principle governs the subject of the sentence (named right before it, in the
// nominative). (Not the independence formula «судья … независим и подчиняется только Конституции»: relate.test.ts
// holds that to the ESTABLISHES of the norm, with no GOVERNS.)
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, findLast } from "./context.js";
import { edge, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
import { nominative } from "./object-first.js";

/** The principle's own wording is the predicate: a prohibition. */
const PREDICATE = /^не\s+(?:вправе|может|могут|должн)/iu;
/** How far the subject may stand before it («Судья при осуществлении правосудия независим»). */
const REACH = 45;

export const statedPrinciples: Rule = (ctx) => {
  const principles = concepts(ctx, "Principle").filter((p) => PREDICATE.test(p.text));
  if (!principles.length) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const p of principles) {
    const subject = findLast(bodies, (b) => b.end <= p.start && p.start - b.end <= REACH && !/[,;:(]/u.test(text.slice(b.end, p.start)));
    if (!subject || !nominative(subject)) continue;
    out.push(edge(ctx, "GOVERNS", idOf(p), idOf(subject), [subject.start, p.end]));
  }
  return out;
};
