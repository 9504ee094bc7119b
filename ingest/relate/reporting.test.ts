// Fixture-driven tests of the reporting rule: a passage → the interactions a lawyer reads in it, and those one
// must not read.
import { describe, expect, it } from "vitest";
import { graphOf } from "./testing.js";

const cases: { name: string; text: string; edges: string[]; props?: Record<string, Record<string, unknown>>; absent?: string[] }[] = [
  {
    name: "information given to two bodies joined by «и»: each receives it",
    text: "Генеральный Прокурор ежегодно представляет Президенту и Сенату Парламента информацию о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:президент", "INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:сенат": { form: "информирование" } },
  },
  {
    name: "a report heard by the Senate: the author of the report reports to the body that hears it",
    text: "Сенат заслушивает ежегодный доклад Генерального Прокурора о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:сенат": { form: "представление доклада" } },
    absent: ["INTERACTS_WITH body:сенат -> body:генеральный_прокурор"],
  },
  {
    name: "«докладывает» names the report itself",
    text: "Генеральный Прокурор докладывает Президенту Республики о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:президент"],
  },
  {
    name: "what is presented must be a report or information: interests, evidence and candidates are not reports",
    text: "Прокурор представляет суду доказательства. Генеральный Прокурор представляет Президенту кандидатуры на должность.",
    edges: [],
  },
  {
    name: "a body after the verb not in the dative does not receive the report",
    text: "Прокурор представляет информацию о работе прокуратуры области.",
    edges: [],
  },
];

describe("relate: reports and information given to another body", () => {
  for (const c of cases)
    it(c.name, () => {
      const g = graphOf(c.text);
      const found = new Map(g.edges.map((e) => [`${e.type} ${e.source} -> ${e.target}`, e]));
      for (const want of c.edges) expect([...found.keys()], want).toContain(want);
      for (const key of c.absent ?? []) expect([...found.keys()]).not.toContain(key);
      for (const [key, props] of Object.entries(c.props ?? {})) expect(found.get(key)!.props).toMatchObject(props);
      for (const e of g.edges) for (const v of e.evidence) expect(c.text.slice(v.start, v.end)).toBe(v.quote);
      if (c.edges.length === 0) expect(g.edges.filter((e) => e.type === "INTERACTS_WITH")).toEqual([]);
    });
});
