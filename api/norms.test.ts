import { describe, expect, it } from "vitest";
import type { EdgeType, GraphNode } from "../graph/schema.js";
import { actRank, compareNumbers, orderNorms, type NormItem } from "./norms.js";

const act = (id: string, actKind: string, date?: string): GraphNode => ({ id, type: "Act", label: id, aliases: [], props: { actKind, ...(date ? { date } : {}) }, evidence: [] });
const prov = (a: GraphNode, ...path: [string, string][]): GraphNode => ({
  id: `${a.id}#${path.map((p) => p.join("_")).join("__")}`, type: "Provision", label: "", aliases: [],
  props: { actId: a.id, path: path.map(([unitKind, number]) => ({ unitKind, number })) }, evidence: [],
});
const norm = (node: GraphNode, a: GraphNode, relation: EdgeType = "REGULATES", start = 0): NormItem => ({
  node, act: a, relation, via: null, evidence: [{ doc: "d", start, end: start + 1, quote: "x" }], rank: actRank(a),
});

const constitution = act("constitution", "constitution");
const law = act("law", "law");
const code = act("code", "code");
const order2021 = act("order2021", "order", "2021-07-12");
const order2018 = act("order2018", "order", "2018-05-02");
const conLaw = act("conlaw", "constitutional_law");

describe("orderNorms", () => {
  it("orders by the hierarchy of acts, then date, then act before units, units in document order", () => {
    const items = [
      norm(order2021, order2021),
      norm(prov(constitution, ["article", "83"], ["part", "2"]), constitution),
      norm(law, law),
      norm(prov(constitution, ["article", "83"]), constitution),
      norm(prov(constitution, ["article", "10"]), constitution),
      norm(prov(constitution, ["article", "9"]), constitution),
      norm(order2018, order2018),
      norm(code, code),
      norm(conLaw, conLaw),
      norm(constitution, constitution, "ESTABLISHES"),
    ];
    expect(orderNorms(items).map((n) => n.node.id)).toEqual([
      "constitution",
      "constitution#article_9",
      "constitution#article_10",
      "constitution#article_83",
      "constitution#article_83__part_2",
      "conlaw",
      "code",
      "law",
      "order2018",
      "order2021",
    ]);
  });

  it("merges the same norm and relation, joining evidence without repeats", () => {
    const got = orderNorms([norm(law, law, "REGULATES", 1), norm(law, law, "REGULATES", 5), norm(law, law, "REGULATES", 1), norm(law, law, "ESTABLISHES", 9)]);
    expect(got.map((n) => [n.relation, n.evidence.map((e) => e.start)])).toEqual([["ESTABLISHES", [9]], ["REGULATES", [1, 5]]]);
  });
});

describe("compareNumbers", () => {
  const cases: [string, string, number][] = [["2", "10", -1], ["10", "2", 1], ["5", "5-1", -1], ["1", "a", -1], ["3", "3", 0]];
  for (const [a, b, sign] of cases) it(`${a} vs ${b}`, () => expect(Math.sign(compareNumbers(a, b))).toBe(sign));
});

describe("actRank", () => {
  const cases: [string, number][] = [["constitution", 0], ["constitutional_law", 1], ["code", 3], ["order", 7], ["nonsense", 11]];
  for (const [kind, rank] of cases) it(`${kind} → ${rank}`, () => expect(actRank(act("x", kind))).toBe(rank));
});
