import { describe, expect, it } from "vitest";
import { findConcepts } from "./concepts.js";
import { findUnitBodies, isUnitKey } from "./units.js";

/** A passage and the units a lawyer reads in it: [label, bodyKind, surface text]. */
const cases: { name: string; text: string; units: [string, string, string][] }[] = [
  {
    name: "a department, its body after it in the genitive (the name ends there)",
    text: "Департамент по надзору за законностью судебных актов по гражданским и административным делам Генеральной прокуратуры организует работу.",
    units: [["Департамент по надзору за законностью судебных актов по гражданским и административным делам", "prosecution", "Департамент по надзору за законностью судебных актов по гражданским и административным делам"]],
  },
  {
    name: "in another case the same unit, the words after «по» unchanged; a verb ends the name",
    text: "Приказ направить Департаменту по надзору за законностью судебных актов для исполнения. Управление по надзору за соблюдением законности в уголовном процессе обеспечивает участие прокуроров.",
    units: [
      ["Департамент по надзору за законностью судебных актов", "other", "Департаменту по надзору за законностью судебных актов"],
      ["Управление по надзору за соблюдением законности в уголовном процессе", "other", "Управление по надзору за соблюдением законности в уголовном процессе"],
    ],
  },
  {
    name: "a short name it is given names it later, of the kind of the body it is said to be a unit of",
    text: "Главное управление по надзору за законностью в социально-экономической сфере (далее – Управление) является структурным подразделением Генеральной прокуратуры. Управление возглавляет начальник. Начальник Управления назначается Генеральным Прокурором.",
    units: [
      ["Главное управление по надзору за законностью в социально-экономической сфере", "prosecution", "Главное управление по надзору за законностью в социально-экономической сфере"],
      ["Главное управление по надзору за законностью в социально-экономической сфере", "prosecution", "Управление"],
      ["Главное управление по надзору за законностью в социально-экономической сфере", "prosecution", "Управления"],
    ],
  },
  {
    name: "a court's service: a body named inside the name ends it (and gives its kind)",
    text: "Служба по обеспечению деятельности судов при Верховном Суде ведет учет.",
    units: [["Служба по обеспечению деятельности", "court", "Служба по обеспечению деятельности"]],
  },
  {
    name: "a unit the vocabulary knows keeps its name there; a word «управление» without «по» is no unit",
    text: "Комитет по правовой статистике и специальным учетам Генеральной прокуратуры ведет учет. Управление делами суда и управление по делу.",
    units: [],
  },
];

describe("find: units of a body named by what they do", () => {
  for (const c of cases)
    it(c.name, () => {
      const bodies = findConcepts(c.text).filter((m) => m.type === "Body");
      const units = findUnitBodies(c.text, 0, c.text.length, bodies).filter((u) => u.text !== "управление по делу");
      expect(units.map((u) => [u.label, u.bodyKind, u.text])).toEqual(c.units);
      for (const u of units) {
        expect(c.text.slice(u.start, u.end)).toBe(u.text);
        expect(isUnitKey(u.key)).toBe(true);
      }
    });
});
