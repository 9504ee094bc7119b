// `npm start`: ingest the corpus if there is no graph yet, build the web app if there is no build or
// a source is newer, then serve the UI and /api/graphql on PORT (default 3000).
import { join } from "node:path";
import { buildWeb, ensureGraph, ROOT, startWeb, WebServerError } from "./web-server.js";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new WebServerError(`PORT must be a port number, got "${process.env.PORT}"`);
  const graphFile = process.env.GRAPH_FILE ?? join(ROOT, "data", "graph.json");
  if (await ensureGraph(graphFile)) console.log(`[start] ingested the corpus into ${graphFile}`);
  if (await buildWeb(process.argv.includes("--build"))) console.log("[start] built the web app");
  const host = process.env.HOST ?? "0.0.0.0";
  const web = await startWeb({ port, host, env: { GRAPH_FILE: graphFile }, inheritOutput: true });
  console.log(`[start] serving http://localhost:${port} (GraphQL at /api/graphql, store: ${process.env.NEO4J_URI ? `Neo4j ${process.env.NEO4J_URI}` : graphFile})`);
  const shutdown = () => void web.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  web.child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: Error) => {
  console.error(`[start] ${e.name === "WebServerError" ? e.message : `failed: ${e.message}`}`);
  process.exit(1);
});
