import { describe, expect, it } from "vitest";
import { canvasLabel, filterGraph, labelFromId, mergeGraphs, toElements, type DrawEdge, type DrawNode, type GraphFilter } from "./elements";

const n = (id: string, type: string, props: Record<string, unknown> = {}, docs = ["d1"]): DrawNode => ({
  id, type, label: id, props, evidence: docs.map((doc) => ({ doc })),
});
const e = (id: string, type: string, s: string, t: string, docs = ["d1"], props: Record<string, unknown> = {}): DrawEdge => ({
  id, type, source: { id: s }, target: { id: t }, props, evidence: docs.map((doc) => ({ doc })),
});

const nodes = [
  n("court", "Body", { bodyKind: "court" }),
  n("pros", "Body", { bodyKind: "prosecution" }, ["d2"]),
  n("old", "Act", { status: "repealed" }),
  n("old#art_1", "Provision", { actId: "old" }),
  n("power", "Power"),
];
const edges = [
  e("i", "INTERACTS_WITH", "court", "pros", ["d2"]),
  e("r", "REGULATES", "old#art_1", "court"),
  e("p", "PART_OF", "old#art_1", "old", [], { derived: true }),
  e("h", "HAS_POWER", "pros", "power"),
];

const cases: { name: string; filter: GraphFilter; nodes: string[]; edges: string[] }[] = [
  { name: "no filter keeps everything", filter: { docs: [], hideRepealed: false }, nodes: ["court", "pros", "old", "old#art_1", "power"], edges: ["i", "r", "p", "h"] },
  { name: "node types drop nodes and their edges", filter: { docs: [], hideRepealed: false, nodeTypes: ["Body"] }, nodes: ["court", "pros"], edges: ["i"] },
  { name: "edge types", filter: { docs: [], hideRepealed: false, edgeTypes: ["REGULATES"] }, nodes: ["court", "pros", "old", "old#art_1", "power"], edges: ["r"] },
  { name: "repealed acts and their provisions hidden", filter: { docs: [], hideRepealed: true }, nodes: ["court", "pros", "power"], edges: ["i", "h"] },
  { name: "document filter keeps derived edges", filter: { docs: ["d1"], hideRepealed: false }, nodes: ["court", "old", "old#art_1", "power"], edges: ["r", "p"] },
  { name: "the focus is always kept", filter: { docs: [], hideRepealed: false, nodeTypes: [], keep: "pros" }, nodes: ["pros"], edges: [] },
];

describe("filterGraph", () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = filterGraph(nodes, edges, c.filter);
      expect(got.nodes.map((x) => x.id)).toEqual(c.nodes);
      expect(got.edges.map((x) => x.id)).toEqual(c.edges);
    });
  }
});

describe("mergeGraphs and toElements", () => {
  it("merges without duplicates", () => {
    const m = mergeGraphs([{ nodes: nodes.slice(0, 2), edges: edges.slice(0, 1) }, { nodes: nodes.slice(1, 3), edges: edges.slice(0, 2) }]);
    expect(m.nodes.map((x) => x.id)).toEqual(["court", "pros", "old"]);
    expect(m.edges.map((x) => x.id)).toEqual(["i", "r"]);
  });
  it("labels edges with their type name and form", () => {
    const els = toElements([nodes[0], nodes[1]], [e("i", "INTERACTS_WITH", "court", "pros", [], { form: "участие прокурора" })], (t) => t.toLowerCase());
    expect(els).toHaveLength(3);
    expect(els[2].data).toMatchObject({ source: "court", target: "pros", label: "interacts_with: участие прокурора" });
  });
});

describe("labels", () => {
  const cases: { node: { type: string; label: string; props: Record<string, unknown> }; short: string }[] = [
    { node: { type: "Provision", label: "Конституция Республики Казахстан, статья 83, пункт 1", props: {} }, short: "Конституция, ст. 83, п. 1" },
    { node: { type: "Provision", label: "Инструкция по организации надзора за законностью, подпункт 3", props: {} }, short: "Инструкция по организац…, пп. 3" },
    { node: { type: "Act", label: "Гражданский процессуальный кодекс Республики Казахстан", props: { shortTitle: "ГПК" } }, short: "ГПК" },
    { node: { type: "Body", label: "Генеральная прокуратура", props: {} }, short: "Генеральная прокуратура" },
  ];
  for (const c of cases) it(`canvas label of «${c.node.label}»`, () => expect(canvasLabel(c.node)).toBe(c.short));
  it("reads a name from an id", () => {
    expect(labelFromId("body:верховный_суд")).toBe("верховный суд");
    expect(labelFromId("act:конституция#art_83__point_1")).toBe("конституция, art 83, point 1");
  });
});
