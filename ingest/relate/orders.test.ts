// Fixture-driven tests of the relation rules on phrasings of orders of the Prosecutor General and the instructions
// they approve: a passage → the edges a lawyer reads in it, and those one must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "participation named as a noun: the prosecutors participate in the court named after it, not those who ensure it",
    text: "Прокуроры областей и приравненные к ним прокуроры обеспечивают участие прокуроров в рассмотрении гражданских дел в судах первой инстанции.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции": { form: "участие прокурора в рассмотрении дел" } },
    absent: ["INTERACTS_WITH body:прокурор_области -> body:суд_первой_инстанции"],
  },
  {
    name: "participation as a noun without a court, or with the participant not a body, gives no interaction",
    text: "Прокуроры обеспечивают участие понятых в рассмотрении материалов. Участие прокурора в рассмотрении дел обязательно.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "copies of court acts sent to the prosecution: the acts name the court that sends them",
    text: "Копии судебных актов направляются в прокуратуру в порядке, установленном статьей 440 ГПК.",
    edges: ["INTERACTS_WITH body:суд -> body:прокуратура"],
    props: { "INTERACTS_WITH body:суд -> body:прокуратура": { form: "направление прокурору копий судебных актов", basis: ["act:гпк#art_440"] } },
  },
  {
    name: "court acts outside a sentence about copies do not name a court",
    text: "Прокурор изучает законность судебных актов и докладывает прокурору области.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "sending protests to a court, named as a noun: the form is what is sent, an appeal protest is a protest",
    text: "Прокурорам областей обеспечить направление в суды апелляционной инстанции апелляционных протестов в порядке, предусмотренном статьями 403, 404 ГПК.",
    edges: ["INTERACTS_WITH body:прокурор_области -> body:апелляционная_инстанция", "HAS_POWER body:прокурор_области -> power:опротестование"],
    props: { "INTERACTS_WITH body:прокурор_области -> body:апелляционная_инстанция": { form: "опротестование актов", basis: ["act:гпк#art_403", "act:гпк#art_404"] } },
  },
  {
    name: "a direction of work is not a sending",
    text: "Основные направления деятельности прокуратуры в суде определяются законом.",
    edges: [],
  },
  {
    name: "a power in the name of a body's unit is not the body's power (whom the order is sent to, on whom control is laid)",
    text: "Приказ направить Департаменту по надзору за законностью судебных актов Генеральной прокуратуры для исполнения. Контроль за исполнением настоящего приказа возложить на Управление по надзору за законностью судебных актов Генеральной прокуратуры.",
    edges: [],
    absent: ["HAS_POWER body:генеральная_прокуратура -> power:надзор_за_судебными_актами"],
  },
  {
    name: "… while the body that exercises it, named beside such a unit, holds it",
    text: "Генеральная прокуратура осуществляет надзор за законностью судебных актов через Департамент по надзору за соблюдением законности в уголовном процессе.",
    edges: ["HAS_POWER body:генеральная_прокуратура -> power:надзор_за_судебными_актами"],
  },
];

relationCases("relate: orders and instructions", cases, { noneWhenEmpty: "INTERACTS_WITH" });
