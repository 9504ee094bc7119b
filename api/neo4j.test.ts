// The same API suites over a real Neo4j server: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) when set,
// else the project's own Neo4j launcher (graph/neo4j/server.ts) started for this file. Plus a store that
// cannot be reached: the client gets a clean message, never the driver's error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingsFromEnv, type Neo4jSettings } from "../graph/neo4j/connect.js";
import { startNeo4jServer, type Neo4jServer } from "../graph/neo4j/server.js";
import { Neo4jStore } from "../graph/neo4j/store.js";
import { fixtureGraph } from "./fixtures/graph.js";
import { createApiServer } from "./server.js";
import { fixtureSuite } from "./suite-fixture.js";
import { seedSuite } from "./suite-seed.js";
import { gql, type OpenStore } from "./testing.js";

let settings: Neo4jSettings | null = settingsFromEnv();
let server: Neo4jServer | undefined;

beforeAll(async () => {
  if (settings) return;
  server = await startNeo4jServer({ heapMb: 768, pagecacheMb: 64 });
  settings = { uri: server.uri, user: server.user, password: server.password };
}, 600_000);
afterAll(async () => {
  await server?.stop();
});

const openNeo4j: OpenStore = async (graph) => {
  const store = new Neo4jStore(settings!);
  await store.load(graph);
  return store;
};

fixtureSuite("neo4j", openNeo4j);
seedSuite("neo4j", openNeo4j);

describe("a graph store that cannot be reached", () => {
  it("answers STORE_UNAVAILABLE with a message that names NEO4J_URI and hides the driver's details", async () => {
    const store = new Neo4jStore({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    const api = await createApiServer({ store, port: 0 });
    try {
      const r = await gql(api.url, `{ stats { documents } search(query: "суд") { id } }`);
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors!) {
        expect(e.extensions?.code).toBe("STORE_UNAVAILABLE");
        expect(e.message).toBe("The graph store is unreachable: check NEO4J_URI and that Neo4j is running.");
      }
      expect(r.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace|\bat .*\.(ts|js):\d+/);
      const health = await gql(api.url, `{ health { ok store message } }`);
      expect(health.data?.health).toMatchObject({ ok: false, store: "neo4j" });
      expect(health.text).not.toMatch(/127\.0\.0\.1/);
    } finally {
      await api.close();
      await store.close();
    }
  });

  it("the fixture graph loads into Neo4j with the same counts", async () => {
    const store = await openNeo4j(fixtureGraph());
    try {
      const s = await store.stats();
      expect(Object.values(s.nodes).reduce((a, b) => a + b, 0)).toBe(fixtureGraph().nodes.length);
    } finally {
      await store.close();
    }
  });
});
