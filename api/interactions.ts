// Interactions between two bodies, including their sub-bodies: the Supreme Court is PART_OF the courts,
// a regional prosecutor's office is SUBORDINATE_TO the General Prosecutor's Office which is PART_OF the
// prosecution, so "court ↔ prosecution" covers all of their INTERACTS_WITH edges.
import type { EdgeType, GraphEdge } from "../graph/schema.js";
import { remember, type ApiContext } from "./context.js";

/** The edges that lead into a body from its sub-bodies (PART_OF / SUBORDINATE_TO edges into it). */
export type SubBodyEdges = (bodyId: string) => Promise<Pick<GraphEdge, "source" | "target" | "type">[]>;

export const SUB_BODY_EDGE_TYPES: EdgeType[] = ["PART_OF", "SUBORDINATE_TO"];

/**
 * The body and all its sub-bodies, transitively, each mapped to its distance from the root
 * (0 for the root). Stops after `max` bodies.
 */
export async function expandSubBodies(root: string, inEdges: SubBodyEdges, max = 1000): Promise<Map<string, number>> {
  const seen = new Map<string, number>([[root, 0]]);
  let frontier = [root];
  for (let depth = 1; frontier.length > 0 && seen.size < max; depth++) {
    const lists = await Promise.all(frontier.map((id) => inEdges(id)));
    const next: string[] = [];
    lists.forEach((edges, i) => {
      for (const e of edges) {
        if (e.target !== frontier[i] || !SUB_BODY_EDGE_TYPES.includes(e.type)) continue;
        if (seen.has(e.source) || seen.size >= max) continue;
        seen.set(e.source, depth);
        next.push(e.source);
      }
    });
    frontier = next;
  }
  return seen;
}

export interface MatchedInteraction {
  edge: GraphEdge;
  /** the end of the edge on the side of `a` */
  aSide: string;
  bSide: string;
  fromA: boolean;
  viaSubBody: boolean;
}

/**
 * Keeps the INTERACTS_WITH edges that join a body of side A to a body of side B (either direction),
 * once each; direct ones (between the roots) first, then closer sub-bodies, then by form and id.
 */
export function matchInteractions(edges: GraphEdge[], sideA: Map<string, number>, sideB: Map<string, number>): MatchedInteraction[] {
  const out = new Map<string, MatchedInteraction & { dist: number }>();
  for (const edge of edges) {
    if (edge.type !== "INTERACTS_WITH" || out.has(edge.id)) continue;
    let m: (MatchedInteraction & { dist: number }) | null = null;
    if (sideA.has(edge.source) && sideB.has(edge.target)) {
      const dist = sideA.get(edge.source)! + sideB.get(edge.target)!;
      m = { edge, aSide: edge.source, bSide: edge.target, fromA: true, viaSubBody: dist > 0, dist };
    } else if (sideB.has(edge.source) && sideA.has(edge.target)) {
      const dist = sideB.get(edge.source)! + sideA.get(edge.target)!;
      m = { edge, aSide: edge.target, bSide: edge.source, fromA: false, viaSubBody: dist > 0, dist };
    }
    if (m && m.aSide !== m.bSide) out.set(edge.id, m);
  }
  const form = (e: GraphEdge) => String(e.props.form ?? "");
  const ru = new Intl.Collator("ru");
  return [...out.values()]
    .sort((x, y) => x.dist - y.dist || ru.compare(form(x.edge), form(y.edge)) || (x.edge.id < y.edge.id ? -1 : x.edge.id > y.edge.id ? 1 : 0))
    .map(({ dist: _d, ...m }) => m);
}

/** The ids in an edge's props.basis (a string or a list of strings), in order, without repeats. */
export function basisIds(edge: Pick<GraphEdge, "props">): string[] {
  const b = edge.props.basis;
  const list = Array.isArray(b) ? b : typeof b === "string" ? [b] : [];
  return [...new Set(list.filter((x): x is string => typeof x === "string" && x !== ""))];
}

/**
 * Each body with its sub-bodies (and, for a body that stands for a whole branch, every body of the branch),
 * each mapped to its distance from the body; just the body itself without `includeSubBodies`.
 */
export async function expandSides(ctx: ApiContext, roots: string[], includeSubBodies: boolean): Promise<Map<string, number>[]> {
  if (!includeSubBodies) return roots.map((r) => new Map([[r, 0]]));
  const inEdges: SubBodyEdges = async (id) => {
    const r = await ctx.store.neighbours(id, { edgeTypes: SUB_BODY_EDGE_TYPES, nodeTypes: ["Body"], direction: "in", limit: 5000 });
    remember(ctx, r.nodes);
    const bodies = new Set(r.nodes.filter((n) => n.type === "Body").map((n) => n.id));
    return r.edges.filter((e) => bodies.has(e.source));
  };
  const sides = await Promise.all(roots.map((r) => expandSubBodies(r, inEdges)));
  await addBranch(ctx, sides);
  return sides;
}

/** The store-backed question: every INTERACTS_WITH edge between the two bodies (and their sub-bodies). */
export async function findInteractions(ctx: ApiContext, a: string, b: string, includeSubBodies: boolean): Promise<MatchedInteraction[]> {
  const store = ctx.store;
  const [sideA, sideB] = await expandSides(ctx, [a, b], includeSubBodies);
  // Ask for the edges of the smaller side only.
  const side = sideA.size <= sideB.size ? sideA : sideB;
  const lists = await Promise.all([...side.keys()].map((id) => store.edges({ types: ["INTERACTS_WITH"], nodeId: id, limit: 5000 })));
  return matchInteractions(lists.flat(), sideA, sideB);
}

/**
 * A body that stands for a whole branch (props.generic: "Суд", "Прокуратура") covers every body of its
 * branch (props.family): the Supreme Court is a court, the General Prosecutor's Office is in the prosecution.
 */
async function addBranch(ctx: ApiContext, sides: Map<string, number>[]): Promise<void> {
  const roots = await ctx.store.nodes(sides.map((s) => [...s.keys()][0]));
  const generic = roots.filter((n) => n.props.generic === true && typeof n.props.family === "string");
  if (generic.length === 0) return;
  const { nodes } = await ctx.store.subgraph({ nodeTypes: ["Body"], limit: 5000 });
  remember(ctx, nodes);
  for (const side of sides) {
    const root = roots.find((n) => n.id === [...side.keys()][0]);
    if (!root || !generic.includes(root)) continue;
    for (const n of nodes) if (n.props.family === root.props.family && !side.has(n.id)) side.set(n.id, 1);
  }
}
