// Fixture-driven tests of protests and motions against a court's act where no court is named: a passage → the
// interactions a lawyer reads in it, and those one must not read.
import { describe, expect, it } from "vitest";
import { graphOf } from "./testing.js";

const cases: { name: string; text: string; edges: string[]; props?: Record<string, Record<string, unknown>>; absent?: string[] }[] = [
  {
    name: "a protest against a court act that has come into force",
    text: "Прокурор вправе принести протест на судебный акт, вступивший в законную силу, в порядке, предусмотренном статьей 451 ГПК.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов", basis: ["act:гпк#art_451"] } },
  },
  {
    name: "protesting verdicts, and a motion for review",
    text: "Генеральный Прокурор опротестовывает приговоры. Прокурор области вносит ходатайство о пересмотре судебных актов.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:суд", "INTERACTS_WITH body:прокурор_области -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор_области -> body:суд": { form: "заявление ходатайства" } },
  },
  {
    name: "a protest against an act that is not a court's, or by no prosecution body, gives nothing",
    text: "Прокурор приносит протест на акт акимата. Адвокат вправе принести ходатайство о пересмотре судебных актов.",
    edges: [],
  },
];

describe("relate: protests and motions against a court's act", () => {
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
