import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState, toggleExpanded, type ViewState } from "./viewState";

const cases: { name: string; query: string; expected: Partial<ViewState> }[] = [
  { name: "empty query gives the defaults", query: "", expected: DEFAULT_VIEW },
  {
    name: "focus, depth, expansions and layout",
    query: "focus=body%3Aпрокуратура&depth=2&x=a&x=b&layout=dagre",
    expected: { focus: "body:прокуратура", depth: 2, expanded: ["a", "b"], layout: "dagre" },
  },
  {
    name: "type filters keep only known types",
    query: "nt=Body,Nonsense,Act&et=REGULATES,bogus",
    expected: { nodeTypes: ["Body", "Act"], edgeTypes: ["REGULATES"] },
  },
  { name: "an empty type list hides every type", query: "nt=", expected: { nodeTypes: [] } },
  { name: "depth is clamped", query: "depth=99", expected: { depth: 3 } },
  { name: "a bad depth falls back", query: "depth=abc", expected: { depth: 1 } },
  { name: "an unknown layout is dropped", query: "layout=spiral", expected: { layout: undefined } },
  {
    name: "documents, validity, table, presentation",
    query: "doc=d1&doc=d2&valid=1&table=1&present=1&webgl=1&sel=e%3A1",
    expected: { docs: ["d1", "d2"], hideRepealed: true, table: true, present: true, webgl: true, sel: "e:1" },
  },
];

describe("view state in the URL", () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = parseViewState(new URLSearchParams(c.query));
      expect(s).toMatchObject(c.expected);
    });
  }

  it("round-trips through serialize and parse", () => {
    const s: ViewState = {
      ...DEFAULT_VIEW,
      focus: "act:конституция#art_83",
      view: "principles",
      depth: 2,
      expanded: ["body:суд", "body:прокуратура"],
      nodeTypes: ["Body", "Power"],
      edgeTypes: ["HAS_POWER"],
      docs: ["004_3b6c793c5468ebf9"],
      hideRepealed: true,
      layout: "concentric",
      sel: "HAS_POWER:body:суд->power:x",
      table: true,
    };
    expect(parseViewState(serializeViewState(s))).toEqual(s);
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeViewState(DEFAULT_VIEW).toString()).toBe("");
  });

  it("toggles expansion", () => {
    const once = toggleExpanded(DEFAULT_VIEW, "n1");
    expect(once.expanded).toEqual(["n1"]);
    expect(toggleExpanded(once, "n1").expanded).toEqual([]);
  });
});
