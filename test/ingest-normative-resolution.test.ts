// A normative resolution of the Supreme Court (test/fixtures/normative-resolutions), shaped like the official legal
// database: heading with date and number, a preamble ending «пленарное заседание Верховного Суда … постановляет:»,
// numbered points that explain the procedural codes to the courts («Судам следует иметь в виду, что …»), the closing
// point grounded in art. 4 of the Constitution, and the signature block. Each expected edge is a fact a lawyer reads
// in it; then the edges a lawyer would call wrong; then passages for the general rules the fixture needed.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { actGraphOf, relationCases, type RelationCase } from "../ingest/relate/testing.js";
import { signatureSentences } from "../ingest/text/signature.js";

let graph: GraphExport;
const R = "act:resolution_1";
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
const forms = (basis: string, source: string, target: string) =>
  graph.edges
    .filter((e) => e.type === "INTERACTS_WITH" && e.source === source && e.target === target && (e.props.basis as string[]).includes(basis))
    .map((e) => e.props.form);

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "normative-resolutions") }).graph;
}, 120_000);

describe("normative resolution: the act", () => {
  it("reads kind, issuer, number and date from the heading", () => {
    expect(graph.nodes.find((n) => n.id === R)?.props).toMatchObject({ actKind: "resolution", issuer: "body:верховный_суд", number: "1", date: "2006-04-20" });
  });
  it("stands under the Constitution (art. 4, by its closing point) and under the code it explains (its preamble)", () => {
    expect(has("SUBORDINATE_TO", R, "act:конституция")?.props.basis).toEqual(["act:конституция#art_4"]);
    expect(has("SUBORDINATE_TO", R, "act:гпк")).toBeDefined();
    expect(has("SUBORDINATE_TO", R, "act:упк")).toBeUndefined(); // only cited in a point, not the code the resolution is adopted under
  });
  it("repeals the earlier resolution", () => {
    expect(has("REPEALS", R, "act:resolution_12")).toBeDefined();
    expect(graph.nodes.find((n) => n.id === "act:resolution_12")?.props).toMatchObject({ status: "repealed", date: "2001-10-19" });
  });
  const cites: [string, string][] = [
    [`${R}#point_1`, "act:гпк#art_55"], // «статьей 55 ГПК»
    [`${R}#point_2`, "act:гпк#art_55"], // «статьи 55 Гражданского процессуального кодекса Республики Казахстан»: the same node
    [`${R}#point_6`, "act:гпк#chp_48"],
    [`${R}#point_7`, "act:упк#art_58"],
    [`${R}#point_9`, "act:конституция#art_4"],
  ];
  for (const [s, t] of cites) it(`CITES ${s} → ${t}`, () => expect(has("CITES", s, t)).toBeDefined());
  it("has one node for art. 55 of the ГПК however it is named", () => {
    expect(graph.nodes.filter((n) => n.id.startsWith("act:гпк#art_55")).map((n) => n.id)).toEqual(["act:гпк#art_55"]);
  });
});

describe("normative resolution: court and prosecutor", () => {
  const cases: [string, string, string, string][] = [
    [`${R}#point_1`, "body:прокурор", "body:суд", "дача заключения"],
    [`${R}#point_2`, "body:прокурор", "body:суд", "обращение в суд"],
    [`${R}#point_3`, "body:суд", "body:прокурор", "извещение"],
    [`${R}#point_4`, "body:прокурор", "body:суд", "дача заключения"],
    [`${R}#point_5`, "body:прокурор", "body:суд", "заявление ходатайства"],
    [`${R}#point_6`, "body:прокурор", "body:кассационная_инстанция", "опротестование актов"],
    [`${R}#point_7`, "body:прокурор", "body:суд", "поддержание государственного обвинения"],
  ];
  for (const [basis, s, t, form] of cases) it(`${basis}: ${s} → ${t} «${form}»`, () => expect(forms(basis, s, t)).toContain(form));

  for (const p of ["дача_заключения", "предъявление_иска", "опротестование", "поддержание_обвинения"])
    it(`HAS_POWER прокурор → ${p}`, () => expect(has("HAS_POWER", "body:прокурор", `power:${p}`)).toBeDefined());

  const regulates: [string, string][] = [
    [`${R}#point_1`, "body:суд"], // the courts the point addresses are its concern
    [`${R}#point_1`, "body:прокурор"],
    [`${R}#point_1`, "power:дача_заключения"],
    [`${R}#point_2`, "power:предъявление_иска"],
    [`${R}#point_3`, "body:суд"],
    [`${R}#point_3`, "body:прокурор"],
    [`${R}#point_6`, "body:кассационная_инстанция"],
    ["act:гпк#art_55", "power:дача_заключения"],
    ["act:упк#art_58", "power:поддержание_обвинения"],
  ];
  for (const [s, t] of regulates) it(`REGULATES ${s} → ${t}`, () => expect(has("REGULATES", s, t)).toBeDefined());
});

describe("normative resolution: what must not be read", () => {
  it("reads nothing from the signature block", () => {
    const quotes = graph.edges.flatMap((e) => e.evidence.map((v) => v.quote));
    expect(quotes.filter((q) => /Мами|Баишев|^Председатель Верховного Суда$|^Судья Верховного Суда$/u.test(q))).toEqual([]);
    for (const t of ["body:председатель_верховного_суда", "body:судья", "body:верховный_суд"]) expect(has("REGULATES", `${R}#point_9`, t)).toBeUndefined();
    expect(graph.edges.filter((e) => e.source === "body:председатель_верховного_суда" || e.target === "body:председатель_верховного_суда")).toEqual([]);
  });
  it("makes no node of a signer, quotes the signature in no evidence, and ends the last point before it", () => {
    for (const t of ["body:председатель_верховного_суда", "body:судья"]) expect(graph.nodes.find((n) => n.id === t)).toBeUndefined();
    const last = graph.nodes.find((n) => n.id === `${R}#point_9`);
    expect(last?.props.text).toMatch(/вводится в действие со дня официального опубликования\.$/u);
    // (the block is all that follows the last point)
    const end = last?.evidence[0]?.end ?? 0;
    const all = [...graph.nodes, ...graph.edges].flatMap((x) => x.evidence.filter((v) => v.doc === last?.evidence[0]?.doc && v.end > end).map((v) => `${x.id}: ${v.quote}`));
    expect(all).toEqual([]);
    // the Supreme Court the heading names as the issuer stays
    expect(graph.nodes.find((n) => n.id === R)?.props.issuer).toBe("body:верховный_суд");
    expect(graph.nodes.find((n) => n.id === "body:верховный_суд")).toBeDefined();
  });
  it("does not read the addressed courts as subordinate, nor as governed by the cited article", () => {
    expect(graph.edges.filter((e) => e.type === "SUBORDINATE_TO" && (e.source.startsWith("body:") || e.target.startsWith("body:")))).toEqual([]);
    const art55court = has("REGULATES", "act:гпк#art_55", "body:суд");
    // (only from point 2, where the claim «рассматривается судом в порядке, предусмотренном статьи 55»)
    expect(art55court?.evidence.map((v) => v.quote).filter((q) => q.startsWith("1. Судам")) ?? []).toEqual([]);
  });
  it("has no court acting on the prosecutor other than by notice", () => {
    expect(graph.edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === "body:суд").map((e) => e.props.form)).toEqual(["извещение"]);
  });
});

describe("signature blocks", () => {
  it("finds the block however the lines fall into sentences", () => {
    expect([...signatureSentences(["9. Настоящее постановление вводится в действие.", "Председатель Верховного Суда", "Республики Казахстан К. Мами"])]).toEqual([1, 2]);
    expect([...signatureSentences(["Судья Верховного Суда Республики Казахстан, секретарь пленарного заседания Ж. Баишев"])]).toEqual([0]);
    expect([...signatureSentences(["Генеральный Прокурор", "Республики Казахстан Б. Асылов"])]).toEqual([0, 1]);
  });
  it("takes no sentence for one", () => {
    expect(signatureSentences(["Председатель Верховного Суда вносит представление в пленарное заседание.", "Иванов И."]).size).toBe(0);
    expect(signatureSentences(["Председатель суда вправе отложить рассмотрение дела.", "Республики Казахстан К. Мами"]).size).toBe(0);
    expect(signatureSentences(["Председатель Верховного Суда", "Республики Казахстан"]).size).toBe(0);
  });
  const head = "Нормативное постановление Верховного Суда Республики Казахстан от 1 марта 2010 года № 2 «О судебной практике»\n\n";
  const sign = "\n\nПредседатель Верховного Суда\n\nРеспублики Казахстан К. Мами";
  it("makes no node of an office named only in the block, and keeps it out of the last point's text", () => {
    const g = actGraphOf(`${head}1. Суд извещает прокурора о времени заседания.\n\n2. Настоящее постановление вводится в действие со дня опубликования.${sign}`, "t");
    expect(g.nodes.find((n) => n.id === "body:председатель_верховного_суда")).toBeUndefined();
    expect(g.nodes.find((n) => n.id === "act:resolution_2#point_2")?.props.text).toBe("2. Настоящее постановление вводится в действие со дня опубликования.");
    expect(g.nodes.flatMap((n) => n.evidence.map((v) => v.quote)).filter((q) => /Мами|^Председатель/u.test(q))).toEqual([]);
  });
  it("keeps an office named in a point as well, with only the point's evidence", () => {
    const g = actGraphOf(`${head}1. Председатель Верховного Суда вносит на рассмотрение пленарного заседания вопросы судебной практики.${sign}`, "t");
    const chair = g.nodes.find((n) => n.id === "body:председатель_верховного_суда");
    expect(chair?.evidence.map((v) => v.quote)).toEqual(["Председатель Верховного Суда"]);
    expect(g.nodes.find((n) => n.id === "act:resolution_2#point_1")?.props.text).not.toMatch(/Мами/u);
  });
});

const HEAD = "Нормативное постановление Верховного Суда Республики Казахстан от 1 марта 2010 года № 2 «О судебной практике»\n\n";
const passages: RelationCase[] = [
  {
    name: "the courts a point addresses do not hide the court the prosecutor acts before",
    act: "t",
    text: `${HEAD}1. Судам следует иметь в виду, что в соответствии со статьей 55 ГПК прокурор вправе вступить в дело для дачи заключения.`,
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "REGULATES act:resolution_2#point_1 -> body:суд", "REGULATES act:гпк#art_55 -> body:прокурор"],
    absent: ["REGULATES act:гпк#art_55 -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "дача заключения" } },
  },
  {
    name: "courts that are the subject of the norm are governed by it",
    act: "t",
    text: `${HEAD}1. Суды в соответствии со статьей 55 ГПК рассматривают заявления прокурора.`,
    edges: ["REGULATES act:гпк#art_55 -> body:суд"],
  },
  {
    name: "a paragraph that opens with an office but states a rule is read",
    act: "t",
    text: `${HEAD}1. Пленарное заседание созывается не реже одного раза в три месяца.\n\nПредседатель Верховного Суда вносит на рассмотрение пленарного заседания вопросы судебной практики.`,
    edges: ["REGULATES act:resolution_2#point_1 -> body:председатель_верховного_суда"],
  },
  {
    name: "a resolution grounded in art. 4 of the Constitution stands under it",
    act: "t",
    text: `${HEAD}1. Согласно статье 4 Конституции Республики Казахстан настоящее нормативное постановление включается в состав действующего права.`,
    edges: ["SUBORDINATE_TO act:resolution_2 -> act:конституция"],
  },
  {
    name: "no self-grounding without «настоящее», nor from entry into force, nor from a court's decision",
    act: "t",
    text: `${HEAD}1. Согласно статье 4 Конституции нормативные постановления Верховного Суда являются общеобязательными.\n\n2. Суд в соответствии со статьей 55 ГПК постановляет решение.\n\n3. Настоящее нормативное постановление вводится в действие со дня официального опубликования.`,
    edges: [],
  },
];
relationCases("normative resolutions: passages", passages, { noneWhenEmpty: "SUBORDINATE_TO" });
