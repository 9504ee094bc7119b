// Merge the fragments of all documents into one graph: one node per id, evidence and aliases united.
// Fragments are added one at a time as documents are related (so a large corpus never holds them all),
// and each is consumed: its nodes and edges become the graph's.
// Each fragment comes from one document and its evidence is already distinct, so evidence from
// different fragments never repeats: it is appended, and merging stays linear in the graph's size.
// A node keeps at most NODE_EVIDENCE quotes (where a concept or act is named: a sample is enough to read
// it in context, and a large corpus would otherwise hold millions of them); an edge keeps every quote.
import type { GraphDocument, GraphEdge, GraphExport, GraphNode } from "../graph/schema.js";
import type { GraphFragment } from "./types.js";

const NODE_EVIDENCE = 64;

export class GraphMerger {
  private nodes = new Map<string, GraphNode>();
  private aliases = new Map<string, Set<string>>();
  private edges = new Map<string, GraphEdge>();

  add(f: GraphFragment): void {
    for (const n of f.nodes) {
      const had = this.nodes.get(n.id);
      if (!had) {
        if (n.evidence.length > NODE_EVIDENCE) n.evidence.length = NODE_EVIDENCE;
        this.nodes.set(n.id, n);
        this.aliases.set(n.id, new Set([n.label, ...n.aliases]));
        continue;
      }
      const seen = this.aliases.get(n.id)!;
      for (const a of [n.label, ...n.aliases]) if (!seen.has(a)) { seen.add(a); had.aliases.push(a); }
      for (const e of n.evidence) if (had.evidence.length < NODE_EVIDENCE) had.evidence.push(e);
      // (where the node has a text already, a new wording's mark does not come with the other's text)
      const hadText = had.props.text !== undefined;
      for (const k in n.props)
        if ((had.props[k] === undefined && !(k === "textFrom" && hadText)) || (k === "status" && had.props[k] === "unknown")) had.props[k] = n.props[k];
      // a unit's own text in the corpus wins over a new wording quoted by an amending act
      if (had.props.textFrom === "amendment" && typeof n.props.text === "string" && n.props.textFrom === undefined) {
        had.props.text = n.props.text;
        delete had.props.textFrom;
      }
      if (had.props.derived && n.evidence.length) delete had.props.derived;
    }
    for (const e of f.edges) {
      const had = this.edges.get(e.id);
      if (!had) { this.edges.set(e.id, e); continue; }
      for (const v of e.evidence) had.evidence.push(v);
      if (Array.isArray(e.props.basis)) had.props.basis = [...new Set([...((had.props.basis as string[]) ?? []), ...(e.props.basis as string[])])];
      // what one document adds to a fact (`interaction: true`, `consentOf`) is kept; `derived` only says no quote yet
      for (const k in e.props) if (had.props[k] === undefined && k !== "derived") had.props[k] = e.props[k];
    }
  }

  result(documents: GraphDocument[]): GraphExport {
    // an act's issuer is a body named in its heading; keep the link only where that body is a node
    for (const n of this.nodes.values()) if (typeof n.props.issuer === "string" && !this.nodes.has(n.props.issuer)) delete n.props.issuer;
    return { version: 1, builtAt: new Date().toISOString(), documents, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

export function mergeFragments(documents: GraphDocument[], fragments: GraphFragment[]): GraphExport {
  const m = new GraphMerger();
  for (const f of fragments) m.add(f);
  return m.result(documents);
}
