// Every root field over real HTTP against a real store, on the hand-made fixture graph of
// api/fixtures/graph.ts. Run for the embedded store by api.test.ts and for Neo4j by neo4j.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../graph/store.js";
import * as F from "./fixtures/graph.js";
import { createApiServer, type ApiServer, type ApiServerOptions } from "./server.js";
import { gql, type OpenStore } from "./testing.js";

/** A variant of the server for the same suite, e.g. every query compiled by graphql-jit. */
export interface SuiteVariant {
  name: string;
  options: Omit<ApiServerOptions, "store">;
}

/** Defines the suite for one store: `storeName` is what health() reports for it. */
export function fixtureSuite(storeName: string, open: OpenStore, variant?: SuiteVariant): void {
  describe(`GraphQL API over HTTP (${storeName} store, fixture graph${variant ? `, ${variant.name}` : ""})`, () => {
    let store: GraphStore;
    let server: ApiServer;
    const q = (query: string, variables?: Record<string, unknown>) => gql(server.url, query, variables);
    /** The data of an operation that must succeed. */
    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const r = await q(query, variables);
      expect(r.errors, r.text).toBeUndefined();
      expect(r.status).toBe(200);
      return r.data as Record<string, any>;
    };
    /** The one error of an operation that must fail. */
    const fails = async (query: string, variables?: Record<string, unknown>) => {
      const r = await q(query, variables);
      expect(r.errors?.length, r.text).toBeGreaterThan(0);
      expect(r.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
      return r.errors![0];
    };

    beforeAll(async () => {
      store = await open(F.fixtureGraph());
      server = await createApiServer({ ...variant?.options, store, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    it("search: ranked, Russian word forms, filtered by type", async () => {
      const d = await ok(`query($q: String!) { bodies: search(query: $q, types: [Body]) { id type label }
        acts: search(query: "Конституцией", types: [Act], first: 3) { id } }`, { q: "прокуратурой" });
      expect(d.bodies.every((n: any) => n.type === "Body")).toBe(true);
      expect(d.bodies[0].id).toBe(F.PROS);
      expect(d.bodies.map((n: any) => n.id)).toContain(F.GPO);
      expect(d.acts[0].id).toBe(F.CONST);
      expect(d.acts.length).toBeLessThanOrEqual(3);
    });

    it("search: an empty query or a bad `first` is refused with a message a person understands", async () => {
      const e = await fails(`{ search(query: "   ") { id } }`);
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toMatch(/"query" must not be empty/);
      for (const first of [0, -1, 501]) {
        const e2 = await fails(`query($f: Int) { search(query: "суд", first: $f) { id } }`, { f: first });
        expect(e2.extensions?.code).toBe("BAD_USER_INPUT");
        expect(e2.message).toBe(`Argument "first" must be a whole number from 1 to 500; got ${first}.`);
      }
    });

    it("node: fields, provision text, act, evidence with document, context and anchor, paginated edges", async () => {
      const d = await ok(`query($id: ID!) { node(id: $id) { id type label text props anchor act { id label }
          evidence { doc start end quote anchor context(chars: 20) document { id title } }
          edges(types: [CITES, PART_OF], direction: IN, first: 1) { totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { type source { id } } other { id } } } } missing: node(id: "body:нет_такого") { id } }`, { id: F.ART83 });
      const n = d.node;
      expect(n).toMatchObject({ id: F.ART83, type: "Provision", act: { id: F.CONST }, anchor: "p-act-конституция--art_83" });
      expect(n.text).toContain("Компетенция, организация и порядок деятельности прокуратуры");
      expect(n.props.unitKind).toBe("article");
      expect(n.evidence.map((e: any) => e.doc).sort()).toEqual(["article", "constitution"]);
      const inArticle = n.evidence.find((e: any) => e.doc === "article");
      expect(inArticle.quote).toBe("статье 83 Конституции");
      expect(inArticle.anchor).toBe(`q-${inArticle.start}-${inArticle.end}`);
      expect(inArticle.context).toMatch(/^….{10,}статье 83 Конституции.{10,}…$/);
      expect(inArticle.document.title).toBe("Взаимодействие суда и прокуратуры");
      // In: CITES from art. 4 of the law, PART_OF from parts 1–3: four, one per page.
      expect(n.edges.totalCount).toBe(4);
      expect(n.edges.pageInfo.hasNextPage).toBe(true);
      expect(n.edges.edges).toHaveLength(1);
      expect(n.edges.edges[0].node.type).toBe("CITES");
      expect(n.edges.edges[0].other.id).toBe(F.LAW4_1);
      const next = await ok(`query($id: ID!, $after: String) { node(id: $id) { edges(types: [CITES, PART_OF], direction: IN, first: 10, after: $after) {
          pageInfo { hasNextPage } edges { node { source { id } } } } } }`, { id: F.ART83, after: n.edges.pageInfo.endCursor });
      expect(next.node.edges.pageInfo.hasNextPage).toBe(false);
      expect(next.node.edges.edges.map((e: any) => e.node.source.id).sort()).toEqual([F.ART83_1, F.ART83_2, F.ART83_3].sort());
      expect(d.missing).toBeNull();
    });

    it("neighborhood: the nodes around a body, filtered, limited, and unknown ids", async () => {
      const d = await ok(`query($id: ID!) { one: neighborhood(id: $id) { truncated nodes { id } edges { id type source { id } target { id } } }
        two: neighborhood(id: $id, depth: 2, edgeTypes: [PART_OF, SUBORDINATE_TO]) { nodes { id } edges { type } }
        bodies: neighborhood(id: $id, nodeTypes: [Body]) { nodes { id type } }
        small: neighborhood(id: $id, limit: 2) { truncated nodes { id } } }`, { id: F.PROS });
      const ids = d.one.nodes.map((n: any) => n.id);
      expect(ids).toEqual(expect.arrayContaining([F.PROS, F.COURT, F.GPO, F.PRESIDENT, F.SUPERVISION, F.ART83, F.LAW]));
      expect(ids).not.toContain(F.REGIONAL);
      for (const e of d.one.edges) expect(ids).toEqual(expect.arrayContaining([e.source.id, e.target.id]));
      expect(d.one.edges.filter((e: any) => e.type === "INTERACTS_WITH")).toHaveLength(2);
      expect(d.one.truncated).toBe(false);
      expect(d.two.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([F.GPO, F.REGIONAL]));
      expect(new Set(d.two.edges.map((e: any) => e.type))).toEqual(new Set(["PART_OF", "SUBORDINATE_TO"]));
      expect(d.bodies.nodes.every((n: any) => n.type === "Body")).toBe(true);
      expect(d.small).toEqual({ truncated: true, nodes: expect.any(Array) });
      expect(d.small.nodes).toHaveLength(2);
      const e = await fails(`{ neighborhood(id: "body:нет_такого") { nodes { id } } }`);
      expect(e.extensions?.code).toBe("NOT_FOUND");
      expect(e.message).toBe('There is no node with id "body:нет_такого".');
      expect((await fails(`{ neighborhood(id: "body:суд", depth: 9) { nodes { id } } }`)).message).toMatch(/"depth" must be a whole number from 1 to 4/);
    });

    it("paths: the Supreme Court reaches the Prosecutor General, each step with its evidence", async () => {
      const d = await ok(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, limit: 5) { length
          nodes { id } edges { id } steps { forward from { id } to { id } edge { type evidence { quote } } } } }`, { from: F.SUPREME, to: F.PG });
      expect(d.paths.length).toBeGreaterThan(0);
      for (const p of d.paths) {
        expect(p.nodes[0].id).toBe(F.SUPREME);
        expect(p.nodes[p.nodes.length - 1].id).toBe(F.PG);
        expect(p.length).toBe(p.edges.length);
        expect(p.length).toBeLessThanOrEqual(4);
        p.steps.forEach((s: any, i: number) => {
          expect(s.from.id).toBe(p.nodes[i].id);
          expect(s.to.id).toBe(p.nodes[i + 1].id);
        });
      }
      const shortest = d.paths[0];
      expect(shortest.steps.map((s: any) => s.edge.type)).toEqual(["INTERACTS_WITH", "SUBORDINATE_TO", "SUBORDINATE_TO"]);
      expect(shortest.steps.map((s: any) => s.forward)).toEqual([false, false, true]);
      expect(shortest.steps.every((s: any) => s.edge.evidence.length > 0)).toBe(true);
      expect((await fails(`{ paths(from: "body:суд", to: "body:нет") { length } }`)).extensions?.code).toBe("NOT_FOUND");
      expect((await fails(`{ paths(from: "body:суд", to: "body:суд") { length } }`)).message).toMatch(/same node/);
      expect((await fails(`{ paths(from: "body:суд", to: "body:сенат", maxLength: 20) { length } }`)).message).toMatch(/"maxLength" must be a whole number from 1 to 8/);
    });

    it("interactions: court ↔ prosecution in both directions, with sub-bodies, basis texts and quotes", async () => {
      const d = await ok(`query($a: ID!, $b: ID!) { all: interactions(a: $a, b: $b) { form fromA viaSubBody aSide { id } bSide { id }
          edge { id type } basis { id type text act { id } } evidence { doc quote } }
        direct: interactions(a: $a, b: $b, includeSubBodies: false) { form } }`, { a: F.COURT, b: F.PROS });
      const forms = d.all.map((i: any) => i.form);
      expect(forms).toEqual(expect.arrayContaining([
        "участие прокурора в рассмотрении дел судами",
        "направление прокурору копий судебных актов",
        "ходатайство о пересмотре судебных актов",
        "принесение протеста на судебные акты",
      ]));
      expect(forms).toHaveLength(4);
      const petition = d.all.find((i: any) => i.form === "ходатайство о пересмотре судебных актов");
      expect(petition).toMatchObject({ viaSubBody: true, fromA: false, aSide: { id: F.SUPREME }, bSide: { id: F.GPO } });
      expect(petition.basis).toEqual([{ id: F.INS_P2, type: "Provision", text: expect.stringContaining("вносит в Верховный Суд ходатайство"), act: { id: F.INSTR } }]);
      expect(petition.evidence.map((e: any) => e.doc).sort()).toEqual(["article", "order102"]);
      const participation = d.all.find((i: any) => i.form === "участие прокурора в рассмотрении дел судами");
      expect(participation).toMatchObject({ viaSubBody: false, fromA: false });
      expect(participation.basis.map((b: any) => b.id)).toEqual([F.LAW4_2, F.ART83_1]);
      expect(participation.basis[1].text).toMatch(/^Прокуратура от имени государства/);
      expect(d.all.find((i: any) => i.form === "направление прокурору копий судебных актов").fromA).toBe(true);
      expect(d.all.slice(0, 2).every((i: any) => !i.viaSubBody)).toBe(true);
      expect(d.direct.map((i: any) => i.form).sort()).toEqual(["направление прокурору копий судебных актов", "участие прокурора в рассмотрении дел судами"]);
      const e = await fails(`query($a: ID!) { interactions(a: $a, b: "body:суд") { form } }`, { a: F.ART83 });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toMatch(/"a" must be a body .* is a Provision/);
    });

    it("norms: what regulates the prosecution, in the hierarchy of acts, with powers", async () => {
      const d = await ok(`query($id: ID!) { norms(regulating: $id) { relation rank node { id } act { id } via { id } evidence { quote } } }`, { id: F.PROS });
      const rows = d.norms.map((n: any) => [n.node.id, n.relation, n.via?.id ?? null]);
      expect(rows[0]).toEqual([F.ART83, "REGULATES", null]);
      expect(rows).toEqual(expect.arrayContaining([
        [F.ART83_1, "HAS_POWER", F.SUPERVISION],
        [F.ART83_1, "REGULATES", F.SUPERVISION],
        [F.LAW, "REGULATES", null],
        [F.INSTR, "REGULATES", F.SUPERVISION],
      ]));
      const ranks = d.norms.map((n: any) => n.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(d.norms.map((n: any) => n.act.id).filter((v: string, i: number, a: string[]) => a.indexOf(v) === i)).toEqual([F.CONST, F.LAW, F.INSTR]);
      expect(d.norms.every((n: any) => n.evidence.length > 0)).toBe(true);
      const p = await ok(`{ norms(regulating: "${F.JUDGES_INDEP}") { relation node { id } act { id } } }`);
      expect(p.norms).toEqual([{ relation: "ESTABLISHES", node: { id: F.ART79_1 }, act: { id: F.CONST } }]);
      expect((await fails(`{ norms(regulating: "x:none") { rank } }`)).extensions?.code).toBe("NOT_FOUND");
    });

    it("citedBy and cites: units inside an act count, relay pagination", async () => {
      const page1 = await ok(`query($id: ID!) { citedBy(id: $id, first: 1) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id } cited { id } citing { id } edge { type } evidence { quote } } } }`, { id: F.CONST });
      expect(page1.citedBy.totalCount).toBe(2);
      expect(page1.citedBy.pageInfo.hasNextPage).toBe(true);
      const page2 = await ok(`query($id: ID!, $after: String) { citedBy(id: $id, first: 1, after: $after) { pageInfo { hasNextPage } edges { node { id } cited { id } } } }`,
        { id: F.CONST, after: page1.citedBy.pageInfo.endCursor });
      expect(page2.citedBy.pageInfo.hasNextPage).toBe(false);
      const all = [...page1.citedBy.edges, ...page2.citedBy.edges].map((e: any) => [e.node.id, e.cited.id]);
      expect(all).toEqual([[F.LAW4_1, F.ART83], [F.INS_P1, F.ART83_1]]);
      expect(page1.citedBy.edges[0].evidence[0].quote).toBe("статьей 83 Конституции Республики Казахстан");
      const counts = await ok(`{ art83: citedBy(id: "${F.ART83}") { totalCount } part1: citedBy(id: "${F.ART83_1}") { totalCount edges { node { id } } }
        part2: citedBy(id: "${F.ART83_2}") { totalCount } art75: citedBy(id: "${F.ART75}") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }
        order: cites(id: "${F.ORDER102}") { totalCount edges { node { id } citing { id } } }
        instr: cites(id: "${F.INSTR}") { edges { node { id } citing { id } } } }`);
      expect(counts.art83.totalCount).toBe(2);
      expect(counts.part1).toEqual({ totalCount: 1, edges: [{ node: { id: F.INS_P1 } }] });
      expect(counts.part2.totalCount).toBe(0);
      expect(counts.art75).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      expect(counts.order).toEqual({ totalCount: 1, edges: [{ node: { id: F.ORDER60 }, citing: { id: F.ORD_P1 } }] });
      expect(counts.instr.edges).toEqual([{ node: { id: F.ART83_1 }, citing: { id: F.INS_P1 } }]);
      expect((await fails(`{ citedBy(id: "${F.CONST}", after: "bm9wZQ") { totalCount } }`)).message).toMatch(/"after" names an item that is not in this list/);
      expect((await fails(`{ citedBy(id: "${F.CONST}", first: 1000) { totalCount } }`)).extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("long lists page with first/after: norms (cursor), search and documents (the last id)", async () => {
      const all = await ok(`query($id: ID!) { norms(regulating: $id) { relation node { id } via { id } cursor } }`, { id: F.PROS });
      expect(all.norms.length).toBeGreaterThan(3);
      expect(new Set(all.norms.map((n: any) => n.cursor)).size).toBe(all.norms.length);
      const p1 = await ok(`query($id: ID!) { norms(regulating: $id, first: 2) { node { id } cursor } }`, { id: F.PROS });
      const p2 = await ok(`query($id: ID!, $after: String) { norms(regulating: $id, first: 2, after: $after) { node { id } cursor } }`,
        { id: F.PROS, after: p1.norms[1].cursor });
      expect([...p1.norms, ...p2.norms].map((n: any) => n.cursor)).toEqual(all.norms.slice(0, 4).map((n: any) => n.cursor));
      const badCursor = await fails(`query($id: ID!) { norms(regulating: $id, after: "nonsense!") { rank } }`, { id: F.PROS });
      expect(badCursor.extensions?.code).toBe("BAD_USER_INPUT");

      const hits = await ok(`{ search(query: "прокуратура", first: 4) { id } }`);
      expect(hits.search.length).toBeGreaterThan(2);
      const next = await ok(`query($after: ID) { search(query: "прокуратура", first: 2, after: $after) { id } }`, { after: hits.search[0].id });
      expect(next.search.map((n: any) => n.id)).toEqual(hits.search.slice(1, 3).map((n: any) => n.id));
      expect((await fails(`{ search(query: "прокуратура", after: "body:нет_такого") { id } }`)).message).toMatch(/"after" must be the id of an item of the results/);

      const docs = await ok(`{ documents { id } }`);
      const rest = await ok(`query($after: ID) { documents(first: 2, after: $after) { id } }`, { after: docs.documents[0].id });
      expect(rest.documents.map((d: any) => d.id)).toEqual(docs.documents.slice(1, 3).map((d: any) => d.id));
      expect(docs.documents.map((d: any) => d.id)).toEqual([...docs.documents.map((d: any) => d.id)].sort());
    });

    it("document and documents: metadata, acts, structure, Markdown with anchors", async () => {
      const d = await ok(`{ documents { id title kind lang length }
        constitution: document(id: "constitution") { id title length text markdown acts { id } anchors { id nodeId start kind }
          structure { node { id } children { node { id } children { node { id } } } } }
        article: document(id: "article") { markdown acts { id } }
        missing: document(id: "nope") { id } }`);
      expect(d.documents.map((x: any) => x.id).sort()).toEqual(["article", "constitution", "law", "order102"]);
      const c = d.constitution;
      expect(c.length).toBe(c.text.length);
      expect(c.acts).toEqual([{ id: F.CONST }]);
      expect(c.structure[0].node.id).toBe(F.CONST);
      expect(c.structure[0].children.map((x: any) => x.node.id)).toEqual([F.ART75, F.ART79, F.ART83]);
      expect(c.structure[0].children[2].children.map((x: any) => x.node.id)).toEqual([F.ART83_1, F.ART83_2, F.ART83_3]);
      expect(c.markdown).toContain('#### <a id="p-act-конституция--art_83"></a>');
      expect(c.markdown).toContain('<a id="p-act-конституция--art_83__part_1"></a>');
      const prov = c.anchors.find((a: any) => a.id === "p-act-конституция--art_83");
      expect(prov).toMatchObject({ nodeId: F.ART83, kind: "provision", start: c.text.indexOf("Статья 83") });
      for (const a of c.anchors) expect(c.markdown).toContain(`id="${a.id}"`);
      expect(d.article.acts).toEqual([]);
      const ev = await ok(`{ node(id: "${F.ART83}") { evidence { doc anchor } } }`);
      const anchor = ev.node.evidence.find((e: any) => e.doc === "article").anchor;
      expect(d.article.markdown).toContain(`<a id="${anchor}"></a>статье 83 Конституции`);
      expect(d.missing).toBeNull();
    });

    it("act: status and by what, amendments, hierarchy, structure and text", async () => {
      const d = await ok(`{ order: act(id: "${F.ORDER102}") { title actKind rank number date status repealedBy { id } amends { id }
          unitChanges { type source { id } target { id } evidence { quote } } issuer { id } subordinateTo { id } partOf { id } documents { id } markdown }
        instr: act(id: "${F.INSTR}") { status partOf { id } markdown unitChanges { id } structure { children { node { id } } } }
        con: act(id: "${F.CONST}") { status rank amendedBy { id } structure { node { id } children { node { id } } } }
        missing: act(id: "act:none") { id } }`);
      expect(d.order).toMatchObject({
        actKind: "order", rank: 7, number: "102", date: "2021-07-12", status: "REPEALED",
        repealedBy: [{ id: F.ORDER32 }], amends: [{ id: F.ORDER60 }], issuer: { id: F.PG }, subordinateTo: [{ id: F.LAW }], partOf: null,
        documents: [{ id: "order102" }],
        // point 1 of the order is the unit that amends order № 60
        unitChanges: [{ type: "AMENDS", source: { id: F.ORD_P1 }, target: { id: F.ORDER60 }, evidence: [{ quote: expect.stringContaining("№ 60 следующие изменения") }] }],
      });
      expect(d.instr.unitChanges).toEqual([]);
      expect(d.order.markdown).toContain("ПРИКАЗЫВАЮ:");
      expect(d.order.markdown).not.toContain("Настоящая Инструкция");
      expect(d.instr.partOf).toEqual({ id: F.ORDER102 });
      expect(d.instr.status).toBe("UNKNOWN");
      expect(d.instr.markdown).toContain("Настоящая Инструкция разработана");
      expect(d.instr.markdown).not.toContain("ПРИКАЗЫВАЮ");
      expect(d.instr.structure.children.map((x: any) => x.node.id)).toEqual([F.INS_P1, F.INS_P2, F.INS_P3]);
      expect(d.con).toMatchObject({ status: "IN_FORCE", rank: 0, amendedBy: [] });
      expect(d.con.structure.children).toHaveLength(3);
      expect(d.missing).toBeNull();
      const e = await fails(`{ act(id: "${F.ART83}") { id } }`);
      expect(e.message).toMatch(/is a Provision, not an act/);
    });

    it("views: the four presets with titles and layouts, each subgraph as described", async () => {
      const d = await ok(`{ views { name title { ru en } description { ru en } layout }
        cp: view(name: "court-prosecutor") { truncated nodes { id } edges { type source { id } target { id } } }
        ps: view(name: "prosecution-system") { nodes { id } edges { type } }
        ah: view(name: "acts-hierarchy") { nodes { id type } edges { type } }
        pr: view(name: "principles") { nodes { id type } edges { type } } }`);
      expect(d.views.map((v: any) => [v.name, v.layout])).toEqual([
        ["court-prosecutor", "fcose"], ["prosecution-system", "dagre"], ["acts-hierarchy", "dagre"], ["principles", "fcose"],
      ]);
      expect(d.views.every((v: any) => v.title.ru && v.title.en && v.description.ru && v.description.en)).toBe(true);
      const cp = d.cp.nodes.map((n: any) => n.id);
      expect(cp).toEqual(expect.arrayContaining([F.COURT, F.SUPREME, F.PROS, F.GPO, F.REGIONAL, F.PG, F.INS_P2, F.LAW4_2, F.ART83_1, F.CONST, F.INSTR]));
      expect(cp).not.toContain(F.PRESIDENT);
      expect(d.cp.edges.filter((e: any) => e.type === "INTERACTS_WITH")).toHaveLength(4);
      for (const e of d.cp.edges) expect(cp).toEqual(expect.arrayContaining([e.source.id, e.target.id]));
      expect(d.ps.nodes.map((n: any) => n.id).sort()).toEqual([F.PROS, F.GPO, F.REGIONAL, F.PG, F.PRESIDENT].sort());
      expect(new Set(d.ps.edges.map((e: any) => e.type))).toEqual(new Set(["PART_OF", "SUBORDINATE_TO", "ACCOUNTABLE_TO", "APPOINTS"]));
      expect(d.ah.nodes.every((n: any) => n.type === "Act")).toBe(true);
      expect(d.ah.nodes).toHaveLength(6);
      expect(new Set(d.ah.edges.map((e: any) => e.type))).toEqual(new Set(["PART_OF", "SUBORDINATE_TO", "AMENDS", "REPEALS"]));
      expect(d.pr.nodes.filter((n: any) => n.type === "Principle")).toHaveLength(4);
      // the four norms that lay the principles down, and the two principles the prosecution's activity rests on
      expect(d.pr.edges.filter((e: any) => e.type === "ESTABLISHES")).toHaveLength(4);
      expect(d.pr.edges.filter((e: any) => e.type === "GOVERNS")).toHaveLength(2);
      expect(d.pr.nodes.map((n: any) => n.id)).toContain(F.PROS);
      const e = await fails(`{ view(name: "everything") { nodes { id } } }`);
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toBe('There is no view named "everything"; the views are: court-prosecutor, prosecution-system, acts-hierarchy, principles.');
    });

    it("stats and health", async () => {
      const d = await ok(`{ stats { nodes { type count } edges { type count } nodeCount edgeCount documents builtAt } health { ok store } }`);
      const graph = F.fixtureGraph();
      expect(d.stats.nodeCount).toBe(graph.nodes.length);
      expect(d.stats.edgeCount).toBe(graph.edges.length);
      expect(d.stats.documents).toBe(4);
      expect(d.stats.nodes).toContainEqual({ type: "Act", count: 6 });
      expect(d.stats.edges).toContainEqual({ type: "INTERACTS_WITH", count: 4 });
      expect(d.stats.builtAt).toBe("2024-01-01T00:00:00.000Z");
      expect(d.health).toEqual({ ok: true, store: storeName });
    });

    it("edge: one edge by id with its ends and props", async () => {
      const id = F.fixtureGraph().edges.find((e) => e.type === "APPOINTS")!.id;
      const d = await ok(`query($id: ID!) { edge(id: $id) { type props source { label } target { label } evidence { quote } } none: edge(id: "x") { id } }`, { id });
      expect(d.edge).toMatchObject({ type: "APPOINTS", props: { consentOf: F.SENATE }, source: { label: "Президент Республики Казахстан" }, target: { label: "Генеральный Прокурор" } });
      expect(d.edge.evidence[0].quote).toMatch(/с согласия Сената/);
      expect(d.none).toBeNull();
    });
  });
}
