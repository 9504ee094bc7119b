// Successive acts under one title: a reference with a number or a date names its own edition; a bare title stays
// with the primary one (the act in the corpus, else the latest); one edition only keeps the title's id.
import { describe, expect, it } from "vitest";
import { actGraphOf, graphOf } from "./relate/testing.js";

const actIds = (g: { nodes: { id: string; type: string }[] }) => g.nodes.filter((n) => n.type === "Act").map((n) => n.id).sort();

const cases: { name: string; text: string; act?: boolean; acts: string[]; absent?: string[]; edges?: string[] }[] = [
  {
    name: "three laws «О прокуратуре» told apart by number; a bare title names the latest",
    text: "Закон Республики Казахстан от 21 декабря 1995 года № 2709 «О Прокуратуре» утратил силу. Затем действовал Закон Республики Казахстан от 30 июня 2017 года № 81-VI «О прокуратуре». Ныне действует Конституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII «О прокуратуре». Закон «О прокуратуре» определяет полномочия прокуроров.",
    acts: ["act:law_о_прокуратуре", "act:law_о_прокуратуре_2709", "act:law_о_прокуратуре_81_vi"],
    edges: ["REGULATES act:law_о_прокуратуре -> body:прокурор"],
    absent: ["REGULATES act:law_о_прокуратуре_2709 -> body:прокурор", "REGULATES act:law_о_прокуратуре_81_vi -> body:прокурор"],
  },
  {
    name: "a date alone finds the edition named with its number and date; one edition keeps the title's id",
    text: "Закон Республики Казахстан от 21 декабря 1995 года № 2709 «О Прокуратуре» определял систему органов прокуратуры. Согласно Закону от 21 декабря 1995 года «О Прокуратуре» прокурор участвовал в суде. Закон «Об адвокатской деятельности и юридической помощи» от 5 июля 2018 года № 176-VI регулирует адвокатуру.",
    acts: ["act:law_о_прокуратуре", "act:law_об_адвокатской_деятельности_и_юридической_помощи"],
  },
  {
    name: "the act in the corpus keeps the title's id; the earlier law it repeals gets its number",
    act: true,
    text: "О прокуратуре\n\nКонституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII ЗРК.\n\nСтатья 47. Порядок введения в действие настоящего Конституционного закона\n\n1. Настоящий Конституционный закон вводится в действие с 1 января 2023 года.\n2. Признать утратившим силу Закон Республики Казахстан от 30 июня 2017 года № 81-VI \"О прокуратуре\".\n",
    acts: ["act:law_о_прокуратуре", "act:law_о_прокуратуре_81_vi"],
    edges: ["REPEALS act:law_о_прокуратуре -> act:law_о_прокуратуре_81_vi"],
    absent: ["REPEALS act:law_о_прокуратуре_81_vi -> act:law_о_прокуратуре"],
  },
];

describe("editions of an act", () => {
  for (const c of cases)
    it(c.name, () => {
      const g = c.act ? actGraphOf(c.text, "О прокуратуре") : graphOf(c.text);
      expect(actIds(g)).toEqual(c.acts);
      const got = g.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`);
      for (const e of c.edges ?? []) expect(got, e).toContain(e);
      for (const e of c.absent ?? []) expect(got, e).not.toContain(e);
    });
});

describe("two acts under one title in the corpus", () => {
  it("gives the earlier one its own id, units and all; the later one keeps the title's id and repeals it", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { ingestCorpus } = await import("./pipeline.js");
    const dir = mkdtempSync(join(tmpdir(), "editions-"));
    try {
      writeFileSync(join(dir, "a-2017.txt"), "О прокуратуре\n\nЗакон Республики Казахстан от 30 июня 2017 года № 81-VI.\n\nСтатья 3. Принципы деятельности прокуратуры\n\n      1) законность;\n\n      2) гласность.\n\nСтатья 4. Подотчетность\n\n      Прокуратура подотчетна Президенту Республики Казахстан.\n");
      writeFileSync(join(dir, "b-2022.txt"), "О прокуратуре\n\nКонституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII ЗРК.\n\nСтатья 4. Принципы деятельности прокуратуры\n\n      1) законность;\n\n      2) независимость.\n\nСтатья 47. Порядок введения в действие\n\n      1. Признать утратившим силу Закон Республики Казахстан от 30 июня 2017 года № 81-VI \"О прокуратуре\".\n");
      const { graph } = ingestCorpus({ corpus: dir });
      const acts = graph.nodes.filter((n) => n.type === "Act" && n.id.startsWith("act:law_о_прокуратуре"));
      expect(acts.map((n) => [n.id, n.props.number]).sort()).toEqual([["act:law_о_прокуратуре", "155-VII"], ["act:law_о_прокуратуре_81_vi", "81-VI"]]);
      const ids = new Set(graph.nodes.map((n) => n.id));
      expect(ids.has("act:law_о_прокуратуре_81_vi#art_3__subpoint_2")).toBe(true);
      expect(ids.has("act:law_о_прокуратуре#art_3")).toBe(false); // the 2022 law has no article 3 here
      const has = (t: string, s: string, d: string) => graph.edges.some((e) => e.type === t && e.source === s && e.target === d);
      expect(has("REPEALS", "act:law_о_прокуратуре", "act:law_о_прокуратуре_81_vi")).toBe(true);
      expect(has("ESTABLISHES", "act:law_о_прокуратуре_81_vi#art_3__subpoint_2", "principle:гласность")).toBe(true);
      expect(has("ESTABLISHES", "act:law_о_прокуратуре#art_4__subpoint_2", "principle:независимость")).toBe(true);
      expect(graph.nodes.find((n) => n.id === "act:law_о_прокуратуре_81_vi")?.props).toMatchObject({ status: "repealed", inCorpus: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
