// Fixture-driven tests of the immunity rule: a passage → the interactions a lawyer reads in it, and those one
// must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "the Senate's consent to prosecute the Prosecutor General, across a long list of measures",
    text: "Генеральный Прокурор не может быть арестован, подвергнут приводу, мерам административного взыскания, налагаемым в судебном порядке, привлечен к уголовной ответственности без согласия Сената, кроме случаев задержания на месте преступления.",
    edges: ["INTERACTS_WITH body:сенат -> body:генеральный_прокурор"],
    props: { "INTERACTS_WITH body:сенат -> body:генеральный_прокурор": { form: "согласие на привлечение к ответственности" } },
    absent: ["INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
  },
  {
    name: "consent to dismiss a judge",
    text: "Судья Верховного Суда не может быть освобожден от должности без согласия Сената.",
    edges: ["INTERACTS_WITH body:сенат -> body:судья"],
    props: { "INTERACTS_WITH body:сенат -> body:судья": { form: "согласие на освобождение от должности" } },
  },
  {
    name: "a consent not of a body, or no protected body, gives nothing",
    text: "Прокурор не может быть привлечен к ответственности без достаточных оснований. Дело не может быть рассмотрено без согласия Сената.",
    edges: [],
  },
];

relationCases("relate: immunity (consent to prosecute or dismiss)", cases, { noneWhenEmpty: "INTERACTS_WITH" });
