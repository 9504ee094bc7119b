// The pipeline on texts it was not tuned on, excerpts shaped like the official legal database — acts: a
// Constitution with sections, articles, points and a list of powers, constitutional laws, laws, a procedural
// code (orders, instructions and scholarly texts: ingest-general-orders.test.ts). Each expected edge is a fact
// a lawyer reads in these texts.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";

let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "general") }).graph;
}, 120_000);

describe("a Constitution as published", () => {
  const cases: [string, string, string][] = [
    ["ESTABLISHES", "act:конституция#art_3__point_4", "principle:единство_государственной_власти"],
    ["ESTABLISHES", "act:конституция#art_3__point_4", "principle:разделение_властей"],
    ["REGULATES", "act:конституция#art_83__point_1", "body:прокуратура"],
    ["HAS_POWER", "body:прокуратура", "power:высший_надзор"],
    ["HAS_POWER", "body:прокуратура", "power:уголовное_преследование"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:генеральный_прокурор"],
    ["ACCOUNTABLE_TO", "body:прокуратура", "body:президент"],
    ["APPOINTS", "body:президент", "body:генеральный_прокурор"],
    ["PART_OF", "act:конституция#art_83__point_2", "act:конституция#art_83"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("gives the appointment the consent of the Senate", () => {
    expect(has("APPOINTS", "body:президент", "body:генеральный_прокурор")!.props.consentOf).toBe("body:сенат");
  });
});

describe("a constitutional law as published", () => {
  const cases: [string, string, string][] = [
    ["ESTABLISHES", "act:law_о_прокуратуре#art_3__subpoint_1", "principle:законность"],
    ["ESTABLISHES", "act:law_о_прокуратуре#art_3__subpoint_3", "principle:гласность"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:вышестоящий_прокурор"],
    ["PART_OF", "body:прокуратура_области", "body:прокуратура"],
    ["SUBORDINATE_TO", "body:районная_прокуратура", "body:генеральная_прокуратура"],
    ["ACCOUNTABLE_TO", "body:генеральный_прокурор", "body:президент"],
    ["HAS_POWER", "body:прокурор", "power:опротестование"],
    ["INTERACTS_WITH", "body:прокурор", "body:суд"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("reads the law's number and date from its heading", () => {
    expect(graph.nodes.find((n) => n.id === "act:law_о_прокуратуре")?.props).toMatchObject({ actKind: "constitutional_law", number: "155-VII", date: "2022-11-05" });
  });
  it("reads the principles of a list under «на основе принципов:» as governing the prosecution, with the lead-in quoted", () => {
    for (const p of ["законность", "независимость", "гласность"]) {
      const e = has("GOVERNS", `principle:${p}`, "body:прокуратура");
      expect(e, p).toBeDefined();
      expect(e!.evidence[0].quote).toContain("на основе принципов");
    }
  });
  it("never reads subordination backwards", () => expect(has("SUBORDINATE_TO", "body:генеральный_прокурор", "body:нижестоящий_прокурор")).toBeUndefined());
});

describe("a constitutional law on the courts", () => {
  const law = "act:law_о_судебной_системе_и_статусе_судей";
  const cases: [string, string, string][] = [
    ["PART_OF", "body:верховный_суд", "body:суд"],
    ["PART_OF", "body:местный_суд", "body:суд"],
    ["ESTABLISHES", `${law}#art_4`, "principle:независимость_судей"],
    ["HAS_POWER", "body:прокурор", "power:представительство_интересов_государства"],
    ["REGULATES", `${law}#art_24__point_2`, "body:прокурор"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("finds the court–prosecutor interaction in the procedural acts the law names", () => {
    const forms = graph.edges
      .filter((e) => e.type === "INTERACTS_WITH" && e.source === "body:прокурор" && e.target === "body:суд" && (e.props.basis as string[]).some((b) => b.startsWith(`${law}#art_24`)))
      .map((e) => e.props.form);
    expect(forms).toEqual(expect.arrayContaining(["представительство интересов государства в суде", "опротестование актов"]));
  });
});

describe("a procedural code: the prosecutor in civil proceedings", () => {
  const cases: [string, string, string][] = [
    ["HAS_POWER", "body:прокурор", "power:представительство_интересов_государства"],
    ["HAS_POWER", "body:прокурор", "power:дача_заключения"],
    ["HAS_POWER", "body:прокурор", "power:апелляционное_ходатайство"],
    ["REGULATES", "act:гпк#art_54__part_2", "body:прокурор"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  it("resolves «пунктом 2) части 5 статьи 54» to the item of that part", () => {
    expect(has("REGULATES", "act:гпк#art_54__part_5__subpoint_2", "body:прокурор_области")).toBeDefined();
    expect(graph.nodes.some((n) => n.id === "act:гпк#art_54__part_5__point_2")).toBe(false);
  });
  it("reads «частью второй настоящей статьи» as a part of the article it stands in", () => {
    const e = graph.edges.find((x) => x.source === "act:гпк#art_54__part_2" && x.evidence.some((v) => v.quote.includes("частью второй настоящей статьи")));
    expect(e).toBeDefined();
  });
  it("grounds each interaction with the court in the part that states it", () => {
    const forms = new Map(graph.edges.filter((e) => e.type === "INTERACTS_WITH").flatMap((e) => (e.props.basis as string[]).map((b) => [`${b} ${e.source} ${e.target}`, e.props.form])));
    expect(forms.get("act:гпк#art_54__part_2 body:прокурор body:суд")).toBe("обращение в суд");
    expect(forms.get("act:гпк#art_403__part_1 body:прокурор body:суд_первой_инстанции")).toBe("принесение апелляционного ходатайства");
    expect(forms.get("act:гпк#art_434__part_1 body:генеральный_прокурор body:верховный_суд")).toBe("опротестование актов");
    expect(forms.get("act:гпк#art_434__part_2 body:прокурор body:кассационная_инстанция")).toBe("опротестование актов");
    expect(forms.get("act:гпк#art_451__part_1 body:суд body:прокурор")).toBe("извещение");
  });
});

describe("every fact carries its quote", () => {
  it("has evidence equal to the cleaned text", () => {
    const texts = new Map(graph.documents.map((d) => [d.id, d.text!]));
    for (const x of [...graph.nodes, ...graph.edges])
      for (const v of x.evidence) expect(texts.get(v.doc)!.slice(v.start, v.end)).toBe(v.quote);
  });
});

describe("laws: the Высший Судебный Совет and the law-enforcement service (editions of «О прокуратуре»)", () => {
  const cases: [string, string, string][] = [
    ["APPOINTS", "body:президент", "body:председатель_высшего_судебного_совета"],
    ["ACCOUNTABLE_TO", "body:председатель_высшего_судебного_совета", "body:президент"],
    ["ACCOUNTABLE_TO", "body:высший_судебный_совет", "body:президент"],
    ["GOVERNS", "principle:независимость", "body:высший_судебный_совет"],
    ["GOVERNS", "principle:гласность", "body:высший_судебный_совет"],
    ["APPOINTS", "body:генеральный_прокурор", "body:прокурор_области"],
    ["SUBORDINATE_TO", "body:прокурор_района", "body:прокурор_области"],
    ["PART_OF", "body:комитет_правовой_статистики", "body:генеральная_прокуратура"],
    ["ACCOUNTABLE_TO", "body:генеральный_прокурор", "body:сенат"],
    ["AMENDS", "act:law_154_vii", "act:law_о_высшем_судебном_совете"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("gives the chair's appointment the consent of the Senate", () =>
    expect(has("APPOINTS", "body:президент", "body:председатель_высшего_судебного_совета")!.props.consentOf).toBe("body:сенат"));
  it("never reads «приравненные к ним прокуроры» as a generic prosecutor", () => {
    expect(has("APPOINTS", "body:генеральный_прокурор", "body:прокурор")).toBeUndefined();
    expect(has("SUBORDINATE_TO", "body:прокурор_района", "body:прокурор")).toBeUndefined();
  });
  it("reads «Протест прокурора … рассматривает суд» as the prosecutor's act addressed to the court", () => {
    const e = graph.edges.find((x) => x.type === "INTERACTS_WITH" && x.source === "body:прокурор" && x.target === "body:суд" && x.props.form === "опротестование актов");
    expect(e?.props.basis).toEqual(expect.arrayContaining(["act:law_о_правоохранительной_службе#art_5__point_4"]));
    expect(has("INTERACTS_WITH", "body:суд", "body:прокурор")?.evidence.some((v) => v.doc === "law-enforcement-service-excerpt")).not.toBe(true);
  });
  it("tells the three laws «О прокуратуре» apart by their numbers, the one in the corpus keeping the title's id", () => {
    const cited = graph.edges.filter((e) => e.type === "CITES" && e.source === "act:law_о_правоохранительной_службе#art_5__point_1").map((e) => e.target);
    expect(cited).toEqual(expect.arrayContaining(["act:law_о_прокуратуре", "act:law_о_прокуратуре_81_vi", "act:law_о_прокуратуре_2709"]));
    expect(graph.nodes.find((n) => n.id === "act:law_о_прокуратуре_2709")?.props).toMatchObject({ number: "2709", date: "1995-12-21" });
    expect(graph.nodes.find((n) => n.id === "act:law_о_прокуратуре")?.props).toMatchObject({ number: "155-VII" });
  });
});
