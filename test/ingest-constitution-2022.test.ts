// The Constitution as amended by the referendum of 5 June 2022 (test/fixtures/constitution-2022), on the articles that
// tie the courts, the Constitutional Court and the prosecution together: the President's and the Senate's appointments
// (arts. 44, 57, 71, 82, 83, 83-1), the Constitutional Court's appellants (art. 72, with arts. 78, 83, 83-1), the
// courts and the Supreme Court (arts. 75, 76, 81), the prosecution (art. 83) and the Ombudsman (art. 83-1). Laid out
// as in the official database; written from memory of the official text. Its own folder: ingested alone, its article
// numbers do not mix with the general/ excerpt of the same act. Expected edges, then edges a lawyer would call wrong,
// then passages for the general rules the fixture needed.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

let graph: GraphExport;
const K = "act:конституция";
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
const quotes = (type: string, source: string, target: string) => has(type, source, target)?.evidence.map((v) => v.quote) ?? [];

beforeAll(() => {
  graph = ingestCorpus({ corpus: join(import.meta.dirname, "fixtures", "constitution-2022") }).graph;
}, 120_000);

describe("Constitution 2022: appointments", () => {
  it("the President appoints the Prosecutor General and the Chairman of the Constitutional Court with the Senate's consent (art. 44 3-1), «по согласию Сената»)", () => {
    for (const who of ["body:генеральный_прокурор", "body:председатель_конституционного_суда"]) {
      const e = has("APPOINTS", "body:президент", who);
      expect(e?.props.consentOf, who).toBe("body:сенат");
      expect(e!.evidence.some((v) => v.quote.startsWith("3-1) по согласию Сената назначает"))).toBe(true);
    }
  });
  it("the same appointment is read from the Senate's consent (art. 57) and from art. 83.3", () => {
    const q = quotes("APPOINTS", "body:президент", "body:генеральный_прокурор");
    expect(q.some((s) => s.startsWith("2) дача согласия на назначение Президентом"))).toBe(true);
    expect(q.some((s) => s.startsWith("3. Генеральный Прокурор Республики назначается"))).toBe(true);
  });
  it("the Senate elects the Supreme Court's Chairman, chairmen of collegia and judges on the President's nomination (art. 82.1)", () => {
    for (const who of ["body:председатель_верховного_суда", "body:председатель_судебной_коллегии", "body:судья"])
      expect(has("APPOINTS", "body:сенат", who)?.props.nominatedBy, who).toBe("body:президент");
  });
  it("reads the same election from the Senate's list «1) избрание по представлению Президента …» (art. 57), the lead-in quoted first", () => {
    const q = quotes("APPOINTS", "body:сенат", "body:председатель_верховного_суда");
    const i = q.indexOf("К исключительному ведению Сената относятся:");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(q[i + 1]).toMatch(/^1\) избрание по представлению Президента/);
  });
  it("the judges of the Constitutional Court: four by the President, three each by the Senate and the Mazhilis (art. 71.2, «соответственно»)", () => {
    for (const by of ["body:президент", "body:сенат", "body:мажилис"])
      expect(quotes("APPOINTS", by, "body:судья").some((s) => s.includes("Четыре судьи Конституционного Суда")), by).toBe(true);
  });
  it("the President appoints local judges on the recommendation of the Supreme Judicial Council (art. 82.2)", () => {
    expect(has("APPOINTS", "body:президент", "body:судья")?.props.nominatedBy).toBe("body:высший_судебный_совет");
  });
  it("the Senate elects the Ombudsman on the President's nomination (art. 83-1.4)", () => {
    expect(has("APPOINTS", "body:сенат", "body:уполномоченный_по_правам_человека")?.props.nominatedBy).toBe("body:президент");
  });
  const wrong: [string, string][] = [
    ["body:сенат", "body:генеральный_прокурор"], // the Senate consents, it does not appoint
    ["body:сенат", "body:председатель_конституционного_суда"],
    ["body:президент", "body:сенат"],
    ["body:сенат", "body:мажилис"],
    ["body:сенат", "body:верховный_суд"], // «судей Верховного Суда»: the court is the judges' attribute
    ["body:президент", "body:парламент"], // «2) назначает … выборы в Парламент»
  ];
  for (const [s, t] of wrong) it(`no APPOINTS ${s} → ${t}`, () => expect(has("APPOINTS", s, t)).toBeUndefined());
  it("numbers the inserted subpoint «3-1)» as its own unit", () => {
    expect(has("REGULATES", `${K}#art_44__subpoint_3_1`, "body:генеральный_прокурор")).toBeDefined();
    expect(has("REGULATES", `${K}#art_44__subpoint_7`, "body:национальный_банк")).toBeDefined();
  });
});

describe("Constitution 2022: the Constitutional Court's appellants", () => {
  const cases: [string, string[]][] = [
    ["body:генеральный_прокурор", [`${K}#art_72__point_4`, `${K}#art_83__point_4`]],
    ["body:суд", [`${K}#art_72__point_2`, `${K}#art_78`]],
    ["body:уполномоченный_по_правам_человека", [`${K}#art_72__point_5`, `${K}#art_83_1__point_3`]],
    ["body:президент", [`${K}#art_72__point_1`]],
    ["body:премьер_министр", [`${K}#art_72__point_1`]],
  ];
  for (const [who, basis] of cases)
    it(`INTERACTS_WITH ${who} → КС «рассмотрение обращений», basis ${basis.join(", ")}`, () => {
      const e = has("INTERACTS_WITH", who, "body:конституционный_суд");
      expect(e?.props.form).toBe("рассмотрение обращений");
      expect(e!.props.basis).toEqual(expect.arrayContaining(basis));
    });
  it("never reads the Constitutional Court appealing to the courts or the Prosecutor General", () => {
    expect(has("INTERACTS_WITH", "body:конституционный_суд", "body:суд")).toBeUndefined();
    expect(has("INTERACTS_WITH", "body:конституционный_суд", "body:генеральный_прокурор")).toBeUndefined();
  });
});

describe("Constitution 2022: the courts", () => {
  const cases: [string, string, string][] = [
    ["ESTABLISHES", `${K}#art_75__point_1`, "principle:правосудие_только_судом"],
    ["PART_OF", "body:верховный_суд", "body:суд"],
    ["PART_OF", "body:местный_суд", "body:суд"],
    ["HAS_POWER", "body:верховный_суд", "power:надзор_за_деятельностью_судов"],
    ["HAS_POWER", "body:верховный_суд", "power:разъяснение_судебной_практики"],
    ["REGULATES", `${K}#art_81`, "body:верховный_суд"],
    ["REGULATES", `${K}#art_82__point_1`, "body:высший_судебный_совет"],
    ["REGULATES", `${K}#art_74__point_3`, "body:конституционный_суд"],
    ["REGULATES", `${K}#art_76__point_3`, "body:суд"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  it("the courts under the Supreme Court do not hold its supervision («подсудным местным и другим судам»)", () => {
    expect(has("HAS_POWER", "body:местный_суд", "power:надзор_за_деятельностью_судов")).toBeUndefined();
    expect(has("HAS_POWER", "body:суд", "power:надзор_за_деятельностью_судов")).toBeUndefined();
  });
});

describe("Constitution 2022: the prosecution and the Ombudsman", () => {
  const cases: [string, string, string][] = [
    ["HAS_POWER", "body:прокуратура", "power:высший_надзор"],
    ["HAS_POWER", "body:прокуратура", "power:представительство_интересов_государства"],
    ["HAS_POWER", "body:прокуратура", "power:уголовное_преследование"],
    ["REGULATES", `${K}#art_83__point_1`, "body:прокуратура"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:вышестоящий_прокурор"],
    ["SUBORDINATE_TO", "body:нижестоящий_прокурор", "body:генеральный_прокурор"],
    ["ACCOUNTABLE_TO", "body:прокуратура", "body:президент"],
    ["ESTABLISHES", `${K}#art_83__point_2`, "principle:централизация"],
    ["ESTABLISHES", `${K}#art_83__point_2`, "principle:независимость"],
    ["ESTABLISHES", `${K}#art_83_1__point_2`, "principle:независимость"], // «независим и неподотчетен»
    ["REGULATES", `${K}#art_83__point_5`, "body:прокуратура"],
  ];
  for (const [type, source, target] of cases) it(`${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeDefined());
  it("the prosecution represents the State before the court (art. 83.1)", () => {
    expect(has("INTERACTS_WITH", "body:прокуратура", "body:суд")?.props.form).toBe("представительство интересов государства в суде");
  });
  const wrong: [string, string, string][] = [
    ["SUBORDINATE_TO", "body:генеральный_прокурор", "body:нижестоящий_прокурор"],
    ["SUBORDINATE_TO", "body:прокуратура", "body:президент"], // accountable, not subordinate
    ["ACCOUNTABLE_TO", "body:уполномоченный_по_правам_человека", "body:сенат"], // «неподотчетен»
    ["ACCOUNTABLE_TO", "body:прокуратура", "body:сенат"],
    ["HAS_POWER", "body:суд", "power:высший_надзор"],
  ];
  for (const [type, source, target] of wrong) it(`no ${type} ${source} → ${target}`, () => expect(has(type, source, target)).toBeUndefined());
  it("ACCOUNTABLE_TO is read only from art. 83.2", () => {
    expect(graph.edges.filter((e) => e.type === "ACCOUNTABLE_TO").map((e) => `${e.source}→${e.target}`)).toEqual(["body:прокуратура→body:президент"]);
  });
});

const PRESIDENT_LIST = "Статья 44\n\nПрезидент Республики Казахстан:\n\n";
const SENATE_LIST = "Статья 57\n\nК исключительному ведению Сената относятся:\n\n";
const CONST = "Конституция Республики Казахстан";
const passages: RelationCase[] = [
  {
    name: "«по согласию Сената назначает»: the Senate consents, the lead-in appoints",
    act: CONST,
    text: `${PRESIDENT_LIST}1) по согласию Сената назначает на должность Генерального Прокурора; освобождает его от должности;\n`,
    edges: ["APPOINTS body:президент -> body:генеральный_прокурор"],
    absent: ["APPOINTS body:сенат -> body:генеральный_прокурор"],
    props: { "APPOINTS body:президент -> body:генеральный_прокурор": { consentOf: "body:сенат" } },
  },
  {
    name: "«…, по три судьи – соответственно Сенатом и Мажилисом»",
    text: "Четыре судьи Конституционного Суда назначаются Президентом Республики, по три судьи – соответственно Сенатом и Мажилисом.",
    edges: ["APPOINTS body:президент -> body:судья", "APPOINTS body:сенат -> body:судья", "APPOINTS body:мажилис -> body:судья"],
    absent: ["APPOINTS body:сенат -> body:мажилис", "APPOINTS body:президент -> body:сенат"],
  },
  {
    name: "a list item naming the election alone: the lead-in elects, «по представлению» nominates",
    act: CONST,
    text: `${SENATE_LIST}1) избрание по представлению Президента Республики Председателя Верховного Суда и судей Верховного Суда Республики, принятие их присяги;\n`,
    edges: ["APPOINTS body:сенат -> body:председатель_верховного_суда", "APPOINTS body:сенат -> body:судья"],
    absent: ["APPOINTS body:сенат -> body:верховный_суд", "APPOINTS body:сенат -> body:президент", "APPOINTS body:президент -> body:судья"],
    props: { "APPOINTS body:сенат -> body:судья": { nominatedBy: "body:президент" } },
  },
  {
    name: "negative: «назначение выборов в Парламент» appoints no one",
    act: CONST,
    text: `${PRESIDENT_LIST}1) назначение очередных и внеочередных выборов в Парламент Республики;\n`,
    edges: [],
  },
  {
    name: "negative: the nominal form without a lead-in body appoints no one",
    text: "Назначение на должность судьи Верховного Суда производится в порядке, установленном законом.",
    edges: [],
  },
  {
    name: "the Supreme Court, not the courts under it, supervises their work and explains judicial practice",
    text: "Верховный Суд Республики является высшим судебным органом по гражданским, уголовным и иным делам, подсудным местным и другим судам, осуществляет в предусмотренных законом процессуальных формах надзор за их деятельностью и дает разъяснения по вопросам судебной практики.",
    edges: ["HAS_POWER body:верховный_суд -> power:надзор_за_деятельностью_судов", "HAS_POWER body:верховный_суд -> power:разъяснение_судебной_практики"],
    absent: ["HAS_POWER body:местный_суд -> power:надзор_за_деятельностью_судов", "HAS_POWER body:суд -> power:надзор_за_деятельностью_судов", "HAS_POWER body:местный_суд -> power:разъяснение_судебной_практики"],
  },
  {
    name: "negative: «надзор за их деятельностью» without a highest judicial body is no court's supervision",
    text: "Прокурор области осуществляет надзор за их деятельностью и координирует работу районных прокуроров.",
    edges: [],
    absent: ["HAS_POWER body:прокурор_области -> power:надзор_за_деятельностью_судов"],
  },
  {
    name: "the Ombudsman «независим и неподотчетен» states independence, and no accountability",
    act: CONST,
    text: "Статья 83-1\n\n2. Уполномоченный по правам человека при осуществлении своих полномочий независим и неподотчетен каким-либо государственным органам и должностным лицам.\n",
    edges: ["ESTABLISHES act:конституция#art_83_1__point_2 -> principle:независимость"],
    absent: ["ACCOUNTABLE_TO body:уполномоченный_по_правам_человека -> body:государственный_орган"],
  },
  {
    name: "negative: accountability alone states no independence",
    act: CONST,
    text: "Статья 83-1\n\n2. Уполномоченный по правам человека подотчетен Сенату.\n",
    edges: [],
    absent: ["ESTABLISHES act:конституция#art_83_1__point_2 -> principle:независимость"],
  },
  {
    name: "«Судами Республики являются A, B …»: the listed courts are part of the courts",
    text: "Судами Республики являются Верховный Суд Республики, местные и другие суды Республики, учреждаемые законом.",
    edges: ["PART_OF body:верховный_суд -> body:суд", "PART_OF body:местный_суд -> body:суд"],
  },
  {
    name: "«Органами прокуратуры являются …»",
    text: "Органами прокуратуры являются Генеральная прокуратура, прокуратуры областей и районные прокуратуры.",
    edges: ["PART_OF body:генеральная_прокуратура -> body:прокуратура", "PART_OF body:районная_прокуратура -> body:прокуратура"],
  },
  {
    name: "negative: persons, offices or a body after a participle are no parts",
    text: "Судами являются лица, избранные Сенатом. Участниками процесса являются прокурор и суд. Судьями являются граждане Республики.",
    edges: [],
    absent: ["PART_OF body:сенат -> body:суд", "PART_OF body:прокурор -> body:суд"],
  },
];
relationCases("Constitution 2022: passages", passages, { noneWhenEmpty: "APPOINTS" });
