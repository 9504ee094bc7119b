// Several shortest simple paths between two nodes, walking edges in both directions.
// Order: by length, then by the sequence of (next node id, edge id) steps — the same order the Neo4j
// store asks Cypher for — so both stores return the same paths.
import type { MultiDirectedGraph } from "graphology";
import { cmp } from "../rules.js";

type Step = [other: string, edge: string];

/** Upper bound on DFS expansions per query, against pathological hubs. */
const BUDGET = 2_000_000;

export function simplePaths(
  g: MultiDirectedGraph,
  from: string,
  to: string,
  maxLength: number,
  edgeTypes: Set<string> | undefined,
  limit: number,
): { nodes: string[]; edges: string[] }[] {
  const adjCache = new Map<string, Step[]>();
  const adj = (v: string): Step[] => {
    let out = adjCache.get(v);
    if (out) return out;
    out = [];
    const seen = new Set<string>();
    g.forEachEdge(v, (e, attr, s, t) => {
      if (s === t || seen.has(e)) return;
      if (edgeTypes && !edgeTypes.has(attr.type)) return;
      seen.add(e);
      out!.push([s === v ? t : s, e]);
    });
    out.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
    adjCache.set(v, out);
    return out;
  };

  // distances to the target, up to maxLength, for pruning
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= maxLength && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const v of frontier)
      for (const [w] of adj(v))
        if (!dist.has(w)) {
          dist.set(w, d);
          next.push(w);
        }
    frontier = next;
  }
  const start = dist.get(from);
  if (start === undefined) return [];

  const found: { nodes: string[]; edges: string[] }[] = [];
  let budget = BUDGET;
  const nodes = [from];
  const edges: string[] = [];
  const onPath = new Set([from]);
  const walk = (v: string, left: number): void => {
    for (const [w, e] of adj(v)) {
      if (found.length >= limit || --budget < 0) return;
      if (onPath.has(w)) continue;
      if (w === to) {
        if (left === 1) found.push({ nodes: [...nodes, w], edges: [...edges, e] });
        continue;
      }
      const dw = dist.get(w);
      if (dw === undefined || dw > left - 1 || left === 1) continue;
      nodes.push(w);
      edges.push(e);
      onPath.add(w);
      walk(w, left - 1);
      onPath.delete(w);
      nodes.pop();
      edges.pop();
    }
  };
  for (let len = start; len <= maxLength && found.length < limit && budget > 0; len++) walk(from, len);
  return found;
}
