import { describe, expect, it } from "vitest";
import type { GraphNode } from "../graph/schema.js";
import { mergeFragments } from "./merge.js";

const unit = (doc: string, props: Record<string, unknown>): GraphNode => ({
  id: "act:rules#point_5", type: "Provision", label: "Правила, пункт 5", aliases: [],
  props: { actId: "act:rules", unitKind: "point", number: "5", path: [{ unitKind: "point", number: "5" }], ...props },
  evidence: [{ doc, start: 0, end: 4, quote: "5. П" }],
});
const own = { text: "Прокурор участвует в деле." };
const reworded = { text: "Прокурор вступает в процесс.", textFrom: "amendment" };

describe("merge: the text of a unit", () => {
  const cases: { name: string; fragments: Record<string, unknown>[]; text: string; textFrom?: string }[] = [
    { name: "the act's own text wins over an amending act's new wording quoted earlier", fragments: [reworded, own], text: own.text },
    { name: "… and later", fragments: [own, reworded], text: own.text },
    { name: "a new wording stands when the act's own text is not in the corpus", fragments: [{}, reworded], text: reworded.text, textFrom: "amendment" },
  ];
  for (const c of cases)
    it(c.name, () => {
      const g = mergeFragments([], c.fragments.map((props, i) => ({ nodes: [unit(`d${i}`, props)], edges: [] })));
      expect(g.nodes).toHaveLength(1);
      expect(g.nodes[0].props.text).toBe(c.text);
      expect(g.nodes[0].props.textFrom).toBe(c.textFrom);
      expect(g.nodes[0].evidence).toHaveLength(c.fragments.length);
    });
});
