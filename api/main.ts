// `npm run api`: the standalone GraphQL server on PORT (default 4000), path /graphql.
// The store: Neo4j when NEO4J_URI is set, otherwise the embedded store loaded from GRAPH_FILE
// (default data/graph.json, built by `npm run ingest`).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../graph/index.js";
import { createApiServer } from "./server.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const graphFile = process.env.GRAPH_FILE ?? join(ROOT, "data", "graph.json");
  const store = await openStore({ graphFile });
  const health = await store.health();
  if (!health.ok) console.error(`[api] warning: the store does not answer yet: ${health.message ?? "unknown reason"}`);
  const server = await createApiServer({ store, port, host: process.env.HOST ?? "127.0.0.1" });
  const mode = process.env.NODE_ENV === "production" ? "production" : "development (introspection and explorer on)";
  console.log(`[api] GraphQL at ${server.url} — store: ${health.store}${process.env.NEO4J_URI ? "" : ` (${graphFile})`}, ${mode}`);
  const stop = () => void server.close().then(() => store.close()).then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: Error) => {
  const known = ["StoreError", "SchemaFileError"].includes(e.name) || /PORT must be|EADDRINUSE/.test(e.message);
  console.error(`[api] could not start: ${known ? e.message : (e.stack ?? e.message)}`);
  process.exit(1);
});
