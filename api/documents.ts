// What a document holds: the anchors of its provisions and quotes, the acts whose text is in it, their
// structure, and its text as Markdown. Computed once per document per request.
import { cmp } from "../graph/rules.js";
import type { GraphDocument, GraphEdge, GraphNode } from "../graph/schema.js";
import type { StructureTree } from "../graph/store.js";
import { remember, type ApiContext } from "./context.js";
import { provisionAnchor, quoteAnchor, renderMarkdown, type MdAnchor } from "./markdown.js";

export interface DocumentInfo {
  doc: GraphDocument;
  anchors: MdAnchor[];
  /** acts whose text is in the document, in the order their text starts */
  acts: { act: GraphNode; start: number; end: number }[];
  /** nodes with evidence in the document */
  nodes: Map<string, GraphNode>;
}

function firstStart(n: { evidence: { doc: string; start: number }[] }, docId: string): number | undefined {
  let min: number | undefined;
  for (const e of n.evidence) if (e.doc === docId && (min === undefined || e.start < min)) min = e.start;
  return min;
}

/** Anchors of a document from the nodes and edges that have evidence in it. */
export function documentAnchors(docId: string, nodes: GraphNode[], edges: GraphEdge[]): MdAnchor[] {
  const anchors: MdAnchor[] = [];
  for (const n of nodes) {
    if (n.type === "Provision") {
      const s = firstStart(n, docId);
      if (s !== undefined)
        anchors.push({ id: provisionAnchor(n.id), ownerId: n.id, start: s, kind: "provision", unitKind: String(n.props.unitKind ?? "") });
    }
  }
  for (const owner of [...nodes, ...edges])
    for (const e of owner.evidence)
      if (e.doc === docId) anchors.push({ id: quoteAnchor(e.start, e.end), ownerId: owner.id, start: e.start, kind: "mention" });
  return anchors.sort((a, b) => a.start - b.start || cmp(a.id, b.id) || cmp(a.ownerId, b.ownerId));
}

/**
 * Acts whose text is in the document: acts with a provision that has text (props.text) and evidence
 * here, or whose props name the document. Each act's span runs from its heading (its own evidence just
 * before its first unit, after the previous act's units) to the start of the next act.
 */
export function actsInDocument(docId: string, nodes: GraphNode[], textLength: number): { act: GraphNode; start: number; end: number }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cores = new Map<string, { start: number; end: number }>();
  const note = (actId: string, n: GraphNode) => {
    const act = byId.get(actId);
    if (!act || act.type !== "Act") return;
    for (const e of n.evidence) {
      if (e.doc !== docId) continue;
      const c = cores.get(actId);
      cores.set(actId, c ? { start: Math.min(c.start, e.start), end: Math.max(c.end, e.end) } : { start: e.start, end: e.end });
    }
  };
  for (const n of nodes) {
    if (n.type === "Provision" && typeof n.props.text === "string" && n.props.text.trim() !== "") note(String(n.props.actId), n);
    if (n.type === "Act" && (n.props.doc === docId || n.props.documentId === docId)) note(n.id, n);
  }
  const sorted = [...cores.entries()].sort((a, b) => a[1].start - b[1].start || cmp(a[0], b[0]));
  const starts = sorted.map(([id, core], i) => {
    const floor = i > 0 ? sorted[i - 1][1].end : 0;
    let start = core.start;
    for (const e of byId.get(id)!.evidence) if (e.doc === docId && e.start >= floor && e.start < start) start = e.start;
    return start;
  });
  return sorted.map(([id], i) => ({ act: byId.get(id)!, start: starts[i], end: i + 1 < sorted.length ? Math.max(starts[i + 1], starts[i]) : textLength }));
}

export function documentInfo(ctx: ApiContext, docId: string): Promise<DocumentInfo | null> {
  return ctx.memo(`document:${docId}`, async () => {
    const doc = await ctx.documents.load(docId);
    if (!doc) return null;
    const sub = await ctx.store.subgraph({ documents: [docId], limit: 1_000_000 });
    remember(ctx, sub.nodes);
    return {
      doc,
      anchors: documentAnchors(docId, sub.nodes, sub.edges),
      acts: actsInDocument(docId, sub.nodes, (doc.text ?? "").length),
      nodes: new Map(sub.nodes.map((n) => [n.id, n])),
    };
  });
}

export function documentMarkdown(info: DocumentInfo, range?: { start: number; end: number }): string | null {
  if (info.doc.text === undefined) return null;
  return renderMarkdown(info.doc.text, info.anchors, range);
}

/** The structure tree limited to units with evidence in the document (and the units above them). */
export function pruneTree(tree: StructureTree, keep: (n: GraphNode) => boolean): StructureTree | null {
  const children = tree.children.map((c) => pruneTree(c, keep)).filter((c): c is StructureTree => c !== null);
  if (children.length === 0 && !keep(tree.node)) return null;
  return { node: tree.node, children };
}

/** The span of an act's text in a document, or null when its text is not there. */
export function actSpan(info: DocumentInfo, actId: string): { start: number; end: number } | null {
  const a = info.acts.find((x) => x.act.id === actId);
  return a ? { start: a.start, end: a.end } : null;
}
