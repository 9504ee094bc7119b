// The compiled executor (graphql-jit, api/executor.ts) answers exactly what graphql-js answers: the same
// status and the same bytes, for data and for errors. One server never compiles, the other compiles
// every operation at once; the counters prove which executor answered. The whole fixture suite also runs
// compiled in jit.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../graph/store.js";
import * as F from "./fixtures/graph.js";
import { createApiServer, type ApiServer } from "./server.js";
import { gql, openEmbedded } from "./testing.js";

/** data: answered by the compiled operation; rerun: it had errors, graphql-js answered again; apollo: refused before execution. */
type Path = "data" | "rerun" | "apollo";

const CASES: { name: string; path: Path; query: string; variables?: Record<string, unknown> }[] = [
  { name: "node with every scalar, JSON props, list and nested fields", path: "data",
    query: `query($id: ID!) { node(id: $id) { id type label aliases text props anchor act { id label } evidence { doc start end quote anchor context(chars: 30) document { id title } } } }`,
    variables: { id: F.ART83 } },
  { name: "aliases, fragments, __typename, @skip and @include", path: "data",
    query: `query($yes: Boolean!) { a: node(id: "${F.PROS}") { ...N t: __typename } b: node(id: "${F.COURT}") { id label @skip(if: $yes) type @include(if: $yes) } none: node(id: "body:нет") { id } }
      fragment N on Node { id label edges(first: 2) { totalCount edges { cursor node { type source { id } target { id } } other { id } } } }`,
    variables: { yes: true } },
  { name: "neighbourhood with edges and their ends", path: "data",
    query: `{ neighborhood(id: "${F.PROS}", depth: 2, limit: 50) { truncated nodes { id type label } edges { id type source { id } target { id } evidence { quote } } } }` },
  { name: "interactions with basis and sides", path: "data",
    query: `{ interactions(a: "${F.COURT}", b: "${F.PROS}") { form fromA viaSubBody aSide { id } bSide { id } basis { id label } evidence { doc quote } edge { id props } } }` },
  { name: "norms in the hierarchy of acts", path: "data",
    query: `{ norms(regulating: "${F.PROS}") { relation rank node { id label } act { id label } via { id } evidence { quote } } }` },
  { name: "search, paths, citations", path: "data",
    query: `{ search(query: "прокуратурой", first: 5) { id type } paths(from: "${F.COURT}", to: "${F.PG}") { length steps { forward edge { type } } }
      citedBy(id: "${F.ART83}", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } citing { id } cited { id } } } }` },
  { name: "acts, documents, views and stats", path: "data",
    query: `{ act(id: "${F.ORDER102}") { title actKind rank number date status issuer { id } amends { id } repealedBy { id } documents { id } }
      documents { id title kind lang length } views { name layout title { ru en } } stats { nodeCount edgeCount nodes { type count } builtAt } health { ok store } }` },
  { name: "a bad argument: one error, the rest of the data", path: "rerun",
    query: `{ node(id: "${F.PROS}") { id } search(query: "суд", first: 0) { id } }` },
  { name: "an unknown node where one is required", path: "rerun",
    query: `{ norms(regulating: "x:none") { rank } }` },
  { name: "a variable of the wrong type", path: "rerun",
    query: `query($f: Int) { search(query: "суд", first: $f) { id } }`, variables: { f: "many" } },
  { name: "an unknown enum value in a variable", path: "rerun",
    query: `query($t: [NodeType!]) { search(query: "суд", types: $t) { id } }`, variables: { t: ["Court"] } },
  { name: "a missing required variable", path: "rerun",
    query: `query($id: ID!) { node(id: $id) { id } }` },
  { name: "an unknown field", path: "apollo",
    query: `{ node(id: "x") { idd } }` },
  { name: "a mutation", path: "apollo",
    query: `mutation { load }` },
];

describe("graphql-jit answers exactly what graphql-js answers", () => {
  let store: GraphStore;
  let plain: ApiServer;
  let compiled: ApiServer;
  beforeAll(async () => {
    store = await openEmbedded(F.fixtureGraph());
    plain = await createApiServer({ store, port: 0, jit: { compileAfter: 0 } });
    compiled = await createApiServer({ store, port: 0, jit: { compileAfter: 1 } });
  });
  afterAll(async () => {
    await plain?.close();
    await compiled?.close();
    await store?.close();
  });

  for (const c of CASES) {
    it(`${c.name} (${c.path})`, async () => {
      const before = { ...compiled.jit };
      const want = await gql(plain.url, c.query, c.variables);
      const got = await gql(compiled.url, c.query, c.variables);
      expect(got.status).toBe(want.status);
      expect(got.text).toBe(want.text);
      if (c.path === "data") expect(want.errors, want.text).toBeUndefined();
      else expect(want.errors?.length, want.text).toBeGreaterThan(0);
      const delta = { answered: compiled.jit.answered - before.answered, rerun: compiled.jit.rerun - before.rerun };
      expect(delta).toEqual({ answered: c.path === "data" ? 1 : 0, rerun: c.path === "rerun" ? 1 : 0 });
    });
  }

  it("the server that never compiles answered everything with graphql-js", () => {
    expect(plain.jit).toEqual({ compiled: 0, answered: 0, rerun: 0 });
  });

  it("by default an operation is compiled when it comes the second time", async () => {
    const server = await createApiServer({ store, port: 0 });
    try {
      const query = `{ norms(regulating: "${F.PROS}") { relation node { id } act { id } } }`;
      const first = await gql(server.url, query);
      expect(server.jit).toEqual({ compiled: 0, answered: 0, rerun: 0 });
      const second = await gql(server.url, query);
      const third = await gql(server.url, query);
      expect(server.jit).toEqual({ compiled: 1, answered: 2, rerun: 0 });
      expect(second.text).toBe(first.text);
      expect(third.text).toBe(first.text);
    } finally {
      await server.close();
    }
  });
});
