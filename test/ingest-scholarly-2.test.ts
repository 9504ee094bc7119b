// A scholarly article on prosecutorial supervision of court acts in civil cases, as a lawyer reads it
// (test/fixtures/scholarly-2/civil-supervision-article.txt, kind "article", with a Kazakh «Түйін» and an English
// «Summary», page headers, a hyphen across lines, Latin look-alike letters, a footnote number glued to a word and a
// numbered «Список литературы»). The facts it states are edges; what it only discusses is not: scholars' opinions,
// proposals de lege ferenda, an unreal condition, the Soviet past, another state's law (relate/discussed.ts), the
// bibliography (relate/bibliography.ts), the abstracts in other languages. «положения Конституционного закона «О
// прокуратуре»» names the law, not a «Положение» (find/acts.ts).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
const quoting = (part: string) => graph.edges.filter((e) => e.evidence.some((v) => v.quote.replace(/\s+/g, " ").includes(part)));
const formsOf = (source: string, target: string) =>
  new Map(graph.edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === source && e.target === target).map((e) => [e.props.form as string, e.props.basis as string[]]));

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "scholarly-2") }).graph;
}, 120_000);

describe("a scholarly article on prosecutorial supervision in civil cases: the facts it states", () => {
  const cases: [string, string, string][] = [
    ["REGULATES", "act:конституция#art_83__point_1", "power:высший_надзор"],
    ["HAS_POWER", "body:прокуратура", "power:высший_надзор"],
    ["HAS_POWER", "body:прокуратура", "power:представительство_интересов_государства"],
    ["HAS_POWER", "body:прокурор", "power:дача_заключения"],
    ["REGULATES", "act:гпк#art_55__point_2", "power:дача_заключения"],
    ["HAS_POWER", "body:генеральный_прокурор", "power:кассационное_ходатайство"],
    ["REGULATES", "act:гпк#art_434", "body:верховный_суд"],
    ["REGULATES", "act:гпк#chp_47", "body:апелляционная_инстанция"],
    ["ESTABLISHES", "act:конституция#art_77", "principle:независимость_судей"],
    ["GOVERNS", "principle:недопустимость_вмешательства", "body:прокуратура"],
    ["REGULATES", "act:law_о_прокуратуре", "power:опротестование"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("reads the protest, the notice (a Latin «o» in «прокурoра»), the conclusion and the motions as interactions", () => {
    expect(formsOf("body:прокурор", "body:суд").has("опротестование актов")).toBe(true);
    expect(formsOf("body:суд", "body:прокурор").get("извещение")).toEqual([]);
    expect(formsOf("body:прокурор", "body:суд").get("дача заключения")).toEqual(["act:гпк#art_55__point_2"]);
    expect(formsOf("body:генеральный_прокурор", "body:верховный_суд").get("заявление ходатайства")).toEqual(["act:гпк#art_434"]);
    expect(formsOf("body:прокурор", "body:суд_первой_инстанции").has("принесение апелляционного ходатайства")).toBe(true);
    expect(formsOf("body:прокурор", "body:апелляционная_инстанция").get("заявление ходатайства")).toEqual(["act:гпк#chp_47"]);
  });
  it("quotes across the PDF damage: the hyphen across lines joined, no page header in a quote", () => {
    expect(has("ESTABLISHES", "act:конституция#art_77", "principle:независимость_судей")?.evidence[0].quote).toContain("взаимодействие суда и прокуратуры в гражданском");
    expect(quoting("Вестник Академии")).toEqual([]);
  });
  it("keeps the Constitutional Law's number and date, and the Supreme Court's normative resolution", () => {
    const law = graph.nodes.find((n) => n.id === "act:law_о_прокуратуре");
    expect(law?.props).toMatchObject({ actKind: "constitutional_law", number: "155-VII", date: "2022-11-05" });
    expect(graph.nodes.find((n) => n.id === "act:resolution_1")?.props).toMatchObject({ number: "1", date: "2006-04-20" });
  });
});

describe("a scholarly article on prosecutorial supervision in civil cases: what it only discusses", () => {
  it("reads «положения Конституционного закона «О прокуратуре»» as the law, no «Положение»", () => {
    expect(graph.nodes.filter((n) => n.id.startsWith("act:regulation_"))).toEqual([]);
    expect(has("REGULATES", "act:law_о_прокуратуре", "body:прокурор")?.evidence[0].quote).toContain("В статье рассматриваются");
  });
  const none: [string, string][] = [
    ["a scholar's opinion («По мнению А.Н. Ахпанова, прокурор должен быть наделен правом истребовать …»)", "По мнению А.Н. Ахпанова"],
    ["a scholar's position («Иную позицию занимает Е.И. Ким, полагающий, что …»)", "Иную позицию занимает"],
    ["the Soviet past («в советский период прокурор осуществлял общий надзор …»)", "в советский период"],
    ["the Soviet past («Прокуратура Казахской ССР была подотчетна Генеральному прокурору СССР»)", "Казахской ССР"],
    ["another state's law («В Российской Федерации прокурор вправе …»)", "В Российской Федерации"],
    ["another state's law («В Республике Узбекистан прокурор приносит протест …»)", "В Республике Узбекистан"],
    ["a proposal («Предлагаем закрепить в статье 55 ГПК РК право прокурора истребовать …»)", "Предлагаем закрепить"],
    ["a proposal («Считаем целесообразным дополнить … суд обязан направлять прокурору копии …»)", "Считаем целесообразным"],
    ["an unreal condition («Если бы Генеральный Прокурор был вправе приостанавливать …»)", "Если бы Генеральный Прокурор"],
    ["the bibliography («Винокуров А.Ю. Прокурор вносит представление в суд …»)", "Винокуров"],
    ["the English summary («The Prosecutor General submits a petition to the Supreme Court»)", "Prosecutor General"],
    ["the Kazakh abstract («Прокурор соттың … наразылық келтіреді»)", "наразылық"],
  ];
  for (const [what, part] of none) it(`gives no edge from ${what}`, () => expect(quoting(part).map((e) => e.id)).toEqual([]));

  const wrong: [string, string, string][] = [
    ["ACCOUNTABLE_TO", "body:прокуратура", "body:генеральный_прокурор"],
    ["HAS_POWER", "body:прокурор", "power:истребование_дел"],
    ["HAS_POWER", "body:генеральный_прокурор", "power:приостановление_исполнения"],
    ["INTERACTS_WITH", "body:генеральный_прокурор", "body:суд"],
  ];
  for (const [type, source, target] of wrong) it(`has no ${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeUndefined());
  it("has no «истребование материалов», «внесение представления» or «направление материалов» interaction", () => {
    const forms = graph.edges.filter((e) => e.type === "INTERACTS_WITH").map((e) => e.props.form);
    for (const f of ["истребование материалов", "внесение представления", "направление материалов"]) expect(forms).not.toContain(f);
  });
});

const passages: RelationCase[] = [
  {
    name: "a Kazakh fact stated in a writing is read («В Республике Казахстан прокурор вправе принести протест …»)",
    text: "В Республике Казахстан прокурор вправе принести протест на вступившие в законную силу судебные акты.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "the Soviet past named in a writing gives nothing («В советский период Генеральный прокурор истребовал из суда дела»)",
    text: "В советский период прокурор вправе был истребовать из суда любое дело и принести протест на судебные акты.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "«по мнению суда» is no scholar's opinion",
    text: "Суд извещает прокурора о времени и месте судебного заседания, если по мнению суда участие прокурора обязательно.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "«По мнению ряда авторов, прокурор вправе истребовать …» gives nothing",
    text: "По мнению ряда авторов, прокурор вправе истребовать из суда гражданское дело.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "«Генеральный прокурор Российской Федерации вносит представление в Верховный Суд Российской Федерации» gives nothing",
    text: "Генеральный прокурор Российской Федерации вносит представление в Верховный Суд Российской Федерации о пересмотре судебных постановлений.",
    edges: [],
    absent: ["INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
  },
  {
    name: "in an act, «должен быть наделен» and another state are read as the act says (no discussion there)",
    act: "Закон Республики Казахстан «О тестовом акте»",
    text: "Закон Республики Казахстан «О тестовом акте»\n\nСтатья 1. Протест\n\n1. Прокурор вправе принести протест на судебные акты, если бы суд не известил его, в порядке, предусмотренном настоящим Законом.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
];
relationCases("writings: what a sentence only discusses (relate/discussed.ts)", passages);
