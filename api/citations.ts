// Citations of an act or provision including the units inside it: "who cites the Constitution" also
// counts citations of its article 83 and of part 1 of article 83.
import { cmp } from "../graph/rules.js";
import type { GraphEdge, GraphNode } from "../graph/schema.js";
import type { StructureTree } from "../graph/store.js";
import type { ApiContext } from "./context.js";

type Step = { unitKind?: string; number?: string };

function pathOf(n: GraphNode): Step[] {
  return Array.isArray(n.props.path) ? (n.props.path as Step[]) : [];
}

/** True when `inner` lies inside `outer` (same act, outer's path a prefix of inner's), or is it. */
export function isWithin(inner: GraphNode, outer: GraphNode): boolean {
  if (inner.id === outer.id) return true;
  if (outer.type === "Act") return inner.type === "Provision" && inner.props.actId === outer.id;
  if (outer.type !== "Provision" || inner.type !== "Provision" || inner.props.actId !== outer.props.actId) return false;
  const a = pathOf(outer);
  const b = pathOf(inner);
  return (
    b.length > a.length &&
    a.every((s, i) => String(s.unitKind) === String(b[i].unitKind) && String(s.number) === String(b[i].number))
  );
}

function flatten(tree: StructureTree, out: GraphNode[] = []): GraphNode[] {
  out.push(tree.node);
  for (const c of tree.children) flatten(c, out);
  return out;
}

/**
 * The node and every unit inside it, in document order: for an act, its structure tree (which also
 * holds appendix acts PART_OF it); for a provision, the units of its act whose path extends its path.
 */
export async function unitsWithin(ctx: ApiContext, node: GraphNode): Promise<GraphNode[]> {
  if (node.type !== "Act" && node.type !== "Provision") return [node];
  const actId = node.type === "Act" ? node.id : String(node.props.actId);
  const tree = await ctx.store.structure(actId);
  const all = tree ? flatten(tree) : [];
  for (const n of all) ctx.nodes.prime(n.id, n);
  const inside = all.filter((n) => n.id !== node.id && (node.type === "Act" || isWithin(n, node)));
  const seen = new Set<string>([node.id]);
  return [node, ...inside.filter((n) => !seen.has(n.id) && seen.add(n.id))];
}

/** Above this many units, one call for all CITES edges is cheaper than one call per unit. */
const PER_UNIT_LIMIT = 40;

/**
 * CITES edges into (`in`) or out of (`out`) the units, ordered by the unit (document order) and then by
 * the node at the other end.
 */
export async function citationsOf(ctx: ApiContext, units: GraphNode[], direction: "in" | "out"): Promise<GraphEdge[]> {
  const rank = new Map(units.map((u, i) => [u.id, i]));
  const end = (e: GraphEdge) => (direction === "in" ? e.target : e.source);
  const other = (e: GraphEdge) => (direction === "in" ? e.source : e.target);
  const edges =
    units.length > PER_UNIT_LIMIT
      ? await ctx.store.edges({ types: ["CITES"], limit: 1_000_000 })
      : (await Promise.all(units.map((u) => ctx.store.edges({ types: ["CITES"], nodeId: u.id, limit: 100_000 })))).flat();
  const seen = new Set<string>();
  const kept = edges.filter((e) => e.type === "CITES" && rank.has(end(e)) && !seen.has(e.id) && seen.add(e.id));
  return kept.sort((x, y) => rank.get(end(x))! - rank.get(end(y))! || cmp(other(x), other(y)) || cmp(x.id, y.id));
}
