// Field resolvers of the graph types: Node, Edge, Evidence, Path, Interaction, PrincipleUse, Norm, citations, Stats.
import { cmp } from "../../graph/rules.js";
import type { EdgeType, Evidence as GraphEvidence, GraphEdge, GraphNode } from "../../graph/schema.js";
import type { GraphPath, GraphStats, StructureTree } from "../../graph/store.js";
import { intArg, paginate } from "../args.js";
import { nodeById, nodesById, remember, type ApiContext } from "../context.js";
import { basisIds, type MatchedInteraction } from "../interactions.js";
import { provisionAnchor, quoteAnchor } from "../markdown.js";
import type { NormItem } from "../norms.js";
import type { PrincipleUse as PrincipleUseItem } from "../principles.js";
import { buildView, type ViewDef } from "../views.js";
import { pathSteps } from "../walk.js";

const DIRECTION = { OUT: "out", IN: "in", BOTH: "both" } as const;

type EdgeArgs = { types?: EdgeType[] | null; direction?: keyof typeof DIRECTION | null; first?: number | null; after?: string | null };

export const Node = {
  aliases: (n: GraphNode) => n.aliases ?? [],
  props: (n: GraphNode) => n.props ?? {},
  evidence: (n: GraphNode) => n.evidence ?? [],
  text: (n: GraphNode) => (typeof n.props?.text === "string" ? n.props.text : null),
  act: (n: GraphNode, _: unknown, ctx: ApiContext) =>
    n.type === "Act" ? n : n.type === "Provision" && n.props.actId ? nodeById(ctx, String(n.props.actId)) : null,
  anchor: (n: GraphNode) => (n.type === "Provision" && n.evidence?.length ? provisionAnchor(n.id) : null),
  async edges(n: GraphNode, args: EdgeArgs, ctx: ApiContext) {
    const first = intArg("first", args.first, 50, 1, 500);
    const direction = DIRECTION[args.direction ?? "BOTH"];
    const r = await ctx.store.neighbours(n.id, { edgeTypes: args.types ?? undefined, direction, limit: 100_000 });
    remember(ctx, r.nodes);
    const keep = r.edges
      .filter((e) => (direction === "out" ? e.source === n.id : direction === "in" ? e.target === n.id : e.source === n.id || e.target === n.id))
      .sort((a, b) => cmp(a.type, b.type) || cmp(a.id, b.id));
    const page = paginate(keep, (e) => e.id, first, args.after);
    return {
      ...page,
      edges: page.edges.map(({ cursor, item }) => ({ cursor, node: item, otherId: item.source === n.id ? item.target : item.source })),
    };
  },
};

export const EdgeEdge = {
  other: (p: { otherId: string }, _: unknown, ctx: ApiContext) => nodeById(ctx, p.otherId),
};

export const Edge = {
  source: (e: GraphEdge, _: unknown, ctx: ApiContext) => nodeById(ctx, e.source),
  target: (e: GraphEdge, _: unknown, ctx: ApiContext) => nodeById(ctx, e.target),
  props: (e: GraphEdge) => e.props ?? {},
  evidence: (e: GraphEdge) => e.evidence ?? [],
};

export const Evidence = {
  document: (e: GraphEvidence, _: unknown, ctx: ApiContext) => ctx.documents.load(e.doc),
  async context(e: GraphEvidence, args: { chars?: number | null }, ctx: ApiContext) {
    const chars = intArg("chars", args.chars, 160, 0, 2000);
    const text = (await ctx.documents.load(e.doc))?.text;
    if (text === undefined) return null;
    const from = Math.max(0, e.start - chars);
    const to = Math.min(text.length, e.end + chars);
    return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ").trim()}${to < text.length ? "…" : ""}`;
  },
  anchor: (e: GraphEvidence) => quoteAnchor(e.start, e.end),
};

export const Path = {
  steps: (p: GraphPath) => pathSteps(p),
  length: (p: GraphPath) => p.edges.length,
};

export const Interaction = {
  edge: (m: MatchedInteraction) => m.edge,
  form: (m: MatchedInteraction) => (typeof m.edge.props.form === "string" ? m.edge.props.form : null),
  basis: (m: MatchedInteraction, _: unknown, ctx: ApiContext) => nodesById(ctx, basisIds(m.edge)),
  evidence: (m: MatchedInteraction) => m.edge.evidence ?? [],
  aSide: (m: MatchedInteraction, _: unknown, ctx: ApiContext) => nodeById(ctx, m.aSide),
  bSide: (m: MatchedInteraction, _: unknown, ctx: ApiContext) => nodeById(ctx, m.bSide),
};

export const PrincipleUse = {
  bodies: (u: PrincipleUseItem, _: unknown, ctx: ApiContext) => nodesById(ctx, u.bodies),
  establishedBy: (u: PrincipleUseItem, _: unknown, ctx: ApiContext) => nodesById(ctx, u.establishedBy),
};

export const Norm = {
  node: (n: NormItem) => n.node,
  act: (n: NormItem) => n.act,
};

type CitationItem = { cursor: string; edge: GraphEdge; direction: "in" | "out" };

export const CitationEdge = {
  node: (c: CitationItem, _: unknown, ctx: ApiContext) => nodeById(ctx, c.direction === "in" ? c.edge.source : c.edge.target),
  citing: (c: CitationItem, _: unknown, ctx: ApiContext) => nodeById(ctx, c.edge.source),
  cited: (c: CitationItem, _: unknown, ctx: ApiContext) => nodeById(ctx, c.edge.target),
  evidence: (c: CitationItem) => c.edge.evidence ?? [],
};

export const StructureNode = {
  node: (t: StructureTree) => t.node,
  children: (t: StructureTree) => t.children,
};

export const View = {
  subgraph: (v: ViewDef, _: unknown, ctx: ApiContext) => buildView(ctx, v.name, 2000),
};

const counts = (r: Record<string, number>) => Object.entries(r).map(([type, count]) => ({ type, count })).sort((a, b) => cmp(a.type, b.type));
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export const Stats = {
  nodes: (s: GraphStats) => counts(s.nodes),
  edges: (s: GraphStats) => counts(s.edges),
  nodeCount: (s: GraphStats) => sum(s.nodes),
  edgeCount: (s: GraphStats) => sum(s.edges),
  builtAt: (s: GraphStats) => s.builtAt ?? null,
};
