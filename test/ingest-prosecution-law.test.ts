// The Constitutional Law «О прокуратуре» on what the general excerpt (test/fixtures/general/constitutional-law-excerpt.txt)
// does not show, as a lawyer reads it (test/fixtures/prosecution-law/prosecution-law-supervision-excerpt.txt): the
// principles of the prosecution's organisation, the binding force of a prosecutor's requirements, the system and
// structure of its bodies, the Prosecutor General's accountability and reports, the acts of prosecutorial supervision
// (each a power of the prosecutor), the prosecutor's powers in court. The excerpt is read by itself (its own folder):
// its article numbers are not those of the general excerpt, so it does not merge with it.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { graphOf, relationCases, type RelationCase } from "../ingest/relate/testing.js";

const LAW = "act:law_о_прокуратуре";
let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
const formsOf = (source: string, target: string) =>
  new Map(graph.edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === source && e.target === target).map((e) => [e.props.form as string, e.props.basis as string[]]));

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "prosecution-law") }).graph;
}, 120_000);

describe("the Constitutional Law «О прокуратуре»: principles, system and the Prosecutor General", () => {
  const cases: [string, string, string][] = [
    ["ESTABLISHES", `${LAW}#art_4__point_1`, "principle:централизация"],
    ["ESTABLISHES", `${LAW}#art_4__point_2`, "principle:независимость"],
    ["ESTABLISHES", `${LAW}#art_4__point_3__subpoint_1`, "principle:централизация"],
    ["ESTABLISHES", `${LAW}#art_4__point_3__subpoint_4`, "principle:гласность"],
    ["GOVERNS", "principle:централизация", "body:прокуратура"],
    ["GOVERNS", "principle:законность", "body:прокуратура"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:вышестоящий_прокурор"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:генеральный_прокурор"],
    ["ESTABLISHES", `${LAW}#art_6__point_1`, "principle:обязательность_требований_прокурора"],
    ["PART_OF", "body:генеральная_прокуратура", "body:прокуратура"],
    ["PART_OF", "body:прокуратура_области", "body:прокуратура"],
    ["PART_OF", "body:прокуратура_города_республиканского_значения", "body:прокуратура"],
    ["PART_OF", "body:районная_прокуратура", "body:прокуратура"],
    ["PART_OF", "body:военная_прокуратура", "body:прокуратура"],
    ["PART_OF", "body:транспортная_прокуратура", "body:прокуратура"],
    ["PART_OF", "body:специализированная_прокуратура", "body:прокуратура"],
    ["PART_OF", "body:комитет_правовой_статистики", "body:генеральная_прокуратура"],
    ["PART_OF", "body:академия_правоохранительных_органов", "body:генеральная_прокуратура"],
    ["ACCOUNTABLE_TO", "body:генеральный_прокурор", "body:президент"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());

  it("reads «районные (городские) прокуратуры» as the district level", () => {
    const e = has("PART_OF", "body:районная_прокуратура", "body:прокуратура");
    expect(e?.evidence[0].quote).toContain("районные (городские) прокуратуры");
  });
  it("gives the Prosecutor General's appointment the consent of the Senate", () =>
    expect(has("APPOINTS", "body:президент", "body:генеральный_прокурор")?.props.consentOf).toBe("body:сенат"));
  it("reads the annual report to the President after «подотчетен Президенту … и» as the Prosecutor General's, and «информирует» the President and the Parliament", () => {
    expect(formsOf("body:генеральный_прокурор", "body:президент").get("представление доклада")).toEqual([`${LAW}#art_11__point_3`]);
    expect(formsOf("body:генеральный_прокурор", "body:президент").get("информирование")).toEqual([`${LAW}#art_11__point_4`]);
    expect(formsOf("body:генеральный_прокурор", "body:парламент").get("информирование")).toEqual([`${LAW}#art_11__point_5`]);
  });
  it("binds the pre-trial bodies by the prosecutor's instructions, not by the general «обязательны для исполнения всеми …»", () => {
    expect(formsOf("body:прокурор", "body:органы_досудебного_расследования").get("обязательность указаний")).toEqual([`${LAW}#art_6__point_3`]);
    expect(graph.edges.filter((e) => e.type === "INTERACTS_WITH" && (e.props.basis as string[]).some((b) => b.startsWith(`${LAW}#art_6__point_1`)))).toEqual([]);
  });
  it("never reads subordination or accountability backwards", () => {
    expect(has("SUBORDINATE_TO", "body:генеральный_прокурор", "body:нижестоящий_прокурор")).toBeUndefined();
    expect(has("SUBORDINATE_TO", "body:вышестоящий_прокурор", "body:нижестоящий_прокурор")).toBeUndefined();
    expect(has("ACCOUNTABLE_TO", "body:президент", "body:генеральный_прокурор")).toBeUndefined();
    expect(has("INTERACTS_WITH", "body:президент", "body:президент")).toBeUndefined();
  });
});

describe("the Constitutional Law «О прокуратуре»: acts of prosecutorial supervision", () => {
  const items: [number, string][] = [[1, "опротестование"], [2, "акты_прокурорского_надзора"], [3, "предписание"], [5, "санкционирование"], [8, "разъяснение_закона"], [9, "предостережение"]];
  for (const [n, power] of items)
    it(`reads item ${n}) of «Актами прокурорского надзора являются:» as the power ${power}`, () => expect(has("REGULATES", `${LAW}#art_22__point_1__subpoint_${n}`, `power:${power}`)).toBeDefined());

  const held: [string, string][] = [
    ["опротестование", "2. Протест приносится прокурором"],
    ["акты_прокурорского_надзора", "3. Прокурор вносит представление"],
    ["предписание", "4. Прокурор выносит предписание"],
    ["разъяснение_закона", "5. Прокурор объявляет разъяснение закона"],
    ["предостережение", "5. Прокурор объявляет разъяснение закона"],
  ];
  for (const [power, quote] of held)
    it(`HAS_POWER прокурор → ${power}, quoted from «${quote} …»`, () =>
      expect(has("HAS_POWER", "body:прокурор", `power:${power}`)?.evidence.some((v) => v.quote.startsWith(quote))).toBe(true));

  it("reads no court in a protest against a legal act brought to the body that issued it", () =>
    expect(graph.edges.filter((e) => e.type === "INTERACTS_WITH" && (e.props.basis as string[]).some((b) => b.startsWith(`${LAW}#art_22`)))).toEqual([]));
  it("gives the acts of supervision to no one but the prosecution", () => {
    const powers = ["опротестование", "акты_прокурорского_надзора", "предписание", "разъяснение_закона", "предостережение", "санкционирование"].map((p) => `power:${p}`);
    expect(graph.edges.filter((e) => e.type === "HAS_POWER" && powers.includes(e.target) && e.source !== "body:прокурор")).toEqual([]);
  });
  it("reads no power in the items that name no act of a known power (постановление, указание, требование)", () => {
    for (const n of [4, 6, 7]) expect(graph.edges.filter((e) => e.type === "REGULATES" && e.source === `${LAW}#art_22__point_1__subpoint_${n}`)).toEqual([]);
  });
});

describe("the Constitutional Law «О прокуратуре»: the prosecutor's powers in court", () => {
  const held = ["представительство_интересов_государства", "участие_в_судопроизводстве", "дача_заключения", "опротестование", "предъявление_иска", "поддержание_обвинения"];
  for (const power of held) it(`HAS_POWER прокурор → ${power}`, () => expect(has("HAS_POWER", "body:прокурор", `power:${power}`)).toBeDefined());

  it("grounds each interaction with the court in the part that states it", () => {
    const forms = formsOf("body:прокурор", "body:суд");
    expect(forms.get("представительство интересов государства в суде")).toEqual([`${LAW}#art_24__point_1`]);
    expect(forms.get("вступление в дело")).toEqual([`${LAW}#art_24__point_2`]);
    expect(forms.get("участие прокурора в рассмотрении дел")).toEqual([`${LAW}#art_24__point_3`]);
    expect(forms.get("опротестование актов")).toEqual([`${LAW}#art_24__point_4`]);
    expect(forms.get("обращение в суд")).toEqual([`${LAW}#art_24__point_5`]);
    expect(forms.get("поддержание государственного обвинения")).toEqual([`${LAW}#art_24__point_6`]);
  });
  it("never reads the court as acting on the prosecutor, nor as holding the prosecutor's powers", () => {
    expect(has("INTERACTS_WITH", "body:суд", "body:прокурор")).toBeUndefined();
    expect(graph.edges.filter((e) => e.type === "HAS_POWER" && e.source === "body:суд")).toEqual([]);
  });
});

describe("entering a case («вступить в дело»)", () => {
  const forms = (text: string) => graphOf(text).edges.filter((e) => e.type === "INTERACTS_WITH").map((e) => `${e.source} -> ${e.target}: ${e.props.form}`);
  it("reads a prosecutor's entering a case as an interaction with the court", () =>
    expect(forms("Прокурор вправе вступить в дело на любой стадии процесса, если этого требует защита прав граждан.")).toEqual(["body:прокурор -> body:суд: вступление в дело"]));
  it("leaves entering a case for a conclusion to the conclusion", () =>
    expect(forms("Прокурор вступает в процесс для дачи заключения по делам о выселении.")).toEqual(["body:прокурор -> body:суд: дача заключения"]));
  it("reads no interaction where no prosecution body enters a case, nor where an act enters into force", () => {
    expect(forms("Адвокат вступает в дело с момента допуска к участию в нем.")).toEqual([]);
    expect(forms("Решение суда вступает в законную силу по истечении срока на обжалование.")).toEqual([]);
    expect(forms("Прокурор вправе вступить в дело в качестве третьего лица.")).toEqual([]);
  });
});

const cases: RelationCase[] = [
  { name: "«Протест приносится прокурором на … правовой акт»: the prosecutor's protest, no court", text: "Протест приносится прокурором на противоречащий закону правовой акт в орган, издавший акт.", edges: ["HAS_POWER body:прокурор -> power:опротестование"], absent: ["INTERACTS_WITH body:прокурор -> body:суд"] },
  { name: "«Прокурор выносит предписание об устранении нарушений закона»", text: "Прокурор выносит предписание об устранении нарушений закона.", edges: ["HAS_POWER body:прокурор -> power:предписание"] },
  { name: "the prescriptions of a law are no prosecutor's act", text: "Суд применяет нормы права в соответствии с предписаниями закона.", edges: [] },
  { name: "«объявляет разъяснение закона и предостережение о недопустимости нарушения закона»", text: "Прокурор объявляет разъяснение закона и предостережение о недопустимости нарушения закона.", edges: ["HAS_POWER body:прокурор -> power:разъяснение_закона", "HAS_POWER body:прокурор -> power:предостережение"] },
  { name: "a ministry explaining legislation is no prosecutor's explanation of a law", text: "Министерство юстиции дает гражданам разъяснения законодательства.", edges: [] },
  { name: "items «1) протест; 2) предписание» of a list that is no list of acts of supervision", text: "Статья 5. Материалы дела\n\n1. К материалам дела приобщаются:\n1) протест;\n2) предписание.", edges: [], structured: true },
  { name: "the report after «подотчетен Президенту … и ежегодно представляет Президенту доклад» is the chair's", text: "Председатель Высшего Судебного Совета подотчетен Президенту Республики Казахстан и ежегодно представляет Президенту доклад о деятельности Высшего Судебного Совета.", edges: ["INTERACTS_WITH body:председатель_высшего_судебного_совета -> body:президент"], absent: ["INTERACTS_WITH body:президент -> body:президент"] },
  { name: "accountability alone is no report", text: "Генеральный Прокурор подотчетен Президенту Республики Казахстан.", edges: ["ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент"] },
];
relationCases("relate: acts of prosecutorial supervision and the Prosecutor General's reports", cases, { noneUnlessExpected: ["HAS_POWER", "INTERACTS_WITH"] });

describe("the binding force of a prosecutor's requirements as a principle", () => {
  const principles = (text: string) => graphOf(text).nodes.filter((n) => n.id === "principle:обязательность_требований_прокурора");
  it("finds it where the requirements are stated binding", () =>
    expect(principles("Требования прокурора, вытекающие из его полномочий, обязательны для исполнения всеми органами и гражданами.")).toHaveLength(1));
  it("not where they are stated not binding", () => expect(principles("Требования прокурора не обязательны для суда.")).toEqual([]));
});
