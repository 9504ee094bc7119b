// The Next.js route handler (Request → Response, as the App Router calls it) over the real embedded store.
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/embedded/store.js";
import { StoreError } from "../graph/store.js";
import { fixtureGraph, PROS } from "./fixtures/graph.js";
import { createNextHandler } from "./next.js";

const post = (body: string) => new Request("http://localhost/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body });

describe("createNextHandler", () => {
  it("answers queries, refuses a 1 MB body, and says when the store cannot be opened", async () => {
    let opened = 0;
    const { POST, GET } = createNextHandler(async () => {
      opened++;
      const s = new EmbeddedStore();
      await s.load(fixtureGraph());
      return s;
    });
    const r = await POST(post(JSON.stringify({ query: `{ node(id: "${PROS}") { label } }` })));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ data: { node: { label: "прокуратура" } } });
    const big = await POST(post(JSON.stringify({ query: `{ stats { documents } } # ${"x".repeat(1024 * 1024)}` })));
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].message).toMatch(/^The request body is too large/);
    const viaGet = await GET(new Request(`http://localhost/api/graphql?query=${encodeURIComponent("{ stats { documents } }")}`, { headers: { "apollo-require-preflight": "1" } }));
    expect(await viaGet.json()).toEqual({ data: { stats: { documents: 4 } } });
    expect(opened).toBe(1);

    const broken = createNextHandler(async () => {
      throw new StoreError("The graph store is unreachable: check NEO4J_URI", "UNREACHABLE");
    });
    const down = await broken.POST(post(JSON.stringify({ query: "{ stats { documents } }" })));
    expect(down.status).toBe(503);
    expect((await down.json()).errors[0]).toEqual({
      message: "The graph API could not start: The graph store is unreachable: check NEO4J_URI",
      extensions: { code: "STORE_UNAVAILABLE" },
    });
  });
});
