// The behaviour every GraphStore must show, written once and run against each store
// (graph/embedded.test.ts, graph/neo4j.test.ts). Expectations come from the fixture graph itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureGraph, ID } from "./fixtures/kz-graph.js";
import type { GraphExport, GraphNode } from "./schema.js";
import type { GraphStore, StructureTree } from "./store.js";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const tree = (t: StructureTree): unknown => (t.children.length ? [t.node.id, t.children.map(tree)] : t.node.id);

function counts(g: GraphExport) {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of g.nodes) nodes[n.type] = (nodes[n.type] ?? 0) + 1;
  for (const e of g.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
  return { nodes, edges, documents: g.documents.length, builtAt: g.builtAt };
}

/** A graph that passes validateGraph but whose reading throws part-way (a broken source midway). */
function throwingGraph(): GraphExport {
  const g = fixtureGraph();
  const victim = g.nodes[g.nodes.length - 3];
  let reads = 0;
  const label = victim.label;
  Object.defineProperty(victim, "label", {
    enumerable: true,
    get() {
      if (++reads > 1) throw new Error("source broke while reading");
      return label;
    },
  });
  return g;
}

export function defineStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`${name}: the GraphStore contract`, () => {
    let store: GraphStore;
    const g = fixtureGraph();
    beforeAll(async () => {
      store = await open();
      await store.load(fixtureGraph());
    });
    afterAll(async () => {
      await store?.close();
    });

    describe("load", () => {
      it("holds every node, edge and document unchanged", async () => {
        for (const n of g.nodes) expect(await store.node(n.id)).toEqual(n);
        for (const e of g.edges) expect(await store.edge(e.id)).toEqual(e);
        expect(await store.documents()).toEqual([...g.documents].sort(byId));
        expect(await store.document("order_102")).toEqual(g.documents.find((d) => d.id === "order_102"));
      });

      it("counts nodes and edges by type, documents and the build time", async () => {
        expect(await store.stats()).toEqual(counts(g));
      });

      it("is idempotent: loading the same graph again gives the same store", async () => {
        await store.load(fixtureGraph());
        expect(await store.stats()).toEqual(counts(g));
        expect(await store.node(ID.prosecution)).toEqual(g.nodes.find((n) => n.id === ID.prosecution));
        expect((await store.search("прокуратура")).length).toBeGreaterThan(0);
      });

      it("replaces the whole graph: nodes of the previous graph are gone", async () => {
        const small = fixtureGraph();
        small.nodes = small.nodes.filter((n) => n.type === "Body");
        small.edges = small.edges.filter((e) => small.nodes.some((n) => n.id === e.source) && small.nodes.some((n) => n.id === e.target));
        await store.load(small);
        expect(await store.node(ID.constitution)).toBeNull();
        expect(await store.search("Конституция")).toEqual([]);
        expect((await store.stats()).nodes).toEqual({ Body: small.nodes.length });
        await store.load(fixtureGraph());
        expect(await store.stats()).toEqual(counts(g));
      });

      it("rejects an invalid graph with a clear StoreError and keeps the previous graph readable", async () => {
        const bad = fixtureGraph();
        bad.edges.push({ ...bad.edges[0], id: "CITES:x->y", type: "CITES", target: "act:нет_такого" });
        await expect(store.load(bad)).rejects.toMatchObject({ name: "StoreError", code: "BAD_INPUT", message: expect.stringContaining("act:нет_такого") });
        await expect(store.load(null as unknown as GraphExport)).rejects.toMatchObject({ name: "StoreError" });
        expect(await store.stats()).toEqual(counts(g));
        expect((await store.node(ID.supremeCourt))?.label).toBe("Верховный Суд");
        expect(ids((await store.search("Верховный Суд")).map((h) => h.node))[0]).toBe(ID.supremeCourt);
      });

      it("keeps the previous graph when a load fails midway", async () => {
        await expect(store.load(throwingGraph())).rejects.toMatchObject({ name: "StoreError", message: expect.stringContaining("source broke") });
        expect(await store.stats()).toEqual(counts(g));
        for (const n of g.nodes) expect(await store.node(n.id)).toEqual(n);
        expect((await store.neighbours(ID.prosecution)).edges.length).toBeGreaterThan(0);
        expect((await store.health()).ok).toBe(true);
      });
    });

    describe("lookups", () => {
      it("returns several nodes in the asked order, skipping unknown ids", async () => {
        expect(ids(await store.nodes([ID.senate, "body:нет", ID.court]))).toEqual([ID.senate, ID.court]);
      });

      it("answers null or nothing for unknown ids", async () => {
        expect(await store.node("body:нет_такого")).toBeNull();
        expect(await store.edge("REGULATES:a->b")).toBeNull();
        expect(await store.document("нет")).toBeNull();
        expect(await store.structure("act:нет")).toBeNull();
        expect(await store.structure(ID.senate)).toBeNull();
        expect(await store.neighbours("body:нет")).toEqual({ nodes: [], edges: [] });
        expect(await store.shortestPaths("body:нет", ID.court)).toEqual([]);
        expect(await store.edges({ nodeId: "body:нет" })).toEqual([]);
      });

      it("lists edges by type and by node", async () => {
        const appoints = await store.edges({ types: ["APPOINTS"] });
        expect(appoints).toEqual(g.edges.filter((e) => e.type === "APPOINTS"));
        expect(appoints[0].props.consentOf).toBe(ID.senate);
        const touching = g.edges.filter((e) => e.source === ID.court || e.target === ID.court).sort(byId);
        expect(await store.edges({ nodeId: ID.court })).toEqual(touching);
        expect(await store.edges({ limit: 3 })).toEqual([...g.edges].sort(byId).slice(0, 3));
      });

      it("rejects unknown edge types and bad limits with a StoreError", async () => {
        await expect(store.neighbours(ID.court, { edgeTypes: ["KNOWS" as never] })).rejects.toMatchObject({ name: "StoreError", code: "BAD_INPUT" });
        await expect(store.subgraph({ nodeTypes: ["Person" as never] })).rejects.toMatchObject({ name: "StoreError", code: "BAD_INPUT" });
        await expect(store.shortestPaths(ID.court, ID.senate, { maxLength: -1 })).rejects.toMatchObject({ name: "StoreError" });
      });
    });

    describe("neighbours", () => {
      const touching = (id: string) => g.edges.filter((e) => e.source === id || e.target === id).sort(byId);

      it("gives the node first, then its neighbours, and all touching edges by id", async () => {
        const n = await store.neighbours(ID.prosecution);
        expect(n.edges).toEqual(touching(ID.prosecution));
        const others = [...new Set(n.edges.map((e) => (e.source === ID.prosecution ? e.target : e.source)))].sort();
        expect(ids(n.nodes)).toEqual([ID.prosecution, ...others]);
      });

      it("filters by edge type, node type and direction, and honours the limit", async () => {
        const powers = await store.neighbours(ID.prosecution, { edgeTypes: ["HAS_POWER"] });
        expect(ids(powers.edges)).toEqual(touching(ID.prosecution).filter((e) => e.type === "HAS_POWER").map((e) => e.id));
        expect(powers.edges).toHaveLength(3);
        const acts = await store.neighbours(ID.prosecution, { nodeTypes: ["Act"] });
        expect(ids(acts.nodes)).toEqual([ID.prosecution, ID.law]);
        const incoming = await store.neighbours(ID.prosecution, { direction: "in" });
        expect(incoming.edges.length).toBeGreaterThan(0);
        expect(incoming.edges.every((e) => e.target === ID.prosecution)).toBe(true);
        const outgoing = await store.neighbours(ID.prosecution, { direction: "out" });
        expect(outgoing.edges.length + incoming.edges.length).toBe(touching(ID.prosecution).length);
        const two = await store.neighbours(ID.prosecution, { limit: 2 });
        expect(two.edges).toEqual(touching(ID.prosecution).slice(0, 2));
      });
    });

    describe("shortest paths", () => {
      const SC = ID.supremeCourt;
      const PG = ID.prosecutorGeneral;
      const all = [
        [SC, ID.genProsecution, PG],
        [SC, ID.court, ID.prosecution, PG],
        [SC, ID.genProsecution, ID.regionalProsecution, ID.prosecution, PG],
        [SC, ID.court, ID.prosecution, ID.president, PG],
      ];
      const nodePaths = (ps: { nodes: GraphNode[] }[]) => ps.map((p) => ids(p.nodes));

      it("finds several shortest simple paths in both directions, shortest first", async () => {
        const ps = await store.shortestPaths(SC, PG);
        expect(nodePaths(ps)).toEqual(all);
        const first = ps[0];
        expect(first.edges.map((e) => e.type)).toEqual(["INTERACTS_WITH", "SUBORDINATE_TO"]);
        expect(first.edges[0].source).toBe(ID.genProsecution); // walked against its direction
        for (const p of ps) expect(p.edges).toHaveLength(p.nodes.length - 1);
      });

      it("honours maxLength, limit and edge types", async () => {
        expect(nodePaths(await store.shortestPaths(SC, PG, { maxLength: 2 }))).toEqual(all.slice(0, 1));
        expect(nodePaths(await store.shortestPaths(SC, PG, { maxLength: 1 }))).toEqual([]);
        expect(nodePaths(await store.shortestPaths(SC, PG, { limit: 2 }))).toEqual(all.slice(0, 2));
        expect(nodePaths(await store.shortestPaths(SC, PG, { edgeTypes: ["INTERACTS_WITH", "SUBORDINATE_TO"] }))).toEqual(all.slice(0, 1));
        expect(nodePaths(await store.shortestPaths(SC, PG, { edgeTypes: ["PART_OF", "INTERACTS_WITH", "SUBORDINATE_TO"] }))).toEqual(all.slice(0, 3));
      });

      it("finds nothing between unconnected nodes and a one-node path from a node to itself", async () => {
        expect(await store.shortestPaths(SC, ID.senate)).toEqual([]);
        expect(nodePaths(await store.shortestPaths(SC, SC))).toEqual([[SC]]);
      });
    });

    describe("search", () => {
      const hitIds = async (q: string, opts?: Parameters<GraphStore["search"]>[1]) => ids((await store.search(q, opts)).map((h) => h.node));

      it("understands Russian word forms: прокурор / прокурора / прокуроры", async () => {
        const forms = await Promise.all(["прокурор", "прокурора", "прокуроры"].map((q) => hitIds(q)));
        for (const f of forms) {
          expect(f[0]).toBe(ID.prosecutor);
          expect(f).toContain(ID.prosecutorGeneral);
          expect([...f].sort()).toEqual([...forms[0]].sort());
        }
      });

      it("understands Russian word forms: суд / суда / судом", async () => {
        const forms = await Promise.all(["суд", "суда", "судом"].map((q) => hitIds(q)));
        for (const f of forms) {
          expect(f[0]).toBe(ID.court);
          expect(f).toContain(ID.supremeCourt);
          expect([...f].sort()).toEqual([...forms[0]].sort());
        }
      });

      it("ranks exact and same-words label matches first", async () => {
        expect((await hitIds("прокуратура"))[0]).toBe(ID.prosecution);
        expect((await hitIds("Верховного Суда"))[0]).toBe(ID.supremeCourt);
        expect((await hitIds("закон о прокуратуре"))[0]).toBe(ID.law);
        expect((await hitIds("Генеральный Прокурор Республики"))[0]).toBe(ID.prosecutorGeneral);
      });

      it("tolerates typos and compact names", async () => {
        expect((await hitIds("генпрокуратура"))[0]).toBe(ID.genProsecution);
        expect((await hitIds("прокуратра")).slice(0, 3)).toContain(ID.prosecution);
        expect((await hitIds("Верховный Сууд")).slice(0, 3)).toContain(ID.supremeCourt);
      });

      it("searches provision text, filters by type and honours the limit", async () => {
        const provisions = await store.search("нижестоящих прокуроров", { types: ["Provision"] });
        expect(provisions.every((h) => h.node.type === "Provision")).toBe(true);
        expect(ids(provisions.map((h) => h.node))).toContain(`${ID.constitution}#sec_vii__art_83__point_2`);
        expect(await store.search("прокуратура", { limit: 2 })).toHaveLength(2);
        expect(await store.search("")).toEqual([]);
        expect(await store.search("  ,;  ")).toEqual([]);
        expect(await store.search("квазиэлектродинамика")).toEqual([]);
      });
    });

    describe("subgraph", () => {
      it("gives everything by default, ordered by id", async () => {
        const s = await store.subgraph({});
        expect(ids(s.nodes)).toEqual(ids([...g.nodes].sort(byId)));
        expect(ids(s.edges)).toEqual(ids([...g.edges].sort(byId)));
      });

      it("filters by node and edge types", async () => {
        const bodies = await store.subgraph({ nodeTypes: ["Body"] });
        expect(ids(bodies.nodes)).toEqual(ids(g.nodes.filter((n) => n.type === "Body").sort(byId)));
        const bodyIds = new Set(ids(bodies.nodes));
        expect(ids(bodies.edges)).toEqual(ids(g.edges.filter((e) => bodyIds.has(e.source) && bodyIds.has(e.target)).sort(byId)));
        const sub = await store.subgraph({ nodeTypes: ["Body"], edgeTypes: ["SUBORDINATE_TO"] });
        expect(sub.edges.map((e) => e.type)).toEqual(["SUBORDINATE_TO", "SUBORDINATE_TO", "SUBORDINATE_TO"]);
      });

      it("keeps what the given documents say", async () => {
        const s = await store.subgraph({ documents: ["order_250"] });
        expect(ids(s.nodes)).toEqual([ID.instruction, ID.order102, ID.order250].sort());
        // the instruction's PART_OF edge is quoted from order_102, so it is not what order_250 says
        expect(s.edges.map((e) => e.type).sort()).toEqual(["AMENDS", "REPEALS"]);
        const art = await store.subgraph({ documents: ["article_interaction"], nodeTypes: ["Body"] });
        expect(ids(art.nodes)).toContain(ID.supremeCourt);
        expect(ids(art.nodes)).not.toContain(ID.senate);
        expect(art.nodes.every((n) => n.type === "Body")).toBe(true);
      });

      it("hides repealed acts and their provisions", async () => {
        const s = await store.subgraph({ hideRepealed: true });
        const got = ids(s.nodes);
        expect(got).not.toContain(ID.order102);
        expect(got).not.toContain(`${ID.order102}#point_1`);
        expect(got).toContain(ID.instruction);
        expect(got).toHaveLength(g.nodes.length - 2);
        expect(s.edges.some((e) => e.source === ID.order102 || e.target === ID.order102)).toBe(false);
      });

      it("honours the node limit and keeps only edges between kept nodes", async () => {
        const s = await store.subgraph({ limit: 5 });
        expect(ids(s.nodes)).toEqual(ids([...g.nodes].sort(byId).slice(0, 5)));
        const kept = new Set(ids(s.nodes));
        expect(s.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
      });
    });

    describe("structure", () => {
      it("nests the provisions of the Constitution by PART_OF", async () => {
        const t = await store.structure(ID.constitution);
        const c = ID.constitution;
        expect(tree(t!)).toEqual([
          c,
          [[`${c}#sec_vii`, [`${c}#sec_vii__art_75`, `${c}#sec_vii__art_77`, `${c}#sec_vii__art_81`, [`${c}#sec_vii__art_83`, ["1", "2", "3", "4"].map((p) => `${c}#sec_vii__art_83__point_${p}`)]]]],
        ]);
      });

      it("orders children by number (1, 2, 10)", async () => {
        const t = await store.structure(ID.instruction);
        expect(tree(t!)).toEqual([ID.instruction, ["1", "2", "10"].map((p) => `${ID.instruction}#point_${p}`)]);
      });
    });

    describe("health", () => {
      it("reports a usable store", async () => {
        const h = await store.health();
        expect(h.ok).toBe(true);
        expect(h.store).toMatch(/embedded|neo4j/);
      });
    });
  });
}
