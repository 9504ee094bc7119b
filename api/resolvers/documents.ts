// Field resolvers of Document and Act: metadata, structure, status and text as Markdown.
import type { GraphDocument, GraphEdge, GraphNode } from "../../graph/schema.js";
import type { StructureTree } from "../../graph/store.js";
import { loadNodes, nodeById, remember, type ApiContext } from "../context.js";
import { actSpan, documentInfo, documentMarkdown, pruneTree } from "../documents.js";
import { actRank } from "../norms.js";

async function fullText(d: GraphDocument, ctx: ApiContext): Promise<string | null> {
  if (typeof d.text === "string") return d.text;
  return (await ctx.documents.load(d.id))?.text ?? null;
}

export const Document = {
  languages: (d: GraphDocument) => d.languages ?? [d.lang],
  length: async (d: GraphDocument, _: unknown, ctx: ApiContext) => (await fullText(d, ctx))?.length ?? 0,
  text: (d: GraphDocument, _: unknown, ctx: ApiContext) => fullText(d, ctx),
  async markdown(d: GraphDocument, _: unknown, ctx: ApiContext) {
    const info = await documentInfo(ctx, d.id);
    return info ? documentMarkdown(info) : null;
  },
  async anchors(d: GraphDocument, _: unknown, ctx: ApiContext) {
    const info = await documentInfo(ctx, d.id);
    return (info?.anchors ?? []).map((a) => ({ ...a }));
  },
  async acts(d: GraphDocument, _: unknown, ctx: ApiContext) {
    return (await documentInfo(ctx, d.id))?.acts.map((a) => a.act) ?? [];
  },
  async structure(d: GraphDocument, _: unknown, ctx: ApiContext) {
    const info = await documentInfo(ctx, d.id);
    if (!info) return [];
    const trees = await Promise.all(info.acts.map((a) => ctx.store.structure(a.act.id)));
    const here = (n: GraphNode) => info.nodes.has(n.id) && n.evidence.some((e) => e.doc === d.id);
    return trees.filter((t): t is StructureTree => t !== null).map((t) => pruneTree(t, here) ?? { node: t.node, children: [] });
  },
};

export const Anchor = {
  nodeId: (a: { ownerId: string }) => a.ownerId,
};

/** The act's edges to other acts (REPEALS, AMENDS, SUBORDINATE_TO, PART_OF), once per request. */
function actLinks(ctx: ApiContext, id: string): Promise<GraphEdge[]> {
  return ctx.memo(`actLinks:${id}`, async () => {
    const r = await ctx.store.neighbours(id, { edgeTypes: ["REPEALS", "AMENDS", "SUBORDINATE_TO", "PART_OF"], direction: "both", limit: 10_000 });
    remember(ctx, r.nodes);
    return r.edges;
  });
}

async function linked(ctx: ApiContext, act: GraphNode, type: GraphEdge["type"], dir: "in" | "out", extra: string[] = []) {
  const edges = await actLinks(ctx, act.id);
  const ids = edges
    .filter((e) => e.type === type && (dir === "in" ? e.target === act.id : e.source === act.id))
    .map((e) => (dir === "in" ? e.source : e.target));
  return (await loadNodes(ctx, [...ids, ...extra])).filter((n) => n.type === "Act");
}

function idList(v: unknown): string[] {
  return (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).filter((x): x is string => typeof x === "string" && x !== "");
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : null);

/** Documents that hold the act's text, from the evidence of its units that have text. */
function actDocuments(ctx: ApiContext, act: GraphNode): Promise<GraphDocument[]> {
  return ctx.memo(`actDocuments:${act.id}`, async () => {
    const tree = await ctx.store.structure(act.id);
    const docIds = new Set<string>();
    const walk = (t: StructureTree) => {
      if (typeof t.node.props.text === "string") for (const e of t.node.evidence) docIds.add(e.doc);
      t.children.forEach(walk);
    };
    if (tree) walk(tree);
    const out: GraphDocument[] = [];
    for (const id of docIds) {
      const info = await documentInfo(ctx, id);
      if (info && actSpan(info, act.id)) out.push(info.doc);
    }
    return out;
  });
}

/**
 * AMENDS and REPEALS edges from or to the act's units, either way: a point of an order that rewords or
 * repeals point 12 of these Rules, or a point of this order that amends another act (the act-level edges are
 * Act.amends / amendedBy / repeals / repealedBy).
 */
function unitChanges(ctx: ApiContext, act: GraphNode): Promise<GraphEdge[]> {
  return ctx.memo(`unitChanges:${act.id}`, async () => {
    const tree = await ctx.store.structure(act.id);
    const units: string[] = [];
    const walk = (t: StructureTree) => {
      if (t.node.type === "Provision") units.push(t.node.id);
      t.children.forEach(walk);
    };
    if (tree) walk(tree);
    const found = await Promise.all(units.map((nodeId) => ctx.store.edges({ types: ["AMENDS", "REPEALS"], nodeId, limit: 1000 })));
    const byId = new Map(found.flat().map((e) => [e.id, e]));
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}

export const Act = {
  node: (a: GraphNode) => a,
  title: (a: GraphNode) => a.label,
  actKind: (a: GraphNode) => String(a.props.actKind ?? "other"),
  rank: (a: GraphNode) => actRank(a),
  number: (a: GraphNode) => str(a.props.number),
  date: (a: GraphNode) => str(a.props.date),
  shortTitle: (a: GraphNode) => str(a.props.shortTitle),
  issuer: (a: GraphNode, _: unknown, ctx: ApiContext) => (typeof a.props.issuer === "string" ? nodeById(ctx, a.props.issuer) : null),
  async status(a: GraphNode, _: unknown, ctx: ApiContext) {
    if ((await linked(ctx, a, "REPEALS", "in", idList(a.props.repealedBy))).length > 0) return "REPEALED";
    return a.props.status === "repealed" ? "REPEALED" : a.props.status === "in_force" ? "IN_FORCE" : "UNKNOWN";
  },
  repealedBy: (a: GraphNode, _: unknown, ctx: ApiContext) => linked(ctx, a, "REPEALS", "in", idList(a.props.repealedBy)),
  amendedBy: (a: GraphNode, _: unknown, ctx: ApiContext) => linked(ctx, a, "AMENDS", "in"),
  amends: (a: GraphNode, _: unknown, ctx: ApiContext) => linked(ctx, a, "AMENDS", "out"),
  repeals: (a: GraphNode, _: unknown, ctx: ApiContext) => linked(ctx, a, "REPEALS", "out"),
  unitChanges: (a: GraphNode, _: unknown, ctx: ApiContext) => unitChanges(ctx, a),
  subordinateTo: (a: GraphNode, _: unknown, ctx: ApiContext) => linked(ctx, a, "SUBORDINATE_TO", "out"),
  partOf: async (a: GraphNode, _: unknown, ctx: ApiContext) => (await linked(ctx, a, "PART_OF", "out"))[0] ?? null,
  structure: (a: GraphNode, _: unknown, ctx: ApiContext) => ctx.store.structure(a.id),
  documents: (a: GraphNode, _: unknown, ctx: ApiContext) => actDocuments(ctx, a),
  async markdown(a: GraphNode, _: unknown, ctx: ApiContext) {
    const [doc] = await actDocuments(ctx, a);
    if (!doc) return null;
    const info = await documentInfo(ctx, doc.id);
    const span = info && actSpan(info, a.id);
    return info && span ? documentMarkdown(info, span) : null;
  },
};
