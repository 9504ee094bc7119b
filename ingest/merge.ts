// Merge the fragments of all documents into one graph: one node per id, evidence and aliases united.
// Each fragment comes from one document and its evidence is already distinct, so evidence from
// different fragments never repeats: it is appended, and merging stays linear in the graph's size.
// The fragments are consumed: their nodes and edges become the graph's.
import type { GraphDocument, GraphEdge, GraphExport, GraphNode } from "../graph/schema.js";
import type { GraphFragment } from "./types.js";

export function mergeFragments(documents: GraphDocument[], fragments: GraphFragment[]): GraphExport {
  const nodes = new Map<string, GraphNode>();
  const aliases = new Map<string, Set<string>>();
  const edges = new Map<string, GraphEdge>();
  for (const f of fragments) {
    for (const n of f.nodes) {
      const had = nodes.get(n.id);
      if (!had) {
        nodes.set(n.id, n);
        aliases.set(n.id, new Set([n.label, ...n.aliases]));
        continue;
      }
      const seen = aliases.get(n.id)!;
      for (const a of [n.label, ...n.aliases]) if (!seen.has(a)) { seen.add(a); had.aliases.push(a); }
      for (const e of n.evidence) had.evidence.push(e);
      for (const k in n.props)
        if (had.props[k] === undefined || (k === "status" && had.props[k] === "unknown")) had.props[k] = n.props[k];
      if (had.props.derived && n.evidence.length) delete had.props.derived;
    }
    for (const e of f.edges) {
      const had = edges.get(e.id);
      if (!had) { edges.set(e.id, e); continue; }
      for (const v of e.evidence) had.evidence.push(v);
      if (Array.isArray(e.props.basis)) had.props.basis = [...new Set([...((had.props.basis as string[]) ?? []), ...(e.props.basis as string[])])];
    }
  }
  return { version: 1, builtAt: new Date().toISOString(), documents, nodes: [...nodes.values()], edges: [...edges.values()] };
}
