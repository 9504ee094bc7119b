// The API on the real seed corpus: beforeAll runs the ingest pipeline on corpus/ itself, loads the graph
// into a real store, and asks the questions the users ask, over HTTP. Run for the embedded store by
// seed.test.ts and for Neo4j by neo4j.test.ts.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import type { GraphStore } from "../graph/store.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { createApiServer, type ApiServer } from "./server.js";
import { gql, type OpenStore } from "./testing.js";

const CORPUS = fileURLToPath(new URL("../corpus", import.meta.url));
const ORDER_DOC = "004_3b6c793c5468ebf9";

/** Defines the suite for one store. */
export function seedSuite(storeName: string, open: OpenStore): void {
  describe(`GraphQL API on the seed corpus (${storeName} store)`, () => {
    let graph: GraphExport;
    let store: GraphStore;
    let server: ApiServer;
    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const r = await gql(server.url, query, variables);
      expect(r.errors, r.text.slice(0, 2000)).toBeUndefined();
      return r.data as Record<string, any>;
    };

    beforeAll(async () => {
      graph = ingestCorpus({ corpus: CORPUS }).graph;
      store = await open(graph);
      server = await createApiServer({ store, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    const INTERACTIONS = `{ interactions(a: "body:суд", b: "body:прокуратура") { form viaSubBody aSide { id } bSide { id }
      basis { id type label act { id } } evidence { doc quote } } }`;

    it("interactions between the court and the prosecution: forms with basis and quotes", async () => {
      const all = (await ok(INTERACTIONS)).interactions;
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const i of all) {
        expect(i.form).toBeTruthy();
        expect(i.evidence.length).toBeGreaterThan(0);
        for (const e of i.evidence) expect(e.quote.length).toBeGreaterThan(10);
      }
      expect(all.some((i: any) => i.basis.some((b: any) => b.act?.id === "act:конституция"))).toBe(true);
    });

    // Needs the ingest to link sub-bodies: Верховный Суд PART_OF суд (and the prosecutors into the
    // prosecution); the API follows PART_OF / SUBORDINATE_TO edges into a body.
    it("interactions between the court and the prosecution include their sub-bodies (Supreme Court ↔ General Prosecutor's Office)", async () => {
      const all = (await ok(INTERACTIONS)).interactions;
      const sub = all.filter((i: any) => i.viaSubBody);
      expect(sub.map((i: any) => [i.aSide.id, i.bSide.id])).toContainEqual(["body:верховный_суд", "body:генеральная_прокуратура"]);
      expect(all.length).toBeGreaterThanOrEqual(3);
    });

    it("principles of the court–prosecution interaction come first, each with the bodies it governs and quotes", async () => {
      const d = await ok(`{ both: principles(a: "body:суд", b: "body:прокуратура") { principle { id type } bodies { id type } interaction
          establishedBy { id type } evidence { doc quote } }
        one: principles(a: "body:прокуратура") { principle { id } interaction } }`);
      expect(d.both.length).toBeGreaterThan(1);
      expect(d.both[0].interaction).toBe(true);
      expect(d.both.map((u: any) => u.interaction)).toEqual([...d.both.map((u: any) => u.interaction)].sort((x, y) => Number(y) - Number(x)));
      for (const u of d.both) {
        expect(u.principle.type).toBe("Principle");
        expect(u.bodies.length).toBeGreaterThan(0);
        for (const b of u.bodies) expect(b.type).toBe("Body");
        for (const n of u.establishedBy) expect(["Act", "Provision"]).toContain(n.type);
        for (const e of u.evidence) expect(e.quote.length).toBeGreaterThan(10);
      }
      // «Служба в органах прокуратуры основана на принципах законности, независимости …»
      expect(d.one.map((u: any) => u.principle.id)).toEqual(expect.arrayContaining(["principle:законность", "principle:независимость"]));
      const bad = await gql(server.url, `{ principles(a: "act:конституция") { principle { id } } }`);
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("paths from the Supreme Court to the Prosecutor General exist, each step with evidence or marked derived", async () => {
      const d = await ok(`{ paths(from: "body:верховный_суд", to: "body:генеральный_прокурор") { length nodes { id } steps { edge { type props evidence { quote } } } } }`);
      expect(d.paths.length).toBeGreaterThan(0);
      for (const p of d.paths) {
        expect(p.nodes[0].id).toBe("body:верховный_суд");
        expect(p.nodes[p.nodes.length - 1].id).toBe("body:генеральный_прокурор");
        for (const s of p.steps) expect(s.edge.evidence.length > 0 || s.edge.props.derived === true).toBe(true);
      }
    });

    it("norms regulating the prosecution include article 83 of the Constitution, the Constitution first", async () => {
      const d = await ok(`{ norms(regulating: "body:прокуратура", first: 500) { relation rank node { id } act { id } } }`);
      const ids = d.norms.map((n: any) => n.node.id);
      expect(ids).toContain("act:конституция#art_83");
      expect(d.norms[0].act.id).toBe("act:конституция");
      const ranks = d.norms.map((n: any) => n.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(ids).toContain("act:law_о_прокуратуре");
    });

    it("citedBy counts citations of units inside an act; cites lists what a provision refers to", async () => {
      const d = await ok(`{ law: citedBy(id: "act:law_о_прокуратуре", first: 100) { totalCount edges { cited { id } citing { id } evidence { quote } } }
        chapter: citedBy(id: "act:law_о_прокуратуре#chp_5") { totalCount }
        constitution: citedBy(id: "act:конституция") { totalCount edges { node { id } } } }`);
      expect(d.law.totalCount).toBeGreaterThan(d.chapter.totalCount);
      expect(d.chapter.totalCount).toBeGreaterThan(0);
      expect(d.law.edges.map((e: any) => e.cited.id)).toContain("act:law_о_прокуратуре#chp_5");
      expect(d.law.edges.every((e: any) => e.evidence.length > 0)).toBe(true);
      expect(d.constitution.totalCount).toBeGreaterThan(0);
      const citing = d.constitution.edges[0].node.id;
      const back = await ok(`query($id: ID!) { cites(id: $id) { edges { node { id } } } }`, { id: citing });
      expect(back.cites.edges.map((e: any) => e.node.id)).toContain("act:конституция");
    });

    it("search finds the prosecution by a word form", async () => {
      const d = await ok(`{ search(query: "прокуратуры", types: [Body], first: 5) { id } }`);
      expect(d.search[0].id).toBe("body:прокуратура");
    });

    it("order № 102: repealed by order № 32, its text as Markdown with provision anchors", async () => {
      const d = await ok(`{ act(id: "act:order_102") { status repealedBy { id } documents { id } markdown structure { children { node { id anchor } } } } }`);
      expect(d.act.status).toBe("REPEALED");
      expect(d.act.repealedBy.map((n: any) => n.id)).toContain("act:order_32");
      expect(d.act.documents.map((x: any) => x.id)).toContain(ORDER_DOC);
      const anchors = d.act.structure.children.map((c: any) => c.node.anchor).filter(Boolean);
      expect(anchors.length).toBeGreaterThan(0);
      for (const a of anchors) expect(d.act.markdown).toContain(`<a id="${a}"></a>`);
      const doc = await ok(`{ document(id: "${ORDER_DOC}") { length markdown acts { id } anchors { id } } }`);
      expect(doc.document.acts.map((a: any) => a.id)).toContain("act:order_102");
      expect(doc.document.anchors.length).toBeGreaterThan(50);
    });

    it("views are filled from the real graph", async () => {
      const d = await ok(`{ cp: view(name: "court-prosecutor") { nodes { id } edges { type } }
        ps: view(name: "prosecution-system") { nodes { id } edges { type } }
        ah: view(name: "acts-hierarchy") { nodes { id } edges { type } }
        pr: view(name: "principles") { nodes { id } edges { type } } }`);
      expect(d.cp.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(["body:суд", "body:прокуратура", "body:верховный_суд", "body:генеральная_прокуратура"]));
      expect(d.cp.edges.some((e: any) => e.type === "INTERACTS_WITH")).toBe(true);
      expect(d.ps.edges.some((e: any) => e.type === "SUBORDINATE_TO")).toBe(true);
      expect(d.ah.edges.some((e: any) => e.type === "REPEALS")).toBe(true);
      expect(d.pr.edges.filter((e: any) => e.type === "ESTABLISHES").length).toBeGreaterThan(0);
      // the bodies the principles govern: «Служба в органах прокуратуры основана на принципах законности …»
      expect(d.pr.edges.filter((e: any) => e.type === "GOVERNS").length).toBeGreaterThan(0);
      expect(d.pr.nodes.map((n: any) => n.id)).toContain("body:прокуратура");
    });

    it("stats match the ingested graph", async () => {
      const d = await ok(`{ stats { nodeCount edgeCount documents } }`);
      expect(d.stats).toEqual({ nodeCount: graph.nodes.length, edgeCount: graph.edges.length, documents: graph.documents.length });
    });
  });
}
