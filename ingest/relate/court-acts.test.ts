// Fixture-driven tests of protests and motions against a court's act where no court is named: a passage → the
// interactions a lawyer reads in it, and those one must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
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
    name: "a request to another prosecution body to bring a motion is not a motion to the court",
    text: "Прокуроры областей вносят в Генеральную прокуратуру представление о принесении ходатайства о пересмотре судебных актов.",
    edges: [],
  },
  {
    name: "a protest against an act that is not a court's, or by no prosecution body, gives nothing",
    text: "Прокурор приносит протест на акт акимата. Адвокат вправе принести ходатайство о пересмотре судебных актов.",
    edges: [],
  },
];

relationCases("relate: protests and motions against a court's act", cases, { noneWhenEmpty: "INTERACTS_WITH" });
