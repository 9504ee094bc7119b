// The shared semantics of the store contract, so that both stores answer alike: defaults and bounds of
// query options, the subgraph rule, and the order of provisions in a structure tree.
import { EDGE_TYPES, NODE_TYPES, validateGraph, type EdgeType, type GraphExport, type GraphNode, type NodeType } from "./schema.js";
import { StoreError, type Direction, type StructureTree } from "./store.js";

const EDGE_SET = new Set<string>(EDGE_TYPES);
const NODE_SET = new Set<string>(NODE_TYPES);
const DIRECTIONS = new Set<string>(["out", "in", "both"]);

export const DEFAULTS = {
  neighbourLimit: 100,
  pathMaxLength: 4,
  /** longest path a caller may ask for: longer ones explode combinatorially */
  pathMaxLengthCap: 8,
  pathLimit: 5,
  searchLimit: 20,
  subgraphLimit: 2000,
  edgesLimit: 1000,
  /** longest query text looked at */
  searchMaxChars: 300,
} as const;

/** Edge types from a caller, checked against the schema (so they are safe as Cypher relationship types). */
export function checkEdgeTypes(types: readonly string[] | undefined): EdgeType[] | undefined {
  if (types === undefined || types === null) return undefined;
  if (!Array.isArray(types)) throw new StoreError("edgeTypes must be a list of edge types", "BAD_INPUT");
  for (const t of types)
    if (!EDGE_SET.has(t)) throw new StoreError(`unknown edge type "${String(t)}" (known: ${EDGE_TYPES.join(", ")})`, "BAD_INPUT");
  return [...new Set(types)] as EdgeType[];
}

export function checkNodeTypes(types: readonly string[] | undefined): NodeType[] | undefined {
  if (types === undefined || types === null) return undefined;
  if (!Array.isArray(types)) throw new StoreError("nodeTypes must be a list of node types", "BAD_INPUT");
  for (const t of types)
    if (!NODE_SET.has(t)) throw new StoreError(`unknown node type "${String(t)}" (known: ${NODE_TYPES.join(", ")})`, "BAD_INPUT");
  return [...new Set(types)] as NodeType[];
}

export function checkDirection(d: string | undefined): Direction {
  if (d === undefined || d === null) return "both";
  if (!DIRECTIONS.has(d)) throw new StoreError(`unknown direction "${String(d)}" (use out, in or both)`, "BAD_INPUT");
  return d as Direction;
}

/** A positive whole number, or the default when absent. */
export function checkLimit(name: string, v: number | undefined, dflt: number, max = 1_000_000): number {
  if (v === undefined || v === null) return dflt;
  if (!Number.isInteger(v) || v < 0 || v > max)
    throw new StoreError(`${name} must be a whole number from 0 to ${max}, got ${String(v)}`, "BAD_INPUT");
  return v;
}

export function checkId(id: unknown, what = "id"): string {
  if (typeof id !== "string") throw new StoreError(`${what} must be a string`, "BAD_INPUT");
  return id;
}

/** Plain string comparison (UTF-16 code units), the same order as Cypher's ORDER BY on strings. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks a graph before any store touches it (quotes too, where documents carry their text). */
export function checkGraph(g: GraphExport): void {
  if (!g || typeof g !== "object") throw new StoreError("graph must be an object in the graph.json format", "BAD_INPUT");
  const texts = new Map<string, string>();
  for (const d of Array.isArray(g.documents) ? g.documents : []) if (typeof d?.text === "string") texts.set(d.id, d.text);
  const problems = validateGraph(g, texts);
  if (problems.length > 0)
    throw new StoreError(
      `graph is not valid: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`,
      "BAD_INPUT",
    );
}

// ---------------------------------------------------------------- structure

/** Natural order of unit numbers: "2" < "10", "1-1" after "1", letters after digits. */
function compareNumbers(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return cmp(x, y);
  }
  return pa.length - pb.length;
}

function firstOffset(n: GraphNode): number {
  return n.evidence?.length ? Math.min(...n.evidence.map((e) => e.start)) : Number.MAX_SAFE_INTEGER;
}

/** Children of a structure node: by unit number (natural order), then position in the text, then id. */
export function compareProvisions(a: GraphNode, b: GraphNode): number {
  return (
    compareNumbers(String(a.props?.number ?? ""), String(b.props?.number ?? "")) ||
    firstOffset(a) - firstOffset(b) ||
    cmp(a.id, b.id)
  );
}

/**
 * Builds a structure tree from the root act: `childrenOf` gives, for a set of parent ids, the Provision
 * nodes with a PART_OF edge to each. Walks level by level; a node appears once (the first parent wins).
 */
export async function buildStructure(
  root: GraphNode,
  childrenOf: (parentIds: string[]) => Promise<Map<string, GraphNode[]>>,
): Promise<StructureTree> {
  const top: StructureTree = { node: root, children: [] };
  const seen = new Set([root.id]);
  let level: StructureTree[] = [top];
  while (level.length > 0) {
    const found = await childrenOf(level.map((t) => t.node.id));
    const next: StructureTree[] = [];
    for (const t of level) {
      const kids = (found.get(t.node.id) ?? []).filter((k) => !seen.has(k.id)).sort(compareProvisions);
      for (const k of kids) {
        if (seen.has(k.id)) continue;
        seen.add(k.id);
        const child: StructureTree = { node: k, children: [] };
        t.children.push(child);
        next.push(child);
      }
    }
    level = next;
  }
  return top;
}

// ---------------------------------------------------------------- subgraph

/** Acts whose status is repealed, and the provisions belonging to them. */
export function isRepealed(n: GraphNode, repealedActs: Set<string>): boolean {
  if (n.type === "Act") return n.props?.status === "repealed";
  if (n.type === "Provision") return repealedActs.has(String(n.props?.actId));
  return false;
}

export function evidenceIn(ev: { doc: string }[] | undefined, docs: Set<string>): boolean {
  return Boolean(ev?.some((e) => docs.has(e.doc)));
}
