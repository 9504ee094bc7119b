// The GraphStore contract against a real Neo4j 5 server (the project's launcher, started for this file),
// plus what only the Neo4j store has: generations, connection errors, Cypher safety.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureGraph, ID } from "./fixtures/kz-graph.js";
import { Neo4jStore } from "./neo4j/store.js";
import { startNeo4jServer, type Neo4jServer } from "./neo4j/server.js";
import { defineStoreContract } from "./store-contract.js";
import { defineCorpusChecks } from "./corpus-checks.js";
import { runLoad } from "./fixtures/run-load.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let server: Neo4jServer;
beforeAll(async () => {
  server = await startNeo4jServer({ heapMb: 768, pagecacheMb: 64 });
}, 600_000);
afterAll(async () => {
  await server?.stop();
});

// small batches, so that a load failing midway has already written part of its generation
const open = async () => new Neo4jStore({ uri: server.uri, user: server.user, password: server.password, batchSize: 4 });

defineStoreContract("Neo4jStore", open);
defineCorpusChecks("Neo4jStore", open);

describe("Neo4jStore: what only Neo4j has", () => {
  const count = async (query: string) => {
    const d = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
    try {
      return (await d.executeQuery(query)).records[0].get(0) as number;
    } finally {
      await d.close();
    }
  };

  it("keeps exactly one generation after loads, reloads and a failed load", async () => {
    const store = await open();
    const g = fixtureGraph();
    await store.load(g);
    await store.load(fixtureGraph());
    const broken = fixtureGraph();
    Object.defineProperty(broken.edges[broken.edges.length - 1], "id", {
      enumerable: true,
      get: (() => {
        let n = 0;
        return () => (++n > 3 ? (() => { throw new Error("source broke"); })() : "APPOINTS:x");
      })(),
    });
    await expect(store.load(broken)).rejects.toMatchObject({ name: "StoreError" });
    expect(await count("MATCH (n:GNode) RETURN count(DISTINCT n.gen)")).toBe(1);
    expect(await count("MATCH (n:GNode) RETURN count(n)")).toBe(g.nodes.length);
    expect(await count("MATCH ()-[r]->() RETURN count(r)")).toBe(g.edges.length);
    expect(await count("MATCH (d:GDoc) RETURN count(d)")).toBe(g.documents.length);
    // one full-text index: the current generation's, still answering searches
    expect(await count("SHOW FULLTEXT INDEXES YIELD name RETURN count(name)")).toBe(1);
    expect((await store.search(g.nodes[0].label)).map((h) => h.node.id)).toContain(g.nodes[0].id);
    await store.close();
  });

  it("upgrades the schema of earlier versions and finds nodes through the (gen, id) index", async () => {
    const d = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
    try {
      // the schema as earlier versions left it: a uniqueness constraint, an exact-name index on labelKey
      await d.executeQuery("DROP INDEX kz_node_gen_id_ix IF EXISTS");
      await d.executeQuery("CREATE CONSTRAINT kz_node_gen_id IF NOT EXISTS FOR (n:GNode) REQUIRE (n.gen, n.id) IS UNIQUE");
      await d.executeQuery("CREATE INDEX kz_node_label_key IF NOT EXISTS FOR (n:GNode) ON (n.labelKey)");
      const store = await open();
      const g = fixtureGraph();
      await store.load(g);
      const names = async (q: string) => (await d.executeQuery(q)).records.map((r) => r.get("name") as string);
      expect(await names("SHOW CONSTRAINTS YIELD name")).not.toContain("kz_node_gen_id");
      expect(await names("SHOW INDEXES YIELD name")).toEqual(expect.arrayContaining(["kz_node_gen_id_ix", "kz_node_ft_label", "kz_node_label_stems"]));
      expect(await names("SHOW INDEXES YIELD name")).not.toContain("kz_node_label_key");
      const plan = await d.executeQuery("EXPLAIN MATCH (meta:GraphMeta {key: 'current'}) WITH meta.gen AS gen MATCH (x:GNode {gen: gen, id: $id}) RETURN x", { id: ID.order102 });
      expect(JSON.stringify(plan.summary.plan)).toContain("NodeIndexSeek");
      expect((await store.node(ID.order102))?.label).toBe(g.nodes.find((n) => n.id === ID.order102)?.label);
      await store.close();
    } finally {
      await d.close();
    }
  });

  it("uses the Russian analyzer for its full-text index", async () => {
    const d = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    try {
      const r = await d.executeQuery("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options");
      const opts = r.records[0].get("options") as { indexConfig: Record<string, unknown> };
      expect(opts.indexConfig["fulltext.analyzer"]).toBe("russian");
    } finally {
      await d.close();
    }
  });

  it("treats user text as data, never as Cypher or Lucene syntax", async () => {
    const store = await open();
    await store.load(fixtureGraph());
    for (const q of ['") RETURN 1 //', "прокурор' OR 1=1 --", "суд* AND ~ ^ \\ [ ] { } :", "MATCH (n) DETACH DELETE n"])
      await expect(store.search(q)).resolves.toBeInstanceOf(Array);
    expect(await store.node("x' OR 1=1 //")).toBeNull();
    expect((await store.search("суд* AND ~"))[0].node.id).toBe(ID.court);
    expect((await store.stats()).documents).toBe(fixtureGraph().documents.length);
    await store.close();
  });

  it("names NEO4J_URI in one clear message when the server is unreachable", async () => {
    const store = new Neo4jStore({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" });
    const h = await store.health();
    expect(h.ok).toBe(false);
    expect(h.message).toMatch(/not reachable at NEO4J_URI=bolt:\/\/127\.0\.0\.1:9/);
    expect(h.message).not.toMatch(/\n\s+at /);
    await expect(store.node(ID.court)).rejects.toMatchObject({ name: "StoreError", code: "UNREACHABLE" });
    await expect(store.load(fixtureGraph())).rejects.toMatchObject({ name: "StoreError", code: "UNREACHABLE" });
    await store.close();
  });

  it("names NEO4J_URI and the credentials when they are wrong", async () => {
    const store = new Neo4jStore({ uri: server.uri, user: "neo4j", password: "wrong-password" });
    const h = await store.health();
    expect(h.ok).toBe(false);
    expect(h.message).toContain(`NEO4J_URI=${server.uri}`);
    expect(h.message).toMatch(/credentials/);
    await expect(store.stats()).rejects.toMatchObject({ name: "StoreError", code: "AUTH" });
    await store.close();
  });

  it("npm run load -- FILE loads graph.json into the Neo4j named by NEO4J_URI", async () => {
    const g = fixtureGraph();
    g.nodes = g.nodes.filter((n) => n.type !== "Power");
    g.edges = g.edges.filter((e) => e.type !== "HAS_POWER" && !e.target.startsWith("power:"));
    const file = join(mkdtempSync(join(tmpdir(), "kz-load-")), "graph.json");
    writeFileSync(file, JSON.stringify(g));
    const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
    const r = await runLoad(file, env);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Neo4j at ${server.uri}`);
    const store = await open();
    expect((await store.stats()).nodes.Power).toBeUndefined();
    expect((await store.stats()).nodes.Body).toBe(g.nodes.filter((n) => n.type === "Body").length);
    await store.close();
    const bad = await runLoad(file, { ...env, NEO4J_PASSWORD: "wrong" });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^load: Neo4j at NEO4J_URI=\S+ refused the credentials/);
  });

  it("rejects an address that is not a Neo4j URI", () => {
    expect(() => new Neo4jStore({ uri: "http://localhost:7474" })).toThrow(/NEO4J_URI=http:\/\/localhost:7474 is not a Neo4j address/);
  });
});
