// Root fields: check the arguments, ask the store (through the free functions), return graph objects.
import type { EdgeType, GraphNode, NodeType } from "../../graph/schema.js";
import { afterId, idArg, intArg, paginate } from "../args.js";
import { citationsOf, unitsWithin } from "../citations.js";
import { remember, type ApiContext } from "../context.js";
import { badInput, notFound } from "../errors.js";
import { findInteractions } from "../interactions.js";
import { findPrinciples } from "../principles.js";
import { collectNorms, withNormKeys } from "../norms.js";
import { VIEWS, buildView, viewDef } from "../views.js";
import { neighbourhood } from "../walk.js";

/**
 * The store's health as clients may see it: no server addresses (NEO4J_URI is the operator's business)
 * and no driver details; when the store does not answer, the reason goes to the server's log.
 */
export function hideAddresses<T extends { ok: boolean; message?: string }>(h: T): T {
  if (!h.ok) {
    console.error(`[api] store health: ${h.message ?? "not ok"}`);
    return { ...h, message: "The graph store is unreachable: check NEO4J_URI and that Neo4j is running." };
  }
  return h.message ? { ...h, message: h.message.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s,;:)]+(:\d+)?/gi, "NEO4J_URI") } : h;
}

async function mustNode(ctx: ApiContext, id: string, arg = "id"): Promise<GraphNode> {
  const n = await ctx.nodes.load(idArg(arg, id));
  if (!n) throw notFound("node", id);
  return n;
}

async function mustBody(ctx: ApiContext, id: string, arg: string): Promise<GraphNode> {
  const n = await mustNode(ctx, id, arg);
  if (n.type !== "Body") throw badInput(`Argument "${arg}" must be a body (a court, a prosecutor's office …); "${id}" is a ${n.type}.`, arg);
  return n;
}

/** How many ranked results a search reads when it continues after a given result. */
const SEARCH_WINDOW = 500;

type Citations = { id: string; first?: number | null; after?: string | null };

async function citations(ctx: ApiContext, args: Citations, direction: "in" | "out") {
  const first = intArg("first", args.first, 20, 1, 500);
  const node = await mustNode(ctx, args.id);
  const units = await unitsWithin(ctx, node);
  const edges = await citationsOf(ctx, units, direction);
  const page = paginate(edges, (e) => e.id, first, args.after);
  return { ...page, edges: page.edges.map(({ cursor, item }) => ({ cursor, edge: item, direction })) };
}

export const Query = {
  async search(_: unknown, args: { query: string; types?: NodeType[] | null; first?: number | null; after?: string | null }, ctx: ApiContext) {
    if (!args.query || args.query.trim() === "") throw badInput('Argument "query" must not be empty: give one or more words to look for.', "query");
    if (args.query.length > 500) throw badInput(`Argument "query" is too long: at most 500 characters, got ${args.query.length}.`, "query");
    const first = intArg("first", args.first, 20, 1, 500);
    const after = args.after ?? null;
    const hits = await ctx.store.search(args.query, { types: args.types ?? undefined, limit: after === null ? first : SEARCH_WINDOW });
    const nodes = hits.map((h) => h.node);
    remember(ctx, nodes);
    return afterId(nodes, (n) => n.id, after, "the results of this search").slice(0, first);
  },

  node: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.nodes.load(idArg("id", args.id)),

  edge: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.store.edge(idArg("id", args.id)),

  async neighborhood(
    _: unknown,
    args: { id: string; depth?: number | null; edgeTypes?: EdgeType[] | null; nodeTypes?: NodeType[] | null; limit?: number | null },
    ctx: ApiContext,
  ) {
    const depth = intArg("depth", args.depth, 1, 1, 4);
    const limit = intArg("limit", args.limit, 200, 1, 2000);
    const center = await mustNode(ctx, args.id);
    return neighbourhood(ctx, center, { depth, limit, edgeTypes: args.edgeTypes ?? undefined, nodeTypes: args.nodeTypes ?? undefined });
  },

  async paths(
    _: unknown,
    args: { from: string; to: string; maxLength?: number | null; edgeTypes?: EdgeType[] | null; limit?: number | null },
    ctx: ApiContext,
  ) {
    const maxLength = intArg("maxLength", args.maxLength, 4, 1, 8);
    const limit = intArg("limit", args.limit, 5, 1, 50);
    await Promise.all([mustNode(ctx, args.from, "from"), mustNode(ctx, args.to, "to")]);
    if (args.from === args.to) throw badInput('Arguments "from" and "to" name the same node; give two different nodes.', "to");
    const paths = await ctx.store.shortestPaths(args.from, args.to, { maxLength, limit, edgeTypes: args.edgeTypes ?? undefined });
    for (const p of paths) remember(ctx, p.nodes);
    return paths.slice(0, limit);
  },

  async interactions(_: unknown, args: { a: string; b: string; includeSubBodies?: boolean | null }, ctx: ApiContext) {
    await Promise.all([mustBody(ctx, args.a, "a"), mustBody(ctx, args.b, "b")]);
    if (args.a === args.b) throw badInput('Arguments "a" and "b" name the same body; give two different bodies.', "b");
    return findInteractions(ctx, args.a, args.b, args.includeSubBodies ?? true);
  },

  async principles(_: unknown, args: { a: string; b?: string | null; includeSubBodies?: boolean | null }, ctx: ApiContext) {
    await Promise.all([mustBody(ctx, args.a, "a"), args.b ? mustBody(ctx, args.b, "b") : null]);
    if (args.a === args.b) throw badInput('Arguments "a" and "b" name the same body; give two different bodies, or leave out "b".', "b");
    return findPrinciples(ctx, args.b ? [args.a, args.b] : [args.a], args.includeSubBodies ?? true);
  },

  async norms(_: unknown, args: { regulating: string; first?: number | null; after?: string | null }, ctx: ApiContext) {
    const first = intArg("first", args.first, 100, 1, 500);
    const node = await mustNode(ctx, args.regulating, "regulating");
    const page = paginate(withNormKeys(await collectNorms(ctx, node)), (n) => n.key, first, args.after);
    return page.edges.map(({ cursor, item }) => ({ ...item.norm, cursor }));
  },

  citedBy: (_: unknown, args: Citations, ctx: ApiContext) => citations(ctx, args, "in"),
  cites: (_: unknown, args: Citations, ctx: ApiContext) => citations(ctx, args, "out"),

  document: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.documents.load(idArg("id", args.id)),
  async documents(_: unknown, args: { first?: number | null; after?: string | null }, ctx: ApiContext) {
    // metadata only, so all of them unless asked for a page
    const first = intArg("first", args.first, Number.MAX_SAFE_INTEGER, 1, 10_000);
    const docs = [...(await ctx.store.documents())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return afterId(docs, (d) => d.id, args.after ?? null, "the documents").slice(0, first);
  },

  async act(_: unknown, args: { id: string }, ctx: ApiContext) {
    const n = await ctx.nodes.load(idArg("id", args.id));
    if (!n) return null;
    if (n.type !== "Act") throw badInput(`"${args.id}" is a ${n.type}, not an act; use node(id) for it${n.type === "Provision" ? ` or act(id: "${String(n.props.actId)}")` : ""}.`, "id");
    return n;
  },

  async view(_: unknown, args: { name: string; limit?: number | null }, ctx: ApiContext) {
    const limit = intArg("limit", args.limit, 2000, 1, 5000);
    if (!viewDef(args.name))
      throw badInput(`There is no view named "${args.name}"; the views are: ${VIEWS.map((v) => v.name).join(", ")}.`, "name");
    return buildView(ctx, args.name, limit);
  },

  views: () => VIEWS,

  stats: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.stats(),

  health: async (_: unknown, __: unknown, ctx: ApiContext) => hideAddresses(await ctx.store.health()),
};
