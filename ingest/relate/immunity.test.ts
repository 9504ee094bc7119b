// Fixture-driven tests of the immunity rule: a passage → the interactions a lawyer reads in it, and those one
// must not read.
import { describe, expect, it } from "vitest";
import { graphOf } from "./testing.js";

const cases: { name: string; text: string; edges: string[]; props?: Record<string, Record<string, unknown>>; absent?: string[] }[] = [
  {
    name: "the Senate's consent to prosecute the Prosecutor General, across a long list of measures",
    text: "Генеральный Прокурор не может быть арестован, подвергнут приводу, мерам административного взыскания, налагаемым в судебном порядке, привлечен к уголовной ответственности без согласия Сената, кроме случаев задержания на месте преступления.",
    edges: ["INTERACTS_WITH body:сенат -> body:генеральный_прокурор"],
    props: { "INTERACTS_WITH body:сенат -> body:генеральный_прокурор": { form: "согласие на привлечение к ответственности" } },
    absent: ["INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
  },
  {
    name: "consent to dismiss a judge",
    text: "Судья Верховного Суда не может быть освобожден от должности без согласия Сената.",
    edges: ["INTERACTS_WITH body:сенат -> body:судья"],
    props: { "INTERACTS_WITH body:сенат -> body:судья": { form: "согласие на освобождение от должности" } },
  },
  {
    name: "a consent not of a body, or no protected body, gives nothing",
    text: "Прокурор не может быть привлечен к ответственности без достаточных оснований. Дело не может быть рассмотрено без согласия Сената.",
    edges: [],
  },
];

describe("relate: immunity (consent to prosecute or dismiss)", () => {
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
