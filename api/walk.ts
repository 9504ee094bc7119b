// Breadth-first neighbourhood of a node, and paths as steps.
import type { EdgeType, GraphEdge, GraphNode, NodeType } from "../graph/schema.js";
import type { GraphPath } from "../graph/store.js";
import { remember, type ApiContext } from "./context.js";

export interface Walked {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** At most this many store calls in flight for one request. */
const PARALLEL = 16;

export async function neighbourhood(
  ctx: ApiContext,
  center: GraphNode,
  q: { depth: number; edgeTypes?: EdgeType[]; nodeTypes?: NodeType[]; limit: number },
): Promise<Walked> {
  const nodes = new Map<string, GraphNode>([[center.id, center]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let frontier = [center.id];
  for (let level = 0; level < q.depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length && !truncated; i += PARALLEL) {
      const chunk = frontier.slice(i, i + PARALLEL);
      const results = await Promise.all(
        chunk.map((id) => ctx.store.neighbours(id, { edgeTypes: q.edgeTypes, nodeTypes: q.nodeTypes, direction: "both", limit: q.limit })),
      );
      for (const r of results) {
        remember(ctx, r.nodes);
        if (r.edges.length >= q.limit) truncated = true;
        const found = new Map(r.nodes.map((n) => [n.id, n]));
        for (const e of r.edges) {
          for (const end of [e.source, e.target]) {
            if (nodes.has(end)) continue;
            const n = found.get(end);
            if (!n) continue;
            if (nodes.size >= q.limit) {
              truncated = true;
              continue;
            }
            nodes.set(end, n);
            next.push(end);
          }
          if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

export interface Step {
  from: GraphNode;
  edge: GraphEdge;
  to: GraphNode;
  forward: boolean;
}

export function pathSteps(p: GraphPath): Step[] {
  return p.edges.map((edge, i) => ({ from: p.nodes[i], edge, to: p.nodes[i + 1], forward: edge.source === p.nodes[i].id }));
}
