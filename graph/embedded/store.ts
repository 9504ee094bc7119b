// The embedded store: the whole graph in process memory (graphology) with a Russian full-text index
// (MiniSearch). load() builds a new state off to the side and swaps it in, so readers always see one
// complete graph.
import { MultiDirectedGraph } from "graphology";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType, type GraphDocument, type GraphEdge, type GraphExport, type GraphNode } from "../schema.js";
import {
  StoreError,
  type GraphPath,
  type GraphStats,
  type GraphStore,
  type NeighbourQuery,
  type Neighbourhood,
  type PathQuery,
  type SearchHit,
  type SearchQuery,
  type StructureTree,
  type SubgraphFilter,
} from "../store.js";
import {
  DEFAULTS,
  buildStructure,
  checkDirection,
  checkGraph,
  checkEdgeTypes,
  checkId,
  checkLimit,
  checkNodeTypes,
  cmp,
  evidenceIn,
} from "../rules.js";
import { rankHits, searchWindow, stemKey } from "../search-text.js";
import { newTextIndex, toIndexed, type TextIndex } from "./text-index.js";
import { simplePaths } from "./paths.js";
import { Records, type EdgeRec, type NodeRec } from "./records.js";

type Graph = MultiDirectedGraph<NodeRec, EdgeRec>;

/** FNV-1a hash of a label's stem key, as a small integer (equal keys, equal hashes; others rarely collide). */
function labelHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}
const nodeOf = (st: State, id: string): GraphNode => st.recs.toNode(id, st.graph.getNodeAttributes(id));
const edgeOf = ({ graph: g, recs }: State, key: string): GraphEdge => recs.toEdge(key, g.getEdgeAttributes(key), g.source(key), g.target(key));

interface State {
  graph: Graph;
  /** everything of a node or edge but its id, type and ends */
  recs: Records;
  index: TextIndex;
  /**
   * hash of each label's stem key (stemKey) → node id(s): exact-name candidates for search, checked against
   * the label when asked (a number key takes no string per node: ~60 MB less at 1M nodes)
   */
  byLabel: Map<number, string | string[]>;
  documents: Map<string, GraphDocument>;
  stats: GraphStats;
}

function emptyState(): State {
  return {
    graph: new MultiDirectedGraph<NodeRec, EdgeRec>(),
    recs: new Records(),
    index: newTextIndex(),
    byLabel: new Map(),
    documents: new Map(),
    stats: { nodes: {}, edges: {}, documents: 0 },
  };
}

/** Builds a complete new state; throws StoreError on an invalid graph. Never touches the current state. */
function buildState(g: GraphExport): State {
  checkGraph(g);
  const s = emptyState();
  // Compact records (see records.ts); each type name is stored once (invisible to readers).
  const types = new Map<string, string>([...NODE_TYPES, ...EDGE_TYPES].map((t) => [t, t]));
  for (const d of g.documents) s.documents.set(d.id, { ...d });
  for (const n of g.nodes) {
    s.graph.addNode(n.id, s.recs.node(n, types.get(n.type) as NodeType));
    const key = labelHash(stemKey(String(n.label)));
    const had = s.byLabel.get(key);
    s.byLabel.set(key, had === undefined ? n.id : Array.isArray(had) ? [...had, n.id] : [had, n.id]);
    s.stats.nodes[n.type] = (s.stats.nodes[n.type] ?? 0) + 1;
  }
  for (const e of g.edges) {
    s.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, s.recs.edge(e, types.get(e.type) as EdgeType));
    s.stats.edges[e.type] = (s.stats.edges[e.type] ?? 0) + 1;
  }
  s.recs.seal();
  for (let i = 0; i < g.nodes.length; i += 10_000) s.index.addAll(g.nodes.slice(i, i + 10_000).map(toIndexed));
  s.stats.documents = g.documents.length;
  if (g.builtAt) s.stats.builtAt = g.builtAt;
  return s;
}

export class EmbeddedStore implements GraphStore {
  private state: State = emptyState();
  private loaded = false;

  async load(graph: GraphExport): Promise<void> {
    let next: State;
    try {
      next = buildState(graph);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`loading the graph failed: ${(err as Error)?.message ?? String(err)}; the previous graph is kept`, "LOAD_FAILED");
    }
    this.state = next;
    this.loaded = true;
  }

  async node(id: string): Promise<GraphNode | null> {
    const st = this.state, g = st.graph;
    return g.hasNode(checkId(id)) ? nodeOf(st, id) : null;
  }

  async edge(id: string): Promise<GraphEdge | null> {
    const st = this.state, g = st.graph;
    return g.hasEdge(checkId(id)) ? edgeOf(st, id) : null;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    if (!Array.isArray(ids)) throw new StoreError("ids must be a list of node ids", "BAD_INPUT");
    const st = this.state, g = st.graph;
    return ids.filter((id) => typeof id === "string" && g.hasNode(id)).map((id) => nodeOf(st, id));
  }

  async neighbours(id: string, q: NeighbourQuery = {}): Promise<Neighbourhood> {
    checkId(id);
    const types = checkEdgeTypes(q.edgeTypes);
    const nodeTypes = checkNodeTypes(q.nodeTypes);
    const direction = checkDirection(q.direction);
    const limit = checkLimit("limit", q.limit, DEFAULTS.neighbourLimit);
    const st = this.state, g = st.graph;
    if (!g.hasNode(id)) return { nodes: [], edges: [] };
    const typeSet = types && new Set<string>(types);
    const nodeTypeSet = nodeTypes && new Set<string>(nodeTypes);
    const edges = new Map<string, [EdgeRec, string, string]>();
    const visit = (key: string, e: EdgeRec, s: string, t: string, sr: NodeRec, tr: NodeRec) => {
      if (typeSet && !typeSet.has(e.type)) return;
      if (nodeTypeSet && !nodeTypeSet.has((s === id ? tr : sr).type)) return;
      edges.set(key, [e, s, t]);
    };
    if (direction === "out") g.forEachOutEdge(id, visit);
    else if (direction === "in") g.forEachInEdge(id, visit);
    else g.forEachEdge(id, visit);
    const picked = [...edges.keys()].sort(cmp).slice(0, limit).map((k) => {
      const [e, s, t] = edges.get(k)!;
      return st.recs.toEdge(k, e, s, t);
    });
    const others = new Set<string>();
    for (const e of picked) others.add(e.source === id ? e.target : e.source);
    others.delete(id);
    const nodes = [nodeOf(st, id), ...[...others].sort(cmp).map((n) => nodeOf(st, n))];
    return { nodes, edges: picked };
  }

  async shortestPaths(from: string, to: string, q: PathQuery = {}): Promise<GraphPath[]> {
    checkId(from, "from");
    checkId(to, "to");
    const types = checkEdgeTypes(q.edgeTypes);
    const maxLength = checkLimit("maxLength", q.maxLength, DEFAULTS.pathMaxLength, DEFAULTS.pathMaxLengthCap);
    const limit = checkLimit("limit", q.limit, DEFAULTS.pathLimit, 1000);
    const st = this.state, g = st.graph;
    if (!g.hasNode(from) || !g.hasNode(to) || limit === 0) return [];
    if (from === to) return [{ nodes: [nodeOf(st, from)], edges: [] }];
    return simplePaths(g, from, to, maxLength, types && new Set(types), limit).map((p) => ({
      nodes: p.nodes.map((n) => nodeOf(st, n)),
      edges: p.edges.map((e) => edgeOf(st, e)),
    }));
  }

  async search(text: string, q: SearchQuery = {}): Promise<SearchHit[]> {
    if (typeof text !== "string") throw new StoreError("search text must be a string", "BAD_INPUT");
    const types = checkNodeTypes(q.types);
    const limit = checkLimit("limit", q.limit, DEFAULTS.searchLimit, 1000);
    const query = text.slice(0, DEFAULTS.searchMaxChars);
    const st = this.state, { graph, index, byLabel } = st;
    const key = stemKey(query);
    if (!key) return [];
    const typeOk = (id: string) => !types || types.includes(graph.getNodeAttribute(id, "type"));
    const filter = types ? (r: { id: string }) => typeOk(r.id) : undefined;
    const window = searchWindow(limit);
    // Cheapest question first, wider ones only while the window is not filled: names holding all the
    // words; then any field holding any word as written; then prefixes and typos too. (MiniSearch scores
    // every match, so on a large graph fuzzy expansions of common words would cost a full scan.)
    const exactOnly = { filter, prefix: false, fuzzy: false } as const;
    let results = index.search(query, { ...exactOnly, fields: ["label", "aliases", "compact"], combineWith: "AND" });
    if (results.length < window) results = index.search(query, exactOnly);
    if (results.length < window) results = index.search(query, { filter });
    const hits = new Map<string, SearchHit>();
    for (const r of results.slice(0, window)) hits.set(r.id, { node: nodeOf(st, r.id), score: r.score });
    // the exact names, however low their score (the same candidates the Neo4j store adds)
    const exact = byLabel.get(labelHash(key)) ?? [];
    for (const id of typeof exact === "string" ? [exact] : exact) {
      if (hits.has(id) || !typeOk(id)) continue;
      const node = nodeOf(st, id);
      if (stemKey(String(node.label)) === key) hits.set(id, { node, score: 0 });
    }
    return rankHits([...hits.values()], query).slice(0, limit);
  }

  async subgraph(f: SubgraphFilter = {}): Promise<Neighbourhood> {
    const nodeTypes = checkNodeTypes(f.nodeTypes);
    const edgeTypes = checkEdgeTypes(f.edgeTypes);
    const limit = checkLimit("limit", f.limit, DEFAULTS.subgraphLimit);
    if (f.documents !== undefined && !Array.isArray(f.documents))
      throw new StoreError("documents must be a list of document ids", "BAD_INPUT");
    const docs = f.documents && new Set(f.documents);
    const st = this.state, g = st.graph;
    const nodeTypeSet = nodeTypes && new Set<string>(nodeTypes);
    const edgeTypeSet = edgeTypes && new Set<string>(edgeTypes);
    // filters read the records' type, act and repeal; only items that may cite a chosen document are decoded
    const repealed = new Set<string>();
    if (f.hideRepealed) g.forEachNode((id, r) => r.repealed && repealed.add(id));
    const nodeOk = (r: NodeRec) =>
      (!nodeTypeSet || nodeTypeSet.has(r.type)) && !(f.hideRepealed && (r.repealed || (r.act !== undefined && repealed.has(r.act))));
    const edgeOk = (e: EdgeRec, s: NodeRec, t: NodeRec) => (!edgeTypeSet || edgeTypeSet.has(e.type)) && nodeOk(s) && nodeOk(t);

    let kept: string[] = [];
    if (!docs) g.forEachNode((id, r) => nodeOk(r) && kept.push(id));
    else {
      const needles = [...docs].filter((d) => typeof d === "string" || typeof d === "number").map((d) => Buffer.from(JSON.stringify(d)));
      const ids = new Set<string>();
      g.forEachNode((id, r) => {
        if (nodeOk(r) && st.recs.mayCite(r, needles) && evidenceIn(nodeOf(st, id).evidence, docs)) ids.add(id);
      });
      g.forEachEdge((k, e, s, t, sr, tr) => {
        if (edgeOk(e, sr, tr) && st.recs.mayCite(e, needles) && evidenceIn(st.recs.toEdge(k, e, s, t).evidence, docs)) ids.add(s).add(t);
      });
      kept = [...ids];
    }
    kept.sort(cmp);
    if (kept.length > limit) kept = kept.slice(0, limit);
    const keptSet = new Set(kept);
    const edges: GraphEdge[] = [];
    for (const id of kept)
      g.forEachOutEdge(id, (k, rec, s, t, sr, tr) => {
        if (!keptSet.has(t) || !edgeOk(rec, sr, tr)) return;
        const e = st.recs.toEdge(k, rec, s, t);
        if (docs && !(evidenceIn(e.evidence, docs) || !e.evidence?.length)) return;
        edges.push(e);
      });
    edges.sort((a, b) => cmp(a.id, b.id));
    return { nodes: kept.map((id) => nodeOf(st, id)), edges };
  }

  async edges(q: { types?: EdgeType[]; nodeId?: string; limit?: number } = {}): Promise<GraphEdge[]> {
    const types = checkEdgeTypes(q.types);
    const limit = checkLimit("limit", q.limit, DEFAULTS.edgesLimit);
    const st = this.state, g = st.graph;
    const typeSet = types && new Set<string>(types);
    const out = new Map<string, [EdgeRec, string, string]>();
    const visit = (k: string, e: EdgeRec, s: string, t: string) => {
      if (!typeSet || typeSet.has(e.type)) out.set(k, [e, s, t]);
    };
    if (q.nodeId !== undefined) {
      if (!g.hasNode(checkId(q.nodeId, "nodeId"))) return [];
      g.forEachEdge(q.nodeId, visit);
    } else g.forEachEdge(visit);
    return [...out.keys()].sort(cmp).slice(0, limit).map((k) => {
      const [e, s, t] = out.get(k)!;
      return st.recs.toEdge(k, e, s, t);
    });
  }

  async documents(): Promise<GraphDocument[]> {
    return [...this.state.documents.values()].sort((a, b) => cmp(a.id, b.id)).map((d) => ({ ...d }));
  }

  async document(id: string): Promise<GraphDocument | null> {
    const d = this.state.documents.get(checkId(id));
    return d ? { ...d } : null;
  }

  async structure(actId: string): Promise<StructureTree | null> {
    const st = this.state, g = st.graph;
    if (!g.hasNode(checkId(actId, "actId"))) return null;
    const root = nodeOf(st, actId);
    if (root.type !== "Act") return null;
    return buildStructure(root, async (parents) => {
      const out = new Map<string, GraphNode[]>();
      for (const p of parents) {
        const kids = new Map<string, GraphNode>();
        g.forEachInEdge(p, (_k, e, s) => {
          if (e.type === "PART_OF" && g.getNodeAttribute(s, "type") === "Provision" && !kids.has(s)) kids.set(s, nodeOf(st, s));
        });
        out.set(p, [...kids.values()]);
      }
      return out;
    });
  }

  async stats(): Promise<GraphStats> {
    const s = this.state.stats;
    return { ...s, nodes: { ...s.nodes }, edges: { ...s.edges } };
  }

  async health(): Promise<{ ok: boolean; store: string; message?: string }> {
    const n = this.state.graph.order;
    return {
      ok: true,
      store: "embedded",
      message: this.loaded ? `${n} nodes, ${this.state.graph.size} edges` : "no graph loaded yet",
    };
  }

  async close(): Promise<void> {
    this.state = emptyState();
    this.loaded = false;
  }
}
