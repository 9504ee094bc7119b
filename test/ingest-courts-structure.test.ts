// The inner structure of the courts as a lawyer reads it in the Constitutional Law on the judicial system and the
// Criminal Procedure Code (test/fixtures/general/courts-structure-excerpt.txt, criminal-procedure-trial-excerpt.txt):
// a court's collegiums and plenary session are Bodies PART_OF that court; the chairs of collegiums are officials
// appointed; the judge presiding at a hearing («председательствующий») is no Body of its own.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { findConcepts } from "../ingest/find/concepts.js";
import { findUnitBodies } from "../ingest/find/units.js";
import { ingestCorpus } from "../ingest/pipeline.js";
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

const FIXTURES = ["courts-structure-excerpt.txt", "criminal-procedure-trial-excerpt.txt"];
let graph: GraphExport;
const has = (type: string, source: string, target: string) => graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
const COLLEGIUMS = ["гражданским", "уголовным", "административным"].map((c) => `body:судебная_коллегия_по_${c}_делам`);

beforeAll(() => {
  // the two excerpts by themselves (the general folder's other texts are other tests' business)
  const dir = mkdtempSync(join(tmpdir(), "courts-structure-"));
  for (const f of FIXTURES) copyFileSync(join(import.meta.dirname, "fixtures", "general", f), join(dir, f));
  graph = ingestCorpus({ corpus: dir }).graph;
}, 120_000);

describe("the structure of the courts in the Constitutional Law on the judicial system", () => {
  it("makes court Bodies of the collegiums, named in the nominative", () => {
    for (const id of COLLEGIUMS) expect(graph.nodes.find((n) => n.id === id)?.props.bodyKind, id).toBe("court");
    expect(graph.nodes.find((n) => n.id === COLLEGIUMS[1])?.label).toBe("Судебная коллегия по уголовным делам");
  });

  it("reads each collegium of «Структуру Верховного Суда составляют: …» and «В Верховном Суде образуются судебные коллегии по гражданским, уголовным и административным делам» as PART_OF the Supreme Court", () => {
    for (const id of COLLEGIUMS) {
      const quotes = has("PART_OF", id, "body:верховный_суд")?.evidence.map((v) => v.quote) ?? [];
      expect(quotes.some((q) => q.startsWith("2. Структуру Верховного Суда")), id).toBe(true);
      expect(quotes.some((q) => q.startsWith("1. В Верховном Суде Республики Казахстан образуются судебные коллегии")), id).toBe(true);
    }
    expect(has("PART_OF", "body:пленарное_заседание_верховного_суда", "body:верховный_суд")).toBeDefined();
  });

  it("reads the collegiums formed «в областном и приравненном к нему суде» as PART_OF the regional court", () => {
    for (const id of COLLEGIUMS) expect(has("PART_OF", id, "body:областной_суд"), id).toBeDefined();
  });

  it("reads a collegium named with its court in the genitive as PART_OF that court", () => {
    const quotes = has("PART_OF", COLLEGIUMS[1], "body:верховный_суд")!.evidence.map((v) => v.quote);
    expect(quotes.some((q) => q.startsWith("2. Судебная коллегия по уголовным делам Верховного Суда рассматривает"))).toBe(true);
    expect(has("PART_OF", COLLEGIUMS[1], "body:областной_суд")!.evidence.some((v) => v.quote.includes("в судебную коллегию по уголовным делам областного суда"))).toBe(true);
  });

  it("reads the members of the plenary session, not the court their title names", () => {
    expect(has("PART_OF", "body:председатель_судебной_коллегии", "body:пленарное_заседание_верховного_суда")).toBeDefined();
    expect(has("PART_OF", "body:судья", "body:пленарное_заседание_верховного_суда")).toBeDefined();
    expect(has("PART_OF", "body:верховный_суд", "body:пленарное_заседание_верховного_суда")).toBeUndefined();
  });

  it("reads who appoints the chairs: the Senate elects the Chairman of the Supreme Court, the President appoints chairs of collegiums and of courts", () => {
    expect(has("APPOINTS", "body:сенат", "body:председатель_верховного_суда")?.props).toMatchObject({ nominatedBy: "body:президент" });
    expect(has("APPOINTS", "body:президент", "body:председатель_судебной_коллегии")?.props).toMatchObject({ nominatedBy: "body:высший_судебный_совет" });
    expect(has("APPOINTS", "body:президент", "body:председатель_суда")).toBeDefined();
    // the courts named in the chairs' titles are not appointed
    expect(has("APPOINTS", "body:президент", "body:верховный_суд")).toBeUndefined();
    expect(has("APPOINTS", "body:президент", "body:областной_суд")).toBeUndefined();
  });

  it("keeps the Prosecutor General's part in the plenary session", () => {
    expect(has("INTERACTS_WITH", "body:генеральный_прокурор", "body:пленарное_заседание_верховного_суда")).toBeDefined();
  });

  it("no collegium is part of another, nor of the plenary session", () => {
    const wrong = graph.edges.filter((e) => e.type === "PART_OF" && COLLEGIUMS.includes(e.source) && !["body:верховный_суд", "body:областной_суд"].includes(e.target));
    expect(wrong.map((e) => e.id)).toEqual([]);
  });
});

describe("the presiding judge and the prosecutor at the main trial (Criminal Procedure Code)", () => {
  it("reads the prosecutor's part in the trial as an interaction with the court", () => {
    expect(has("INTERACTS_WITH", "body:прокурор", "body:суд")).toBeDefined();
  });

  it("makes no Body of «председательствующий» and reads no interaction into «Председательствующий предоставляет слово прокурору»", () => {
    expect(graph.nodes.filter((n) => n.type === "Body" && /председательствующ/u.test(n.id + n.label))).toEqual([]);
    const presiding = graph.edges.filter((e) => e.type !== "REGULATES" && e.type !== "PART_OF" && e.evidence.some((v) => /^\d\. (?:Председательствующий|Возражения прокурора против действий председательствующего)/u.test(v.quote)));
    expect(presiding.filter((e) => e.type !== "ESTABLISHES").map((e) => e.id)).toEqual([]);
  });
});

describe("find: collegiums of a court", () => {
  const keysIn = (text: string) => findConcepts(text).filter((m) => m.type === "Body").map((m) => [m.key, m.text]);
  it("finds each collegium of a list sharing one noun", () => {
    expect(keysIn("В Верховном Суде образуются судебные коллегии по гражданским, уголовным и административным делам.")).toEqual([
      ["верховный_суд", "Верховном Суде"],
      ["судебная_коллегия_по_гражданским_делам", "судебные коллегии по гражданским"],
      ["судебная_коллегия_по_уголовным_делам", "уголовным"],
      ["судебная_коллегия_по_административным_делам", "административным"],
    ]);
  });
  it("finds no collegium in cases named without one, nor in a department's name", () => {
    const text = "Правосудие по уголовным и гражданским делам осуществляется только судом. Департамент по надзору за законностью судебных актов по гражданским и административным делам Генеральной прокуратуры.";
    expect(keysIn(text).filter(([k]) => String(k).includes("коллеги"))).toEqual([]);
  });
  it("finds the chair of a collegium as an official, not the collegium", () => {
    expect(keysIn("Председатели судебных коллегий Верховного Суда назначаются Президентом.").map(([k]) => k)).toEqual(["председатель_судебной_коллегии", "верховный_суд", "президент"]);
  });
  it("names a collegium the vocabulary lacks by what it hears, of its court's kind", () => {
    const text = "Судебная коллегия по делам несовершеннолетних Верховного Суда рассматривает дела.";
    const units = findUnitBodies(text, 0, text.length, findConcepts(text).filter((m) => m.type === "Body"));
    expect(units.map((u) => [u.label, u.bodyKind])).toEqual([["Судебная коллегия по делам несовершеннолетних", "court"]]);
  });
});

const cases: RelationCase[] = [
  {
    name: "«В X образуются A, B и C»: each body listed is PART_OF X",
    text: "В областном суде образуются судебная коллегия по гражданским делам и судебная коллегия по уголовным делам.",
    edges: ["PART_OF body:судебная_коллегия_по_гражданским_делам -> body:областной_суд", "PART_OF body:судебная_коллегия_по_уголовным_делам -> body:областной_суд"],
  },
  {
    name: "a body of another branch acting in a court is no part of it; nor is an official",
    text: "В районном суде действует прокурор района. В Верховном Суде образуется аппарат, которым руководит руководитель аппарата, назначаемый Председателем Верховного Суда.",
    edges: [],
    absent: ["PART_OF body:прокурор_района -> body:районный_суд", "PART_OF body:председатель_верховного_суда -> body:верховный_суд"],
  },
  {
    name: "a collegium named with its court and the prosecutor taking part: the prosecutor interacts with the court",
    structured: true,
    text: "Судебная коллегия по уголовным делам Алматинского областного суда с участием прокурора рассмотрела дело по апелляционному ходатайству.",
    edges: ["PART_OF body:судебная_коллегия_по_уголовным_делам -> body:областной_суд", "INTERACTS_WITH body:прокурор -> body:областной_суд"],
    absent: ["INTERACTS_WITH body:прокурор -> body:судебная_коллегия_по_уголовным_делам", "PART_OF body:прокурор -> body:областной_суд"],
  },
  {
    name: "the presiding judge gives the floor to the prosecutor: no body, no interaction",
    text: "Председательствующий предоставляет слово прокурору для изложения обвинения.",
    edges: [],
  },
];

relationCases("relate: the units of a court («В … суде образуются …», a collegium and its court)", cases, { noneWhenEmpty: "INTERACTS_WITH" });
