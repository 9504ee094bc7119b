// Loading a graph into Neo4j atomically: constraints and indexes first, then the whole graph is written
// as a new generation (every node, edge and document tagged with `gen`) in batched UNWIND transactions;
// each generation gets its own full-text index, created after the bulk write (one bulk population is
// much cheaper than updating Lucene on every write); one transaction then points the current-graph
// marker at it, and older generations and their indexes are deleted.
// A failure before the switch leaves the current generation untouched (its partial copy is removed).
import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { EDGE_TYPES, NODE_TYPES, type GraphExport } from "../schema.js";
import { StoreError, type GraphStats } from "../store.js";
import type { Neo4jSettings } from "./connect.js";
import { EDGE_COLUMNS, NODE_COLUMNS, toDocRow, toEdgeRow, toNodeRow } from "./records.js";

export const FULLTEXT_PREFIX = "kz_text_";

/**
 * Schema statements; labels and relationship types come only from the fixed schema enums.
 * Nodes are found by a plain composite index on (gen, id), not a uniqueness constraint: a constraint
 * checks every insert (~30 % of a node write here), and the loader only writes validated graphs
 * (unique ids) into a fresh generation, so it could never fire. The first two statements migrate
 * databases written by earlier versions (constraint, and an exact-name index on a since dropped
 * duplicate property); the new indexes cover their generations too.
 */
const SCHEMA: string[] = [
  "DROP CONSTRAINT kz_node_gen_id IF EXISTS",
  "DROP INDEX kz_node_label_key IF EXISTS",
  "CREATE INDEX kz_node_gen_id_ix IF NOT EXISTS FOR (n:GNode) ON (n.gen, n.id)",
  "CREATE CONSTRAINT kz_doc_gen_id IF NOT EXISTS FOR (d:GDoc) REQUIRE (d.gen, d.id) IS UNIQUE",
  "CREATE CONSTRAINT kz_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE",
  "CREATE INDEX kz_node_ft_label IF NOT EXISTS FOR (n:GNode) ON (n.ftLabel)",
  "CREATE INDEX kz_node_label_stems IF NOT EXISTS FOR (n:GNode) ON (n.labelStems)",
  ...EDGE_TYPES.map((t) => `CREATE INDEX kz_rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`),
];

/** `SET` items for the list rows of records.ts (column names are constants, never data). */
const NODE_SET = NODE_COLUMNS.map((c, j) => `n.${c} = r[${j}]`).join(", ");
const EDGE_SET = EDGE_COLUMNS.map((c, j) => `e.${c} = r[${j + 2}]`).join(", ");

/** Name of a generation's full-text index and of the label it covers (gen is `g<digits>_<hex>`). */
export const fulltextIndex = (gen: string) => `${FULLTEXT_PREFIX}${gen}`;
const textLabel = (gen: string) => `GText_${gen}`;

export async function ensureSchema(driver: Driver, s: Neo4jSettings): Promise<void> {
  for (const q of SCHEMA) await driver.executeQuery(q, {}, { database: s.database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: s.database });
}

/** Generation tags sort by creation time, so a newer load always wins. */
function newGeneration(): string {
  return `g${String(Date.now()).padStart(15, "0")}_${randomBytes(4).toString("hex")}`;
}

function statsOf(g: GraphExport): GraphStats {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of g.nodes) nodes[n.type] = (nodes[n.type] ?? 0) + 1;
  for (const e of g.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
  return { nodes, edges, documents: g.documents.length, ...(g.builtAt ? { builtAt: g.builtAt } : {}) };
}

/** Transactions under way at a time while nodes or edges are written. */
const WRITERS = 2;

/** Batches of items of each type, in the order of `types`. */
function batchesByType<T extends { type: string }, K extends string>(items: T[], types: readonly K[], size: number): [K, T[]][] {
  const out: [K, T[]][] = [];
  for (const type of types) {
    const ofType = items.filter((x) => x.type === type);
    for (let i = 0; i < ofType.length; i += size) out.push([type, ofType.slice(i, i + size)]);
  }
  return out;
}

/**
 * Runs `write` on every batch, `parallel` transactions at a time. After a failure no new batch starts,
 * and the call settles only when the batches under way have ended (so that the clean-up of a failed
 * load cannot run before a late write); it then rejects with the first error.
 */
export async function writeAll<B>(batches: B[], write: (batch: B) => Promise<void>, parallel: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < batches.length && !failed) {
      try {
        await write(batches[next++]);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: parallel }, worker));
  const failure = ended.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
}

/** Writes the graph as a new generation and makes it current. The graph must already be valid. */
export async function writeGeneration(driver: Driver, s: Neo4jSettings, g: GraphExport): Promise<void> {
  const gen = newGeneration();
  const size = s.batchSize ?? 10_000;
  const db = { database: s.database };
  try {
    for (let i = 0; i < g.documents.length; i += 200) {
      const rows = g.documents.slice(i, i + 200).map(toDocRow);
      await driver.executeQuery("UNWIND $rows AS r CREATE (d:GDoc) SET d = r, d.gen = $gen", { rows, gen }, db);
    }
    // element ids of the new nodes: edges find their ends by them (cheaper than two index seeks per edge)
    const elementIds = new Map<string, string>();
    const repealedActs = new Set(g.nodes.filter((n) => n.type === "Act" && n.props?.status === "repealed").map((n) => n.id));
    await writeAll(batchesByType(g.nodes, NODE_TYPES, size), async ([type, batch]) => {
      const rows = batch.map((n) =>
        toNodeRow(n, type === "Act" ? repealedActs.has(n.id) : type === "Provision" && repealedActs.has(String(n.props?.actId))),
      );
      // one answer row (positions and element ids as two lists) instead of one record per node
      const res = await driver.executeQuery(
        `UNWIND range(0, size($rows) - 1) AS i
         WITH i, $rows[i] AS r
         CREATE (n:GNode:${type}:${textLabel(gen)}) SET ${NODE_SET}, n.gen = $gen
         RETURN collect(i) AS at, collect(elementId(n)) AS eids`,
        { rows, gen },
        db,
      );
      const at = res.records[0].get("at") as number[];
      const eids = res.records[0].get("eids") as string[];
      at.forEach((i, k) => elementIds.set(batch[i].id, eids[k]));
    }, WRITERS);
    // Edges two transactions at a time as well: the second one's rows are sent and matched while the first
    // commits (~20 % faster loads on 2 cores). Both lock end nodes, so they may wait for each other; a
    // deadlock would be a transient error that executeQuery retries (none seen: 96 transactions for the 96
    // batches of a 300k-node bench graph).
    await writeAll(batchesByType(g.edges, EDGE_TYPES, size), async ([type, batch]) => {
      const res = await driver.executeQuery(
        `UNWIND $rows AS r
         MATCH (a:GNode) WHERE elementId(a) = r[0]
         MATCH (b:GNode) WHERE elementId(b) = r[1]
         CREATE (a)-[e:${type}]->(b) SET ${EDGE_SET}, e.gen = $gen
         RETURN count(e) AS n`,
        { rows: batch.map((e) => toEdgeRow(e, elementIds.get(e.source), elementIds.get(e.target))), gen },
        db,
      );
      const written = res.records[0].get("n") as number;
      if (written !== batch.length) throw new Error(`only ${written} of ${batch.length} ${type} edges found both ends`);
    }, WRITERS);
    // populating a new index in bulk is much cheaper than updating it on every node write
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${fulltextIndex(gen)} FOR (n:${textLabel(gen)}) ON EACH [n.ftLabel, n.ftAliases, n.ftCompact, n.ftText]
       OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'russian'}}`,
      {},
      db,
    );
    await driver.executeQuery("CALL db.awaitIndex($name, 3600)", { name: fulltextIndex(gen) }, db);
    const switched = await driver.executeQuery(
      `MERGE (m:GraphMeta {key: 'current'})
       WITH m, m.gen AS old
       WHERE old IS NULL OR old < $gen
       SET m.gen = $gen, m.statsJson = $stats
       RETURN old`,
      { gen, stats: JSON.stringify(statsOf(g)) },
      db,
    );
    if (switched.records.length === 0)
      throw new StoreError("another load replaced the graph at the same time; this one was dropped", "LOAD_FAILED");
  } catch (err) {
    await deleteGenerations(driver, s, "n.gen = $gen", gen).catch(() => {});
    await dropIndexes(driver, s, "name = $name", gen).catch(() => {});
    throw err;
  }
  await deleteGenerations(driver, s, "n.gen < $gen", gen);
  await dropIndexes(driver, s, "name STARTS WITH $prefix AND name < $name", gen);
  // the single full-text index of earlier versions, now replaced by the generation's own
  await driver.executeQuery("DROP INDEX kz_graph_text IF EXISTS", {}, db);
}

/** Drops the full-text indexes of the generations matching `where`. */
async function dropIndexes(driver: Driver, s: Neo4jSettings, where: string, gen: string) {
  const db = { database: s.database };
  const res = await driver.executeQuery(`SHOW FULLTEXT INDEXES YIELD name WHERE ${where} RETURN name`, { name: fulltextIndex(gen), prefix: FULLTEXT_PREFIX }, db);
  for (const r of res.records) {
    const name = r.get("name") as string;
    if (/^kz_text_g\d+_[0-9a-f]+$/.test(name)) await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, db);
  }
}

/** Deletes nodes (and their edges) of the generations matching `where`, in small transactions. */
async function deleteGenerations(driver: Driver, s: Neo4jSettings, where: "n.gen = $gen" | "n.gen < $gen", gen: string) {
  const session = driver.session({ database: s.database });
  try {
    for (const label of ["GNode", "GDoc"]) {
      await session.run(
        `MATCH (n:${label}) WHERE ${where}
         CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
        { gen },
      );
    }
  } finally {
    await session.close();
  }
}
