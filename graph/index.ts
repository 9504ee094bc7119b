// The graph folder's public surface: the schema and store contract, the two stores, and how to open
// the configured one (Neo4j when NEO4J_URI is set, the embedded store otherwise).
import { EmbeddedStore } from "./embedded/store.js";
import { settingsFromEnv, type Neo4jSettings } from "./neo4j/connect.js";
import { Neo4jStore } from "./neo4j/store.js";
import { loadGraphFile } from "./load-file.js";
import type { GraphExport } from "./schema.js";
import type { GraphStore } from "./store.js";

export * from "./schema.js";
export * from "./store.js";
export { EmbeddedStore, Neo4jStore, loadGraphFile, settingsFromEnv };
export type { Neo4jSettings };

export interface OpenOptions {
  /** environment to read NEO4J_* from (default process.env) */
  env?: NodeJS.ProcessEnv;
  /** embedded store only: load this graph.json into it (Neo4j keeps its graph between runs) */
  graphFile?: string;
}

/**
 * The configured store: Neo4jStore when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE
 * optional), otherwise an EmbeddedStore, loaded from `graphFile` when given.
 */
export async function openStore(o: OpenOptions = {}): Promise<GraphStore> {
  const neo = settingsFromEnv(o.env ?? process.env);
  if (neo) return new Neo4jStore(neo);
  const store = new EmbeddedStore();
  if (o.graphFile) await store.load(await loadGraphFile(o.graphFile));
  return store;
}

/**
 * Pushes a freshly built graph into Neo4j when NEO4J_URI is set (for the ingest command): loads it as a
 * new generation and closes the connection. Returns the URI it wrote to, or null when NEO4J_URI is
 * not set. Throws StoreError (naming NEO4J_URI) when Neo4j is unreachable or refuses the graph.
 */
export async function publishToNeo4j(graph: GraphExport, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const neo = settingsFromEnv(env);
  if (!neo) return null;
  const store = new Neo4jStore(neo);
  try {
    await store.load(graph);
  } finally {
    await store.close();
  }
  return neo.uri;
}
