// Safety limits over real HTTP: depth, aliases, tokens, directives, body size, time, production mode,
// and clean errors (no stack traces) for everything a client can get wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/embedded/store.js";
import { LIMITS } from "./apollo.js";
import { fixtureGraph, PROS } from "./fixtures/graph.js";
import { createApiServer, type ApiServer } from "./server.js";
import { gql } from "./testing.js";

const NO_STACK = /stacktrace|\bat .*\.(ts|js):\d+|node_modules/;

describe("limits and errors over HTTP (embedded store)", () => {
  const store = new EmbeddedStore();
  let server: ApiServer;
  beforeAll(async () => {
    await store.load(fixtureGraph());
    server = await createApiServer({ store, port: 0, production: false });
  });
  afterAll(async () => {
    await server?.close();
    await store.close();
  });

  /** A query `levels` fields deep: node → edges → edges → node → source → edges → … */
  function deepQuery(levels: number): string {
    const chain = ["edges", "edges", "node", "source"];
    let open = `node(id: "${PROS}")`;
    let close = "";
    for (let i = 0; i < levels - 2; i++) {
      open += ` { ${chain[i % chain.length]}`;
      close += " }";
    }
    return `{ ${open} { __typename }${close} }`;
  }

  it(`a query 20 levels deep is refused (the limit is ${LIMITS.maxDepth})`, async () => {
    const r = await gql(server.url, deepQuery(20));
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(new RegExp(`^The query is too deep: at most ${LIMITS.maxDepth} levels of nested fields are allowed, this one has 2\\d\\.$`));
    expect(r.errors![0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.text).not.toMatch(NO_STACK);
    // one level under the limit passes
    const fine = await gql(server.url, deepQuery(LIMITS.maxDepth - 1));
    expect(fine.errors, fine.text).toBeUndefined();
  });

  it("500 aliases are refused", async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: stats { documents }`).join(" ");
    const r = await gql(server.url, `{ ${fields} }`);
    expect(r.status).toBe(400);
    expect(r.errors!.map((e) => e.message)).toContain(`The query uses too many aliases: at most ${LIMITS.maxAliases} are allowed, this one has 500.`);
    expect(r.text).not.toMatch(NO_STACK);
  });

  it("a 1 MB query is refused before it is parsed", async () => {
    const query = `{ stats { documents } } # ${"x".repeat(1024 * 1024)}`;
    const r = await gql(server.url, query);
    expect(r.status).toBe(413);
    expect(r.errors![0].message).toMatch(/^The request body is too large \(1024 KB\); the limit is 100 KB\./);
    expect(r.errors![0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    // the server still answers afterwards
    expect((await gql(server.url, "{ stats { documents } }")).data).toEqual({ stats: { documents: 4 } });
  });

  it("a long query under the body limit is refused by the token limit", async () => {
    const fields = Array.from({ length: LIMITS.maxTokens + 100 }, () => "documents").join(" ");
    const r = await gql(server.url, `{ stats { ${fields} } }`);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toBe(`The query is too long: at most ${LIMITS.maxTokens} tokens are allowed.`);
    // under the token limit, graphql-js refuses to compare so many repeated fields: say so clearly
    const repeated = await gql(server.url, `{ stats { ${Array.from({ length: 1500 }, () => "documents").join(" ")} } }`);
    expect(repeated.errors![0].message).toBe("The query repeats too many fields to check: ask for each field once.");
  });

  it("too many directives are refused", async () => {
    const dirs = Array.from({ length: 40 }, () => "@include(if: true)").join(" ");
    const r = await gql(server.url, `{ stats ${dirs} { documents } }`);
    expect(r.status).toBe(400);
    expect(r.errors!.map((e) => e.message)).toContain(`The query uses too many directives: at most ${LIMITS.maxDirectives} are allowed, this one has 40.`);
  });

  it("an expensive query is refused by the cost limit", async () => {
    const nested = `edges(first: 500) { edges { node { source { label aliases props evidence { quote context document { title } } edges { edges { node { target { label } } } } } } } }`;
    const fields = Array.from({ length: 25 }, (_, i) => `n${i}: node(id: "${PROS}") { ${nested} }`).join(" ");
    const r = await gql(server.url, `{ ${fields} }`);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(new RegExp(`^The query is too expensive: its cost is \\d+, the limit is ${LIMITS.maxCost}`));
  });

  it("mutations do not exist: the API is read-only", async () => {
    const r = await gql(server.url, `mutation { load }`);
    expect(r.errors![0].message).toBe("Schema is not configured to execute mutation operation.");
    expect(r.errors![0].extensions?.code).toBe("BAD_REQUEST");
    expect(r.text).not.toMatch(NO_STACK);
  });

  it("bad requests get clear errors: unknown field, bad JSON, other paths, wrong method", async () => {
    const unknown = await gql(server.url, `{ nodez(id: "x") { id } }`);
    expect(unknown.errors![0].message).toMatch(/Cannot query field "nodez" on type "Query"/);
    const badJson = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).errors[0].message).toMatch(/^The request body is not valid JSON/);
    const other = await fetch(server.url.replace("/graphql", "/elsewhere"));
    expect(other.status).toBe(404);
    expect((await other.json()).errors[0].message).toBe("Not found: the GraphQL endpoint is /graphql.");
    const put = await fetch(server.url, { method: "PUT" });
    expect(put.status).toBe(405);
    const health = await fetch(server.url.replace("/graphql", "/healthz"));
    expect(await health.json()).toMatchObject({ ok: true, store: "embedded" });
  });

  it("answers are UTF-8 JSON with a correct content-length and a final newline", async () => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ node(id: "${PROS}") { id label } }` }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    expect(bytes[bytes.length - 1]).toBe(0x0a);
    const text = bytes.toString("utf8");
    expect(JSON.parse(text).data.node.id).toBe(PROS);
    expect(text).toMatch(/[а-яё]/i); // Cyrillic written as UTF-8, not as \u escapes
  });

  it("outside production: introspection and the landing page are on", async () => {
    const r = await gql(server.url, `{ __schema { queryType { name } } }`);
    expect(r.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const page = await fetch(server.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });
});

describe("production mode and the time limit", () => {
  const store = new EmbeddedStore();
  const servers: ApiServer[] = [];
  beforeAll(() => store.load(fixtureGraph()));
  afterAll(async () => {
    for (const s of servers) await s.close();
    await store.close();
  });

  it("in production: no introspection, no landing page, no field suggestions", async () => {
    const server = await createApiServer({ store, port: 0, production: true });
    servers.push(server);
    const r = await gql(server.url, `{ __schema { queryType { name } } }`);
    expect(r.errors![0].message).toMatch(/introspection is not allowed/i);
    const page = await fetch(server.url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/<html/i);
    const typo = await gql(server.url, `{ stats { documentz } }`);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it("a request over its time limit stops with TIMEOUT and a clear message", async () => {
    const server = await createApiServer({ store, port: 0, timeoutMs: 0 });
    servers.push(server);
    const r = await gql(server.url, `{ neighborhood(id: "${PROS}", depth: 3) { nodes { id } } }`);
    expect(r.errors![0].extensions?.code).toBe("TIMEOUT");
    expect(r.errors![0].message).toMatch(/^The request took longer than the limit of 0 s and was stopped/);
    expect(r.text).not.toMatch(NO_STACK);
  });
});
