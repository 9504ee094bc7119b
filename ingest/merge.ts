// Merge the fragments of all documents into one graph: one node per id, evidence and aliases united.
// Owned by the lead; first version.
import type { GraphDocument, GraphEdge, GraphExport, GraphNode } from "../graph/schema.js";
import type { GraphFragment } from "./types.js";

export function mergeFragments(documents: GraphDocument[], fragments: GraphFragment[]): GraphExport {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const key = (e: { doc: string; start: number; end: number }) => `${e.doc}:${e.start}:${e.end}`;
  for (const f of fragments) {
    for (const n of f.nodes) {
      const had = nodes.get(n.id);
      if (!had) { nodes.set(n.id, { ...n, aliases: [...n.aliases], evidence: [...n.evidence], props: { ...n.props } }); continue; }
      for (const a of [n.label, ...n.aliases]) if (a !== had.label && !had.aliases.includes(a)) had.aliases.push(a);
      const seen = new Set(had.evidence.map(key));
      for (const e of n.evidence) if (!seen.has(key(e))) had.evidence.push(e);
      for (const [k, v] of Object.entries(n.props))
        if (had.props[k] === undefined || (k === "status" && had.props[k] === "unknown")) had.props[k] = v;
      if (had.props.derived && n.evidence.length) delete had.props.derived;
    }
    for (const e of f.edges) {
      const had = edges.get(e.id);
      if (!had) { edges.set(e.id, { ...e, evidence: [...e.evidence], props: { ...e.props } }); continue; }
      const seen = new Set(had.evidence.map(key));
      for (const v of e.evidence) if (!seen.has(key(v))) had.evidence.push(v);
      if (Array.isArray(e.props.basis)) had.props.basis = [...new Set([...((had.props.basis as string[]) ?? []), ...(e.props.basis as string[])])];
    }
  }
  return { version: 1, builtAt: new Date().toISOString(), documents, nodes: [...nodes.values()], edges: [...edges.values()] };
}
