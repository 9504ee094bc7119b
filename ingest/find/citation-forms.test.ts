// Citation forms of codes and Prosecutor General orders (citations.ts): input text → the unit paths cited.
import { describe, expect, it } from "vitest";
import { findUnitCitations } from "./citations.js";

const cases: [string, string[]][] = [
  ["подпунктами 1) – 3) пункта 2 статьи 169 АППК", ["article 169 / point 2 / subpoint 1", "article 169 / point 2 / subpoint 2", "article 169 / point 2 / subpoint 3"]],
  ["подпунктами 1)-3) пункта 2", ["point 2 / subpoint 1", "point 2 / subpoint 2", "point 2 / subpoint 3"]],
  ["подпунктом 4-1) статьи 11", ["article 11 / subpoint 4-1"]],
  ["пп. 3) п. 5 настоящей Инструкции", ["point 5 / subpoint 3"]],
  ["пунктом 2 части первой статьи 55 ГПК", ["article 55 / part 1 / point 2"]],
  ["статьями 851-853 настоящего Кодекса", ["article 851", "article 852", "article 853"]],
  ["ст.ст. 434, 436 ГПК", ["article 434", "article 436"]],
  // where an act was published is not an article of it
  ["(Ведомости Парламента Республики Казахстан, 1995 г., № 24, ст. 156; 2003 г., № 15, ст. 137)", []],
  ["САПП Республики Казахстан, 2004 г., № 5, ст. 67", []],
  ["приказ № 24, ст. 156 Закона", ["article 156"]],
];

describe("find: citation forms of codes and orders", () => {
  for (const [text, want] of cases)
    it(text, () => expect(findUnitCitations(text).flatMap((c) => c.paths.map((p) => p.map((s) => `${s.unitKind} ${s.number}`).join(" / ")))).toEqual(want));
});
