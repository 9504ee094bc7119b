// The API folder's public surface.
//   createApi({ store })            → { server: ApolloServer, context } for any Apollo integration
//   createApiServer({ store, port })→ the standalone HTTP server (POST/GET /graphql)
//   createNextHandler(open)         → { GET, POST } for a Next.js App Router route (web/app/api/graphql)
//   createApolloForNext()           → createApi over the configured store (openStore: Neo4j or GRAPH_FILE)
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../graph/index.js";
import { createApi, type Api, type ApiOptions } from "./apollo.js";

export { createApi, LIMITS } from "./apollo.js";
export type { Api, ApiOptions } from "./apollo.js";
export type { ApiContext } from "./context.js";
export { createApiServer, GRAPHQL_PATH } from "./server.js";
export type { ApiServer, ApiServerOptions } from "./server.js";
export { createNextHandler } from "./next.js";
export { VIEWS } from "./views.js";

/**
 * The graph file the API serves when NEO4J_URI is not set: GRAPH_FILE, else data/graph.json of the
 * repository (looked up from the working directory, which is web/ or the root under Next.js).
 */
export function defaultGraphFile(): string {
  if (process.env.GRAPH_FILE) return process.env.GRAPH_FILE;
  const found = [resolve(process.cwd(), "data/graph.json"), resolve(process.cwd(), "../data/graph.json")].find((p) => existsSync(p));
  return found ?? join(dirname(fileURLToPath(import.meta.url)), "..", "data", "graph.json");
}

/** The configured Apollo Server and context factory over the configured store (for Next.js and others). */
export async function createApolloForNext(options: Omit<ApiOptions, "store"> & { graphFile?: string } = {}): Promise<Api> {
  const store = await openStore({ graphFile: options.graphFile ?? defaultGraphFile() });
  return createApi({ ...options, store });
}
