import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../graph/schema.js";
import { basisIds, expandSubBodies, matchInteractions, type SubBodyEdges } from "./interactions.js";

const e = (type: GraphEdge["type"], source: string, target: string, props: Record<string, unknown> = {}): GraphEdge => ({
  id: `${type}:${source}->${target}`, type, source, target, props, evidence: [],
});

// court ← Supreme Court ← its chamber; prosecution ← GPO ← regional office (subordinate), plus noise.
const HIERARCHY = [
  e("PART_OF", "supreme", "court"),
  e("PART_OF", "chamber", "supreme"),
  e("PART_OF", "gpo", "pros"),
  e("SUBORDINATE_TO", "regional", "gpo"),
  e("SUBORDINATE_TO", "district", "regional"),
  e("ACCOUNTABLE_TO", "pros", "president"), // not a sub-body relation
  e("PART_OF", "court", "pros"), // wrong direction for the prosecution side of "court"
];
const inEdges: SubBodyEdges = async (id) => HIERARCHY.filter((x) => x.target === id || x.source === id);

describe("expandSubBodies", () => {
  const cases: [string, Record<string, number>][] = [
    ["court", { court: 0, supreme: 1, chamber: 2 }],
    ["pros", { pros: 0, gpo: 1, regional: 2, district: 3, court: 1, supreme: 2, chamber: 3 }],
    ["regional", { regional: 0, district: 1 }],
    ["president", { president: 0 }],
  ];
  for (const [root, expected] of cases)
    it(`${root} → ${Object.keys(expected).join(", ")}`, async () => {
      expect(Object.fromEntries(await expandSubBodies(root, inEdges))).toEqual(expected);
    });

  it("stops at the limit and survives cycles", async () => {
    const cyc: SubBodyEdges = async (id) => [e("PART_OF", id === "a" ? "b" : "a", id)];
    expect([...(await expandSubBodies("a", cyc)).keys()]).toEqual(["a", "b"]);
    expect((await expandSubBodies("pros", inEdges, 3)).size).toBe(3);
  });
});

describe("matchInteractions", () => {
  const A = new Map([["court", 0], ["supreme", 1]]);
  const B = new Map([["pros", 0], ["gpo", 1]]);
  const edges = [
    e("INTERACTS_WITH", "gpo", "supreme", { form: "ходатайство" }),
    e("INTERACTS_WITH", "pros", "court", { form: "участие прокурора" }),
    e("INTERACTS_WITH", "court", "pros", { form: "направление копий" }),
    e("INTERACTS_WITH", "court", "president", { form: "other side missing" }),
    e("REGULATES", "pros", "court"),
  ];
  it("keeps edges joining the two sides in either direction, direct first, once each", () => {
    const got = matchInteractions([...edges, edges[0]], A, B);
    expect(got.map((m) => [m.edge.id, m.aSide, m.bSide, m.fromA, m.viaSubBody])).toEqual([
      ["INTERACTS_WITH:court->pros", "court", "pros", true, false],
      ["INTERACTS_WITH:pros->court", "court", "pros", false, false],
      ["INTERACTS_WITH:gpo->supreme", "supreme", "gpo", false, true],
    ]);
  });
});

describe("basisIds", () => {
  const cases: [unknown, string[]][] = [
    [["a", "b", "a", ""], ["a", "b"]],
    ["a", ["a"]],
    [undefined, []],
    [[1, "x"], ["x"]],
  ];
  for (const [basis, expected] of cases)
    it(`${JSON.stringify(basis)} → ${JSON.stringify(expected)}`, () => expect(basisIds({ props: { basis } })).toEqual(expected));
});
