// Fixture-driven tests of the reporting rule: a passage → the interactions a lawyer reads in it, and those one
// must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "information given to two bodies joined by «и»: each receives it",
    text: "Генеральный Прокурор ежегодно представляет Президенту и Сенату Парламента информацию о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:президент", "INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:сенат": { form: "информирование" } },
  },
  {
    name: "a report heard by the Senate: the author of the report reports to the body that hears it",
    text: "Сенат заслушивает ежегодный доклад Генерального Прокурора о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:сенат": { form: "представление доклада" } },
    absent: ["INTERACTS_WITH body:сенат -> body:генеральный_прокурор"],
  },
  {
    name: "«докладывает» names the report itself",
    text: "Генеральный Прокурор докладывает Президенту Республики о состоянии законности.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:президент"],
  },
  {
    name: "what is presented must be a report or information: candidates are not reports",
    text: "Генеральный Прокурор представляет Президенту кандидатуры на должность.",
    edges: [],
  },
  {
    name: "evidence presented to a court is no report (it is the presentation of evidence)",
    text: "Прокурор представляет суду доказательства.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "представление доказательств" } },
  },
  {
    name: "a body after the verb not in the dative does not receive the report",
    text: "Прокурор представляет информацию о работе прокуратуры области.",
    edges: [],
  },
];

relationCases("relate: reports and information given to another body", cases, { noneWhenEmpty: "INTERACTS_WITH" });
