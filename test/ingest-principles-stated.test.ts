// Principles a norm states without naming them (ingest/find/stated-principles.ts): the Constitution's articles on the
// courts and the principle articles of the procedural codes, as published, and the same formulations quoted in a
// writing about the law. Each expected edge is a principle a lawyer reads in the provision; the negative cases are
// sentences that share words with a formulation but state no principle.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

// the two fixtures alone, through the whole pipeline (cleaning, structure with parts and points)
const FIXTURES = ["principles-stated-excerpt.txt", "principles-stated-criminal-procedure-excerpt.txt"];
let g: GraphExport;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "principles-stated-"));
  for (const f of FIXTURES) copyFileSync(join(import.meta.dirname, "fixtures", "general", f), join(dir, f));
  g = ingestCorpus({ corpus: dir }).graph;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const edgeOf = (type: string, source: string, target: string) => g.edges.find((e) => e.type === type && e.source === source && e.target === target);

describe("the Constitution's articles on rights and the courts (stated, not named)", () => {
  const c = "act:конституция";
  const cases: [string, string, string][] = [
    [`${c}#art_77__point_3__subpoint_1`, "презумпция_невиновности", "лицо считается невиновным"],
    [`${c}#art_77__point_3__subpoint_6`, "презумпция_невиновности", "не обязан доказывать свою невиновность"],
    [`${c}#art_77__point_3__subpoint_8`, "презумпция_невиновности", "сомнения в виновности"],
    [`${c}#art_77__point_3__subpoint_2`, "недопустимость_повторного_осуждения", "повторно осужден за одно и то же правонарушение"],
    [`${c}#art_77__point_1`, "независимость_судей", "независим и подчиняется только Конституции"],
    [`${c}#art_77__point_2`, "недопустимость_вмешательства", "вмешательство в деятельность суда"],
    [`${c}#art_79__point_1`, "независимость_судей", "независимость которых защищается"],
    [`${c}#art_75__point_1`, "правосудие_только_судом", "осуществляется только судом"],
    [`${c}#art_13__point_2`, "право_на_судебную_защиту", "право на судебную защиту"],
    [`${c}#art_13__point_3`, "право_на_юридическую_помощь", "квалифицированной юридической помощи"],
    [`${c}#art_14__point_1`, "равенство_перед_законом", "Все равны перед законом и судом"],
  ];
  for (const [source, principle, quote] of cases)
    it(`ESTABLISHES ${source} → ${principle}, the provision quoted`, () => {
      const e = edgeOf("ESTABLISHES", source, `principle:${principle}`);
      expect(e).toBeDefined();
      expect(e!.evidence[0].quote).toContain(quote);
    });
  it("reads judges' independence in «судей, независимость которых …», not a bare «независимость»", () =>
    expect(edgeOf("ESTABLISHES", `${c}#art_79__point_1`, "principle:независимость")).toBeUndefined());
  it("reads no principle into a provision that states none (the courts of the Republic, the right to be heard)", () => {
    for (const unit of ["art_75__point_3", "art_76__point_1", "art_77__point_3__subpoint_4", "art_79__point_2"])
      expect(g.edges.filter((e) => e.type === "ESTABLISHES" && e.source === `${c}#${unit}`), unit).toEqual([]);
  });
  it("reads the items under «судья должен руководствоваться следующими принципами:» as governing the judge", () => {
    for (const p of ["презумпция_невиновности", "недопустимость_повторного_осуждения"]) {
      const e = edgeOf("GOVERNS", `principle:${p}`, "body:судья");
      expect(e, p).toBeDefined();
      expect(e!.evidence[0].quote).toContain("руководствоваться следующими принципами");
    }
  });
  it("names the principles by their canonical labels", () => {
    const label = (id: string) => g.nodes.find((n) => n.id === id)?.label;
    expect(label("principle:презумпция_невиновности")).toBe("Презумпция невиновности");
    expect(label("principle:недопустимость_повторного_осуждения")).toBe("Недопустимость повторного осуждения");
  });
});

describe("a criminal procedure code's principle articles: the parts state what the heading names", () => {
  const u = "act:упк";
  const cases: [string, string][] = [
    [`${u}#art_11`, "правосудие_только_судом"],
    [`${u}#art_11__part_1`, "правосудие_только_судом"],
    [`${u}#art_19__part_1`, "презумпция_невиновности"],
    [`${u}#art_19__part_2`, "презумпция_невиновности"],
    [`${u}#art_19__part_3`, "презумпция_невиновности"],
    [`${u}#art_20`, "недопустимость_повторного_осуждения"],
    [`${u}#art_20__part_1`, "недопустимость_повторного_осуждения"],
    [`${u}#art_21__part_1`, "равенство_перед_законом"],
    [`${u}#art_22__part_1`, "независимость_судей"],
    [`${u}#art_22__part_2`, "недопустимость_вмешательства"],
    [`${u}#art_23__part_1`, "состязательность"],
    [`${u}#art_23__part_1`, "равенство_сторон"],
    [`${u}#art_29__part_1`, "гласность"],
  ];
  for (const [source, principle] of cases)
    it(`ESTABLISHES ${source} → ${principle}`, () => expect(edgeOf("ESTABLISHES", source, `principle:${principle}`)).toBeDefined());
});

const CIVIL = "Гражданский процессуальный кодекс Республики Казахстан";
const OFFENCES = "Кодекс Республики Казахстан об административных правонарушениях";
const cases: RelationCase[] = [
  {
    name: "a civil procedure code: the right to judicial protection and open hearings, stated",
    act: CIVIL,
    text: `${CIVIL}\n\nКодекс Республики Казахстан от 31 октября 2015 года № 377-V ЗРК.\n\nСтатья 8. Право на обращение в суд\n\n      1. Каждый вправе в порядке, установленном настоящим Кодексом, обратиться в суд за защитой нарушенных или оспариваемых прав, свобод или охраняемых законом интересов.\n\nСтатья 19. Открытость судебного процесса\n\n      1. Разбирательство дел во всех судах открытое.\n`,
    edges: ["ESTABLISHES act:гпк#art_8 -> principle:право_на_судебную_защиту", "ESTABLISHES act:гпк#art_19 -> principle:гласность"],
  },
  {
    name: "an offences code: presumption of innocence and non bis in idem for administrative liability",
    act: OFFENCES,
    text: `${OFFENCES}\n\nКодекс Республики Казахстан от 5 июля 2014 года № 235-V ЗРК.\n\nСтатья 12. Защита прав лица\n\n      1. Лицо, привлекаемое к административной ответственности, считается невиновным, пока его виновность не будет доказана в порядке, предусмотренном настоящим Кодексом.\n\nСтатья 14. Ответственность\n\n      1. Никто не может быть повторно привлечен к административной ответственности за одно и то же правонарушение.\n`,
    edges: ["ESTABLISHES act:коап#art_12 -> principle:презумпция_невиновности", "ESTABLISHES act:коап#art_14 -> principle:недопустимость_повторного_осуждения"],
  },
  {
    name: "a writing quoting the Constitution: the norm it cites establishes the principle it words",
    text: "Согласно пункту 1 статьи 77 Конституции Республики Казахстан, судья при отправлении правосудия независим и подчиняется только Конституции и закону. В силу подпункта 2) пункта 3 статьи 77 Конституции никто не может быть повторно осужден за одно и то же правонарушение.",
    edges: ["ESTABLISHES act:конституция#art_77__point_1 -> principle:независимость_судей", "ESTABLISHES act:конституция#art_77__point_3__subpoint_2 -> principle:недопустимость_повторного_осуждения"],
  },
  {
    name: "a law on the courts: judicial power belongs only to the courts; interference not allowed",
    act: "О судебной системе и статусе судей Республики Казахстан",
    text: "О судебной системе и статусе судей Республики Казахстан\n\nКонституционный закон Республики Казахстан от 25 декабря 2000 года № 132-II.\n\nСтатья 1. Судебная власть\n\n      1. Судебная власть в Республике Казахстан принадлежит только судам в лице постоянных судей.\n\nСтатья 2. Гарантии\n\n      1. Вмешательство в деятельность судей по осуществлению правосудия не допускается.\n",
    edges: ["ESTABLISHES act:law_о_судебной_системе_и_статусе_судей#art_1 -> principle:правосудие_только_судом", "ESTABLISHES act:law_о_судебной_системе_и_статусе_судей#art_2 -> principle:недопустимость_вмешательства"],
  },
  {
    name: "the burden of proof on the prosecutor is no presumption stated; an acquittal is not either",
    act: "Уголовно-процессуальный кодекс Республики Казахстан",
    text: "Уголовно-процессуальный кодекс Республики Казахстан\n\nКодекс Республики Казахстан от 4 июля 2014 года № 231-V ЗРК.\n\nСтатья 118. Доказывание\n\n      1. Прокурор обязан доказать виновность обвиняемого.\n\n      2. Суд, признав подсудимого невиновным, выносит оправдательный приговор.\n",
    edges: [],
    absent: ["ESTABLISHES act:упк#art_118 -> principle:презумпция_невиновности"],
  },
  {
    name: "a prosecutor's claim, a repeated offence and a closed hearing state no principle",
    act: "Уголовно-процессуальный кодекс Республики Казахстан",
    text: "Уголовно-процессуальный кодекс Республики Казахстан\n\nКодекс Республики Казахстан от 4 июля 2014 года № 231-V ЗРК.\n\nСтатья 200. Разные положения\n\n      1. Прокурор вправе обратиться в суд с иском в защиту прав граждан.\n\n      2. Лицо, повторно совершившее правонарушение в течение года, несет ответственность.\n\n      3. Если разбирательство дела в суде проводилось в закрытом заседании, приговор оглашается открыто.\n",
    edges: [],
    absent: ["ESTABLISHES act:упк#art_200 -> principle:право_на_судебную_защиту", "ESTABLISHES act:упк#art_200 -> principle:недопустимость_повторного_осуждения", "ESTABLISHES act:упк#art_200 -> principle:гласность"],
  },
];

relationCases("stated principles in codes, laws and writings", cases, { noneWhenEmpty: "ESTABLISHES" });
