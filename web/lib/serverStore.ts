// The graph store of the web app's server side, opened once per process and shared by the GraphQL route
// and the pages that check an id before rendering (a wrong id answers HTTP 404). Neo4j when NEO4J_URI is
// set, else the embedded store over GRAPH_FILE (default data/graph.json). A failed open is retried on the
// next call.
import { defaultGraphFile } from "../../api/index";
import type { GraphStore } from "../../graph/store";
import { openStore } from "../../graph/index";

const KEY = Symbol.for("kz-legal.web.store");
type Holder = { [KEY]?: Promise<GraphStore> };

export function sharedStore(): Promise<GraphStore> {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const opening = openStore({ graphFile: defaultGraphFile() });
    g[KEY] = opening;
    opening.catch(() => {
      if (g[KEY] === opening) delete g[KEY];
    });
  }
  return g[KEY];
}

/**
 * Whether the graph surely has no node (or document) with this id: false when it has one, and also when
 * the store cannot be asked (the page then shows the store's own error).
 */
export async function surelyMissing(kind: "node" | "document", id: string): Promise<boolean> {
  try {
    const store = await sharedStore();
    return kind === "node" ? (await store.node(id)) === null : (await store.document(id)) === null;
  } catch {
    return false;
  }
}
