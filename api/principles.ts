// The principles that govern a body, or the interaction of two: GOVERNS edges into the bodies (and their
// sub-bodies, as for interactions), grouped by principle, with the norms that lay each principle down.
import type { Evidence, GraphNode } from "../graph/schema.js";
import { loadNodes, remember, type ApiContext } from "./context.js";
import { expandSides } from "./interactions.js";
import { actRank } from "./norms.js";

export interface PrincipleUse {
  principle: GraphNode;
  /** ids of the bodies it governs, among the sides */
  bodies: string[];
  /** stated for an interaction, or governing both sides */
  interaction: boolean;
  evidence: Evidence[];
  /** ids of the acts and provisions that establish it, in the hierarchy of acts */
  establishedBy: string[];
}

const RU = new Intl.Collator("ru");

export async function findPrinciples(ctx: ApiContext, roots: string[], includeSubBodies: boolean): Promise<PrincipleUse[]> {
  const store = ctx.store;
  const sides = await expandSides(ctx, roots, includeSubBodies);
  const bodies = new Set(sides.flatMap((s) => [...s.keys()]));
  const lists = await Promise.all([...bodies].map((id) => store.edges({ types: ["GOVERNS"], nodeId: id, limit: 5000 })));
  const byPrinciple = new Map<string, { bodies: Set<string>; sides: Set<number>; interaction: boolean; evidence: Evidence[]; seen: Set<string> }>();
  for (const e of lists.flat()) {
    if (!bodies.has(e.target)) continue;
    let u = byPrinciple.get(e.source);
    if (!u) byPrinciple.set(e.source, (u = { bodies: new Set(), sides: new Set(), interaction: false, evidence: [], seen: new Set() }));
    if (u.seen.has(e.id)) continue;
    u.seen.add(e.id);
    u.bodies.add(e.target);
    sides.forEach((s, i) => s.has(e.target) && u.sides.add(i));
    u.interaction ||= e.props.interaction === true;
    for (const v of e.evidence) if (!u.evidence.some((w) => w.doc === v.doc && w.start === v.start && w.end === v.end)) u.evidence.push(v);
  }
  const principles = await loadNodes(ctx, byPrinciple.keys());
  // the norms of every principle asked at once (on Neo4j, one round trip each, in parallel)
  const out = await Promise.all(
    principles.map(async (p): Promise<PrincipleUse> => {
      const u = byPrinciple.get(p.id)!;
      const est = await store.neighbours(p.id, { edgeTypes: ["ESTABLISHES"], direction: "in", limit: 500 });
      remember(ctx, est.nodes);
      const acts = new Map((await loadNodes(ctx, est.nodes.filter((n) => n.type === "Provision").map((n) => String(n.props.actId)))).map((a) => [a.id, a]));
      const rank = (n: GraphNode) => actRank(n.type === "Act" ? n : acts.get(String(n.props.actId)));
      const norms = est.nodes.filter((n) => n.type === "Act" || n.type === "Provision").sort((x, y) => rank(x) - rank(y) || RU.compare(x.label, y.label));
      return {
        principle: p,
        bodies: [...u.bodies],
        interaction: u.interaction || (roots.length > 1 && u.sides.size === roots.length),
        evidence: u.evidence,
        establishedBy: norms.map((n) => n.id),
      };
    }),
  );
  // principles of the interaction first, then the best attested
  return out.sort((x, y) => Number(y.interaction) - Number(x.interaction) || y.evidence.length - x.evidence.length || RU.compare(x.principle.label, y.principle.label));
}
