// Checks on the real corpus graph, run against each store: the seed corpus is ingested by the test
// itself (a cross-stage check, so it runs on a fresh clone too), everything loads and reads back, and
// every named node is found first by its name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestCorpus } from "../ingest/pipeline.js";
import type { GraphExport } from "./schema.js";
import { normalize } from "./search-text.js";
import type { GraphStore } from "./store.js";

export function defineCorpusChecks(name: string, open: () => Promise<GraphStore>): void {
  describe(`${name}: the graph of the seed corpus`, () => {
    let store: GraphStore;
    let g: GraphExport;
    beforeAll(async () => {
      g = ingestCorpus({ corpus: "corpus" }).graph;
      store = await open();
      await store.load(g);
    });
    afterAll(async () => {
      await store?.close();
    });

    it("reads back every node and edge as written", async () => {
      expect(await store.nodes(g.nodes.map((n) => n.id))).toEqual(g.nodes);
      for (const e of g.edges.slice(0, 200)) expect(await store.edge(e.id)).toEqual(e);
      expect((await store.stats()).documents).toBe(g.documents.length);
    });

    it("finds every act, body, principle and power first by its own label", async () => {
      const named = g.nodes.filter((n) => n.type !== "Provision");
      for (const n of named) {
        const same = g.nodes.filter((m) => normalize(m.label) === normalize(n.label)).map((m) => m.id).sort();
        const hits = await store.search(n.label, { limit: Math.max(20, same.length) });
        expect(hits.slice(0, same.length).map((h) => h.node.id).sort(), n.label).toEqual(same);
      }
    });
  });
}
