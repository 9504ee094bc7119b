// The embedded store: the whole graph in process memory (graphology) with a Russian full-text index
// (MiniSearch). load() builds a new state off to the side and swaps it in, so readers always see one
// complete graph.
import { MultiDirectedGraph } from "graphology";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type Evidence, type NodeType, type GraphDocument, type GraphEdge, type GraphExport, type GraphNode } from "../schema.js";
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
  isRepealed,
} from "../rules.js";
import { rankHits, searchWindow, stemKey } from "../search-text.js";
import { newTextIndex, toIndexed, type TextIndex } from "./text-index.js";
import { simplePaths } from "./paths.js";

interface State {
  graph: MultiDirectedGraph<GraphNode, GraphEdge>;
  index: TextIndex;
  /** stem key of each label (stemKey) → node id(s): exact-name candidates for search */
  byLabel: Map<string, string | string[]>;
  documents: Map<string, GraphDocument>;
  stats: GraphStats;
}

function emptyState(): State {
  return {
    graph: new MultiDirectedGraph<GraphNode, GraphEdge>(),
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
  // Equal strings are stored once: every reference to a node id, type or document id is pointed at one
  // string object (invisible to readers, since strings are values; saves ~100 bytes per edge).
  const docIds = new Map<string, string>();
  const types = new Map<string, string>([...NODE_TYPES, ...EDGE_TYPES].map((t) => [t, t]));
  const shareDocs = (ev: Evidence[]) => {
    for (const e of ev) e.doc = docIds.get(e.doc) ?? e.doc;
  };
  for (const d of g.documents) {
    s.documents.set(d.id, d);
    docIds.set(d.id, d.id);
  }
  for (const n of g.nodes) {
    n.type = types.get(n.type) as NodeType;
    shareDocs(n.evidence);
    s.graph.addNode(n.id, n);
    const key = stemKey(String(n.label));
    const had = s.byLabel.get(key);
    s.byLabel.set(key, had === undefined ? n.id : Array.isArray(had) ? [...had, n.id] : [had, n.id]);
    s.stats.nodes[n.type] = (s.stats.nodes[n.type] ?? 0) + 1;
  }
  const nodeId = (id: string) => s.graph.getNodeAttributes(id).id;
  for (const n of g.nodes) if (n.type === "Provision") n.props.actId = nodeId(String(n.props.actId));
  for (const e of g.edges) {
    e.type = types.get(e.type) as EdgeType;
    e.source = nodeId(e.source);
    e.target = nodeId(e.target);
    shareDocs(e.evidence);
    s.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
    s.stats.edges[e.type] = (s.stats.edges[e.type] ?? 0) + 1;
  }
  s.index.addAll(g.nodes.map(toIndexed));
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
    const g = this.state.graph;
    return g.hasNode(checkId(id)) ? g.getNodeAttributes(id) : null;
  }

  async edge(id: string): Promise<GraphEdge | null> {
    const g = this.state.graph;
    return g.hasEdge(checkId(id)) ? g.getEdgeAttributes(id) : null;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    if (!Array.isArray(ids)) throw new StoreError("ids must be a list of node ids", "BAD_INPUT");
    const g = this.state.graph;
    return ids.filter((id) => typeof id === "string" && g.hasNode(id)).map((id) => g.getNodeAttributes(id));
  }

  async neighbours(id: string, q: NeighbourQuery = {}): Promise<Neighbourhood> {
    checkId(id);
    const types = checkEdgeTypes(q.edgeTypes);
    const nodeTypes = checkNodeTypes(q.nodeTypes);
    const direction = checkDirection(q.direction);
    const limit = checkLimit("limit", q.limit, DEFAULTS.neighbourLimit);
    const g = this.state.graph;
    if (!g.hasNode(id)) return { nodes: [], edges: [] };
    const typeSet = types && new Set<string>(types);
    const nodeTypeSet = nodeTypes && new Set<string>(nodeTypes);
    const edges = new Map<string, GraphEdge>();
    const visit = (key: string, e: GraphEdge, s: string, t: string) => {
      if (typeSet && !typeSet.has(e.type)) return;
      const other = s === id ? t : s;
      if (nodeTypeSet && !nodeTypeSet.has(g.getNodeAttribute(other, "type"))) return;
      edges.set(key, e);
    };
    if (direction === "out") g.forEachOutEdge(id, visit);
    else if (direction === "in") g.forEachInEdge(id, visit);
    else g.forEachEdge(id, visit);
    const picked = [...edges.values()].sort((a, b) => cmp(a.id, b.id)).slice(0, limit);
    const others = new Set<string>();
    for (const e of picked) others.add(e.source === id ? e.target : e.source);
    others.delete(id);
    const nodes = [g.getNodeAttributes(id), ...[...others].sort(cmp).map((n) => g.getNodeAttributes(n))];
    return { nodes, edges: picked };
  }

  async shortestPaths(from: string, to: string, q: PathQuery = {}): Promise<GraphPath[]> {
    checkId(from, "from");
    checkId(to, "to");
    const types = checkEdgeTypes(q.edgeTypes);
    const maxLength = checkLimit("maxLength", q.maxLength, DEFAULTS.pathMaxLength, DEFAULTS.pathMaxLengthCap);
    const limit = checkLimit("limit", q.limit, DEFAULTS.pathLimit, 1000);
    const g = this.state.graph;
    if (!g.hasNode(from) || !g.hasNode(to) || limit === 0) return [];
    if (from === to) return [{ nodes: [g.getNodeAttributes(from)], edges: [] }];
    return simplePaths(g, from, to, maxLength, types && new Set(types), limit).map((p) => ({
      nodes: p.nodes.map((n) => g.getNodeAttributes(n)),
      edges: p.edges.map((e) => g.getEdgeAttributes(e)),
    }));
  }

  async search(text: string, q: SearchQuery = {}): Promise<SearchHit[]> {
    if (typeof text !== "string") throw new StoreError("search text must be a string", "BAD_INPUT");
    const types = checkNodeTypes(q.types);
    const limit = checkLimit("limit", q.limit, DEFAULTS.searchLimit, 1000);
    const query = text.slice(0, DEFAULTS.searchMaxChars);
    const { graph, index, byLabel } = this.state;
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
    for (const r of results.slice(0, window)) hits.set(r.id, { node: graph.getNodeAttributes(r.id), score: r.score });
    // the exact names, however low their score (the same candidates the Neo4j store adds)
    const exact = byLabel.get(key) ?? [];
    for (const id of typeof exact === "string" ? [exact] : exact)
      if (!hits.has(id) && typeOk(id)) hits.set(id, { node: graph.getNodeAttributes(id), score: 0 });
    return rankHits([...hits.values()], query).slice(0, limit);
  }

  async subgraph(f: SubgraphFilter = {}): Promise<Neighbourhood> {
    const nodeTypes = checkNodeTypes(f.nodeTypes);
    const edgeTypes = checkEdgeTypes(f.edgeTypes);
    const limit = checkLimit("limit", f.limit, DEFAULTS.subgraphLimit);
    if (f.documents !== undefined && !Array.isArray(f.documents))
      throw new StoreError("documents must be a list of document ids", "BAD_INPUT");
    const docs = f.documents && new Set(f.documents);
    const g = this.state.graph;
    const nodeTypeSet = nodeTypes && new Set<string>(nodeTypes);
    const edgeTypeSet = edgeTypes && new Set<string>(edgeTypes);
    const repealed = new Set<string>();
    if (f.hideRepealed) g.forEachNode((id, n) => n.type === "Act" && n.props?.status === "repealed" && repealed.add(id));

    const nodeOk = (n: GraphNode) =>
      (!nodeTypeSet || nodeTypeSet.has(n.type)) && !(f.hideRepealed && isRepealed(n, repealed));
    const edgeOk = (e: GraphEdge) =>
      (!edgeTypeSet || edgeTypeSet.has(e.type)) && nodeOk(g.getNodeAttributes(e.source)) && nodeOk(g.getNodeAttributes(e.target));

    let kept: string[] = [];
    if (!docs) g.forEachNode((id, n) => nodeOk(n) && kept.push(id));
    else {
      const ids = new Set<string>();
      g.forEachNode((id, n) => nodeOk(n) && evidenceIn(n.evidence, docs) && ids.add(id));
      g.forEachEdge((_k, e) => {
        if (evidenceIn(e.evidence, docs) && edgeOk(e)) ids.add(e.source).add(e.target);
      });
      kept = [...ids];
    }
    kept.sort(cmp);
    if (kept.length > limit) kept = kept.slice(0, limit);
    const keptSet = new Set(kept);
    const edges: GraphEdge[] = [];
    for (const id of kept)
      g.forEachOutEdge(id, (_k, e) => {
        if (!keptSet.has(e.target) || !edgeOk(e)) return;
        if (docs && !(evidenceIn(e.evidence, docs) || !e.evidence?.length)) return;
        edges.push(e);
      });
    edges.sort((a, b) => cmp(a.id, b.id));
    return { nodes: kept.map((id) => g.getNodeAttributes(id)), edges };
  }

  async edges(q: { types?: EdgeType[]; nodeId?: string; limit?: number } = {}): Promise<GraphEdge[]> {
    const types = checkEdgeTypes(q.types);
    const limit = checkLimit("limit", q.limit, DEFAULTS.edgesLimit);
    const g = this.state.graph;
    const typeSet = types && new Set<string>(types);
    const out = new Map<string, GraphEdge>();
    const visit = (k: string, e: GraphEdge) => {
      if (!typeSet || typeSet.has(e.type)) out.set(k, e);
    };
    if (q.nodeId !== undefined) {
      if (!g.hasNode(checkId(q.nodeId, "nodeId"))) return [];
      g.forEachEdge(q.nodeId, visit);
    } else g.forEachEdge(visit);
    return [...out.values()].sort((a, b) => cmp(a.id, b.id)).slice(0, limit);
  }

  async documents(): Promise<GraphDocument[]> {
    return [...this.state.documents.values()].sort((a, b) => cmp(a.id, b.id));
  }

  async document(id: string): Promise<GraphDocument | null> {
    return this.state.documents.get(checkId(id)) ?? null;
  }

  async structure(actId: string): Promise<StructureTree | null> {
    const g = this.state.graph;
    if (!g.hasNode(checkId(actId, "actId"))) return null;
    const root = g.getNodeAttributes(actId);
    if (root.type !== "Act") return null;
    return buildStructure(root, async (parents) => {
      const out = new Map<string, GraphNode[]>();
      for (const p of parents) {
        const kids = new Map<string, GraphNode>();
        g.forEachInEdge(p, (_k, e, s) => {
          const child = g.getNodeAttributes(s);
          if (e.type === "PART_OF" && child.type === "Provision") kids.set(s, child);
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
