// Compact records give back exactly what was stored: same fields, same values, same field order.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../schema.js";
import { Records } from "./records.js";

const ev = { doc: "doc1", start: 3, end: 9, quote: "прокурор" };
/** a sentence quoted by several items (stored once) */
const sentence = { doc: "doc1", start: 0, end: 60, quote: "Прокуратура подотчетна Президенту Республики Казахстан. «1» \"2\" \\ 😀" };
const node = (extra: Partial<GraphNode> & Record<string, unknown> = {}): GraphNode =>
  ({ id: "body:прокуратура", type: "Body", label: "Генеральная прокуратура", aliases: ["ГП"], props: { bodyKind: "prosecution" }, evidence: [ev], ...extra }) as GraphNode;

const NODES: [string, GraphNode][] = [
  ["usual fields", node()],
  ["no evidence, derived", node({ evidence: [], props: { derived: true } })],
  ["an extra field", node({ note: "дополнительно" })],
  ["fields in another order", { evidence: [ev], props: {}, aliases: [], label: "Суд", type: "Body", id: "body:суд" } as GraphNode],
  ["an evidence quote with an extra field", node({ evidence: [ev, { ...ev, lang: "kk" } as never] })],
  ["aliases missing", node({ aliases: undefined as never })],
  ["nested props, numbers, odd characters", node({ props: { path: [{ unitKind: "point", number: "1-1" }], n: 1.5e-7, s: "a\u0000b\"\\\n😀" } })],
  ["a label longer than one arena chunk", node({ label: "ж".repeat(9_000_000) })],
  ["a long quote", node({ evidence: [sentence, ev] })],
  ["the same long quote again", node({ id: "body:президент", evidence: [ev, sentence] })],
  ["a long quote that is a number's text", node({ evidence: [{ ...sentence, quote: "1234567890123" }] })],
];

const EDGES: [string, GraphEdge][] = [
  ["usual fields", { id: "CITES:a->b", type: "CITES", source: "a", target: "b", props: {}, evidence: [ev] }],
  ["props and two quotes", { id: "CITES:a->b:x", type: "CITES", source: "a", target: "b", props: { derived: true }, evidence: [ev, ev] }],
  ["an extra field", { id: "CITES:b->a", type: "CITES", source: "b", target: "a", props: {}, evidence: [], weight: 2 } as GraphEdge],
  ["the long quote of two nodes", { id: "ACCOUNTABLE_TO:a->b", type: "ACCOUNTABLE_TO", source: "a", target: "b", props: {}, evidence: [sentence] }],
];

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe("Records", () => {
  const recs = new Records();
  const nodes = NODES.map(([, n]) => recs.node(n, n.type));
  const edges = EDGES.map(([, e]) => recs.edge(e, e.type));
  recs.seal();

  it.each(NODES.map(([name, n], i) => [name, n, i] as const))("node with %s comes back unchanged", (_name, n, i) => {
    const back = recs.toNode(n.id, nodes[i]);
    expect(back).toEqual(plain(n));
    expect(Object.keys(back).sort()).toEqual(Object.keys(plain(n)).sort());
    expect(JSON.stringify(back)).toBe(JSON.stringify({ id: n.id, type: n.type, ...plain({ ...n, id: undefined, type: undefined }) }));
  });

  it.each(EDGES.map(([name, e], i) => [name, e, i] as const))("edge with %s comes back unchanged", (_name, e, i) => {
    const back = recs.toEdge(e.id, edges[i], e.source, e.target);
    expect(back).toEqual(plain(e));
    expect(JSON.stringify(back)).toBe(JSON.stringify(plain(e)));
  });

  it("tells which items may cite a document, never missing one that does", () => {
    const ids = (doc: string) => NODES.filter((_, i) => recs.mayCite(nodes[i], [Buffer.from(JSON.stringify(doc))])).map(([name]) => name);
    expect(ids("doc1")).toEqual(NODES.filter(([, n]) => n.evidence?.some((e) => e.doc === "doc1")).map(([name]) => name));
    expect(ids("doc2")).toEqual([]);
    expect(recs.mayCite(edges[0], [Buffer.from('"doc2"'), Buffer.from('"doc1"')])).toBe(true);
  });

  it("stores a long quote once for all the items quoting it", () => {
    const size = (quotes: string[]) => {
      const r = new Records();
      quotes.forEach((quote, i) => r.node(node({ id: `body:b${i}`, evidence: [{ ...ev, quote }] }), "Body"));
      return r.bytes();
    };
    const long = "Прокуратура подотчетна Президенту Республики Казахстан.";
    const same = size(Array(100).fill(long));
    const different = size(Array.from({ length: 100 }, (_, i) => `${long} ${i}`));
    expect(same).toBeLessThan(different / 2);
  });

  it("gives objects a reader cannot change, decoded once while they are read", () => {
    const id = NODES[0][1].id;
    const a = recs.toNode(id, nodes[0]);
    expect(() => { a.props.bodyKind = "court"; }).toThrow(TypeError);
    expect(() => { a.evidence[0].quote = "changed"; }).toThrow(TypeError);
    expect(() => a.aliases.push("другое")).toThrow(TypeError);
    expect(recs.toNode(id, nodes[0])).toEqual(plain(NODES[0][1]));
    expect(recs.toNode(id, nodes[0])).toBe(a);
    const e = recs.toEdge(EDGES[0][1].id, edges[0], EDGES[0][1].source, EDGES[0][1].target);
    expect(() => { e.props.form = "другое"; }).toThrow(TypeError);
  });
});
