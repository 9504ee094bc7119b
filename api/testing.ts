// Helpers for the API tests and the benchmark: opening a real store, and a GraphQL client over fetch.
import type { GraphExport } from "../graph/schema.js";
import type { GraphStore } from "../graph/store.js";
import { EmbeddedStore } from "../graph/embedded/store.js";

/** Opens a real store loaded with the graph (the suites call it in beforeAll). */
export type OpenStore = (graph: GraphExport) => Promise<GraphStore>;

export const openEmbedded: OpenStore = async (graph) => {
  const s = new EmbeddedStore();
  await s.load(graph);
  return s;
};

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  /** the raw body text */
  text: string;
}

/** POSTs one operation to the endpoint. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: GqlResult["errors"] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the test looks at text and status
  }
  return { status: res.status, data: body.data, errors: body.errors, text };
}
