// A court bringing a body into a case: «Суд привлекает прокурора к участию в административном деле для дачи
// заключения», «прокурор привлекается судом к участию в деле». The court addresses the body it brings in.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, findLast, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

const BRINGS = /(?<![\p{L}])(?:привлека|привлеч|привлечен)\p{L}*\s+(?:\p{L}+\s+){0,4}?к\s+участию/giu;

export const involves: Rule = (ctx) => {
  if (!lower(ctx).includes("привле")) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(BRINGS)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const inside = bodies.filter((b) => b.start > cs && b.end <= ce);
    const before = findLast(bodies, (b) => b.end <= cs);
    // active: the court before the verb, the body brought in right after it; passive: the body brought in before
    // the verb, the court in the instrumental inside the phrase
    const court = [before, ...inside].find((b) => b && family(b) === "court");
    const brought = [...inside, before].find((b) => b && family(b) !== "court");
    if (!court || !brought) continue;
    const e = interaction(ctx, court, brought, [Math.min(cs, court.start, brought.start), ce], "привлечение к участию в деле", true);
    if (e) out.push(e);
  }
  return out;
};
