// The Neo4j store: the same contract as the embedded store, answered by Cypher over neo4j-driver.
// Every query reads the current generation from the GraphMeta marker, so a load in progress is never
// visible. User input only ever reaches Cypher as parameters; relationship types and labels that appear
// in query text come from the schema enums after validation (rules.ts).
import neo4j, { type Driver } from "neo4j-driver";
import type { EdgeType, GraphDocument, GraphEdge, GraphExport, GraphNode } from "../schema.js";
import type {
  GraphPath,
  GraphStats,
  GraphStore,
  NeighbourQuery,
  Neighbourhood,
  PathQuery,
  SearchHit,
  SearchQuery,
  StructureTree,
  SubgraphFilter,
} from "../store.js";
import { StoreError } from "../store.js";
import { DEFAULTS, buildStructure, checkDirection, checkEdgeTypes, checkGraph, checkId, checkLimit, checkNodeTypes } from "../rules.js";
import { connectionError, openDriver, rethrow, type Neo4jSettings } from "./connect.js";
import { ensureSchema, writeGeneration } from "./loader.js";
import { EDGE_FIELDS, NODE_FIELDS, fromDoc, fromEdge, fromNode } from "./records.js";
import { searchNodes } from "./search.js";
import { EDGE_TYPES } from "../schema.js";

/** Prefix of every read: binds `gen` to the current generation (no rows before the first load). */
const CUR = "MATCH (meta:GraphMeta {key: 'current'}) WITH meta.gen AS gen ";
const typesPattern = (types: EdgeType[] | undefined) => (types ? `:${types.join("|")}` : "");

export class Neo4jStore implements GraphStore {
  private readonly driver: Driver;
  private loading: Promise<void> = Promise.resolve();
  private schemaReady = false;

  constructor(private readonly settings: Neo4jSettings) {
    this.driver = openDriver(settings);
  }

  /** Runs a read query; connection failures become one clear StoreError. */
  private async read<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    try {
      // whole numbers go as Cypher INTEGER (JavaScript numbers would arrive as FLOAT)
      const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
      const res = await this.driver.executeQuery(query, p, { database: this.settings.database, routing: "READ" });
      return res.records.map((r) => r.toObject() as T);
    } catch (err) {
      rethrow(err, this.settings);
    }
  }

  async load(graph: GraphExport): Promise<void> {
    // loads through one store run one after another
    const run = this.loading.then(async () => {
      try {
        checkGraph(graph);
        if (!this.schemaReady) await ensureSchema(this.driver, this.settings);
        this.schemaReady = true;
        await writeGeneration(this.driver, this.settings, graph);
      } catch (err) {
        const known = connectionError(err, this.settings);
        if (known) throw known;
        throw new StoreError(`loading the graph into Neo4j failed: ${(err as Error)?.message ?? String(err)}; the previous graph is kept`, "LOAD_FAILED");
      }
    });
    this.loading = run.catch(() => {});
    return run;
  }

  async node(id: string): Promise<GraphNode | null> {
    const rows = await this.read<{ n: never }>(`${CUR} MATCH (x:GNode {gen: gen, id: $id}) RETURN x ${NODE_FIELDS} AS n`, { id: checkId(id) });
    return rows.length ? fromNode(rows[0].n) : null;
  }

  async edge(id: string): Promise<GraphEdge | null> {
    checkId(id);
    const union = EDGE_TYPES.map((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN r`).join(" UNION ");
    const rows = await this.read<{ e: never }>(`${CUR} CALL () { ${union} } WITH r, gen WHERE r.gen = gen RETURN ${EDGE_FIELDS("r")} AS e`, { id });
    return rows.length ? fromEdge(rows[0].e) : null;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    if (!Array.isArray(ids)) throw new StoreError("ids must be a list of node ids", "BAD_INPUT");
    const rows = await this.read<{ n: never }>(
      `${CUR} UNWIND range(0, size($ids) - 1) AS i
       MATCH (x:GNode {gen: gen, id: $ids[i]}) RETURN x ${NODE_FIELDS} AS n ORDER BY i`,
      { ids: ids.filter((x) => typeof x === "string") },
    );
    return rows.map((r) => fromNode(r.n));
  }

  async neighbours(id: string, q: NeighbourQuery = {}): Promise<Neighbourhood> {
    checkId(id);
    const types = checkEdgeTypes(q.edgeTypes);
    const nodeTypes = checkNodeTypes(q.nodeTypes) ?? null;
    const direction = checkDirection(q.direction);
    const limit = checkLimit("limit", q.limit, DEFAULTS.neighbourLimit);
    const rel = `[r${typesPattern(types)}]`;
    const pattern = direction === "out" ? `-${rel}->` : direction === "in" ? `<-${rel}-` : `-${rel}-`;
    const rows = await this.read<{ c: never; rows: { e: never; o: never }[] }>(
      `${CUR} MATCH (c:GNode {gen: gen, id: $id})
       CALL (c) {
         MATCH (c)${pattern}(o:GNode)
         WHERE $nodeTypes IS NULL OR o.type IN $nodeTypes
         WITH DISTINCT r, o ORDER BY r.id LIMIT $limit
         RETURN collect({e: ${EDGE_FIELDS("r")}, o: o ${NODE_FIELDS}}) AS rows
       }
       RETURN c ${NODE_FIELDS} AS c, rows`,
      { id, nodeTypes, limit },
    );
    if (!rows.length) return { nodes: [], edges: [] };
    const center = fromNode(rows[0].c);
    const others = new Map<string, GraphNode>();
    for (const r of rows[0].rows) {
      const o = fromNode(r.o);
      if (o.id !== id) others.set(o.id, o);
    }
    const sorted = [...others.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes: [center, ...sorted], edges: rows[0].rows.map((r) => fromEdge(r.e)) };
  }

  async shortestPaths(from: string, to: string, q: PathQuery = {}): Promise<GraphPath[]> {
    checkId(from, "from");
    checkId(to, "to");
    const types = typesPattern(checkEdgeTypes(q.edgeTypes));
    const maxLength = checkLimit("maxLength", q.maxLength, DEFAULTS.pathMaxLength, DEFAULTS.pathMaxLengthCap);
    const limit = checkLimit("limit", q.limit, DEFAULTS.pathLimit, 1000);
    if (limit === 0) return [];
    if (from === to) {
      const n = await this.node(from);
      return n ? [{ nodes: [n], edges: [] }] : [];
    }
    if (maxLength === 0) return [];
    const ends = `${CUR} MATCH (a:GNode {gen: gen, id: $from}) MATCH (b:GNode {gen: gen, id: $to}) `;
    // maxLength and each length below are validated whole numbers (Cypher takes no parameters there)
    const first = await this.read<{ len: number }>(`${ends} MATCH p = shortestPath((a)-[${types}*..${maxLength}]-(b)) RETURN length(p) AS len`, { from, to });
    if (!first.length) return [];
    const out: GraphPath[] = [];
    for (let len = first[0].len; len <= maxLength && out.length < limit; len++) {
      const rows = await this.read<{ ns: never[]; es: never[] }>(
        `${ends} MATCH p = (a)-[${types}*${len}]-(b)
         WITH p, nodes(p) AS ns, relationships(p) AS rs
         WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
         WITH ns, rs ORDER BY [i IN range(0, size(rs) - 1) | [ns[i + 1].id, rs[i].id]] LIMIT $need
         RETURN [n IN ns | n ${NODE_FIELDS}] AS ns, [r IN rs | ${EDGE_FIELDS("r")}] AS es`,
        { from, to, need: limit - out.length },
      );
      for (const r of rows) out.push({ nodes: r.ns.map(fromNode), edges: r.es.map(fromEdge) });
    }
    return out;
  }

  async search(text: string, q: SearchQuery = {}): Promise<SearchHit[]> {
    if (typeof text !== "string") throw new StoreError("search text must be a string", "BAD_INPUT");
    const types = checkNodeTypes(q.types) ?? null;
    const limit = checkLimit("limit", q.limit, DEFAULTS.searchLimit, 1000);
    const gen = await this.read<{ gen: string }>(`${CUR} RETURN gen`);
    if (!gen.length || limit === 0) return [];
    return searchNodes((query, params) => this.read(query, params), gen[0].gen, text.slice(0, DEFAULTS.searchMaxChars), types, limit);
  }

  async subgraph(f: SubgraphFilter = {}): Promise<Neighbourhood> {
    const nodeTypes = checkNodeTypes(f.nodeTypes) ?? null;
    const edgeTypes = checkEdgeTypes(f.edgeTypes) ?? null;
    const limit = checkLimit("limit", f.limit, DEFAULTS.subgraphLimit);
    if (f.documents !== undefined && !Array.isArray(f.documents))
      throw new StoreError("documents must be a list of document ids", "BAD_INPUT");
    const params = { nodeTypes, edgeTypes, docs: f.documents ?? null, hide: Boolean(f.hideRepealed), limit };
    const nodeOk = (v: string) => `($nodeTypes IS NULL OR ${v}.type IN $nodeTypes) AND NOT ($hide AND coalesce(${v}.repealed, false))`;
    const edgeOk = "($edgeTypes IS NULL OR type(r) IN $edgeTypes)";
    const nodes = await this.read<{ n: never }>(
      `${CUR} MATCH (x:GNode {gen: gen})
       WHERE ${nodeOk("x")} AND ($docs IS NULL
         OR any(d IN x.evidenceDocs WHERE d IN $docs)
         OR EXISTS { MATCH (x)-[r]-(o:GNode) WHERE ${edgeOk} AND ${nodeOk("o")} AND any(d IN r.evidenceDocs WHERE d IN $docs) })
       RETURN x ${NODE_FIELDS} AS n ORDER BY x.id LIMIT $limit`,
      params,
    );
    const kept = nodes.map((r) => fromNode(r.n));
    const edges = await this.read<{ e: never }>(
      `${CUR} MATCH (a:GNode {gen: gen})-[r]->(b:GNode {gen: gen})
       WHERE a.id IN $ids AND b.id IN $ids AND ${edgeOk}
         AND ($docs IS NULL OR size(r.evidenceDocs) = 0 OR any(d IN r.evidenceDocs WHERE d IN $docs))
       RETURN ${EDGE_FIELDS("r")} AS e ORDER BY r.id`,
      { ...params, ids: kept.map((n) => n.id) },
    );
    return { nodes: kept, edges: edges.map((r) => fromEdge(r.e)) };
  }

  async edges(q: { types?: EdgeType[]; nodeId?: string; limit?: number } = {}): Promise<GraphEdge[]> {
    const types = typesPattern(checkEdgeTypes(q.types));
    const limit = checkLimit("limit", q.limit, DEFAULTS.edgesLimit);
    const rows =
      q.nodeId !== undefined
        ? await this.read<{ e: never }>(
            `${CUR} MATCH (c:GNode {gen: gen, id: $id})-[r${types}]-() WITH DISTINCT r ORDER BY r.id LIMIT $limit RETURN ${EDGE_FIELDS("r")} AS e`,
            { id: checkId(q.nodeId, "nodeId"), limit },
          )
        : await this.read<{ e: never }>(
            `${CUR} MATCH (:GNode {gen: gen})-[r${types}]->() WITH r ORDER BY r.id LIMIT $limit RETURN ${EDGE_FIELDS("r")} AS e`,
            { limit },
          );
    return rows.map((r) => fromEdge(r.e));
  }

  async documents(): Promise<GraphDocument[]> {
    const rows = await this.read<{ doc: { docJson: string } }>(`${CUR} MATCH (d:GDoc {gen: gen}) RETURN d {.docJson} AS doc ORDER BY d.id`);
    return rows.map((r) => fromDoc(r.doc));
  }

  async document(id: string): Promise<GraphDocument | null> {
    const rows = await this.read<{ d: { docJson: string } }>(`${CUR} MATCH (d:GDoc {gen: gen, id: $id}) RETURN d {.docJson} AS d`, { id: checkId(id) });
    return rows.length ? fromDoc(rows[0].d) : null;
  }

  async structure(actId: string): Promise<StructureTree | null> {
    const root = await this.node(checkId(actId, "actId"));
    if (!root || root.type !== "Act") return null;
    return buildStructure(root, async (parents) => {
      const rows = await this.read<{ pid: string; kids: never[] }>(
        `${CUR} UNWIND $parents AS pid
         MATCH (p:GNode {gen: gen, id: pid})<-[:PART_OF]-(c:Provision)
         RETURN pid, collect(DISTINCT c ${NODE_FIELDS}) AS kids`,
        { parents },
      );
      return new Map(rows.map((r) => [r.pid, r.kids.map(fromNode)]));
    });
  }

  async stats(): Promise<GraphStats> {
    const rows = await this.read<{ s: string }>("MATCH (m:GraphMeta {key: 'current'}) RETURN m.statsJson AS s");
    return rows.length ? JSON.parse(rows[0].s) : { nodes: {}, edges: {}, documents: 0 };
  }

  async health(): Promise<{ ok: boolean; store: string; message?: string }> {
    try {
      const rows = await this.read<{ s: string }>("OPTIONAL MATCH (m:GraphMeta {key: 'current'}) RETURN m.statsJson AS s");
      const s = rows[0]?.s ? (JSON.parse(rows[0].s) as GraphStats) : null;
      const count = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      return {
        ok: true,
        store: "neo4j",
        message: s ? `${this.settings.uri}: ${count(s.nodes)} nodes, ${count(s.edges)} edges` : `${this.settings.uri}: no graph loaded yet`,
      };
    } catch (err) {
      return { ok: false, store: "neo4j", message: (connectionError(err, this.settings) ?? (err as Error)).message };
    }
  }

  async close(): Promise<void> {
    await this.loading;
    await this.driver.close();
  }
}
