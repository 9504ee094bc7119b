// The example queries of docs/api.md run as written (on the fixture graph, whose ids follow the real ones).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/embedded/store.js";
import { fixtureGraph } from "./fixtures/graph.js";
import { createApiServer, type ApiServer } from "./server.js";
import { gql } from "./testing.js";

const doc = readFileSync(new URL("../docs/api.md", import.meta.url), "utf8");
const examples = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const curl = doc.match(/-d '(\{"query".*\})'/)?.[1];

describe("docs/api.md examples", () => {
  const store = new EmbeddedStore();
  let server: ApiServer;
  beforeAll(async () => {
    await store.load(fixtureGraph());
    server = await createApiServer({ store, port: 0, production: true });
  });
  afterAll(async () => {
    await server?.close();
    await store.close();
  });

  it("has the examples the issue asks for", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const field of ["search(", "interactions(", "norms(", "paths(", "citedBy("]) expect(examples.join("\n")).toContain(field);
  });

  for (const [i, query] of examples.entries())
    it(`example ${i + 1} (${query.match(/query (\w+)/)?.[1]}) answers with data and no errors`, async () => {
      const r = await gql(server.url, query);
      expect(r.errors, r.text).toBeUndefined();
      const values = Object.values(r.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(Array.isArray(v) ? v.length : v === null ? 0 : 1).toBeGreaterThan(0);
    });

  it("the curl example's body works", async () => {
    const r = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: curl });
    const body = await r.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.interactions.length).toBeGreaterThan(0);
  });
});
