// GraphQL at /api/graphql: the API's Apollo Server mounted through @as-integrations/next (inside the
// API's createNextHandler, which adds the request size limit and a clear 503 when the store cannot be
// opened). The store (web/lib/serverStore.ts): Neo4j when NEO4J_URI is set, else the embedded store over
// GRAPH_FILE (default data/graph.json).
import { createNextHandler } from "../../../../api/index";
import { sharedStore } from "../../../lib/serverStore";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const { GET, POST } = createNextHandler(sharedStore);
