import { relationCases, type RelationCase } from "./testing.js";

const LEAD = "Следует остановиться на принципах деятельности органов государственной власти, в том числе прокуратуры, влияющих на их взаимодействие:\n";
const ITEM1 = "1) Принцип единства государственной власти.\n";
const PROSE = "Академик Г.С. Сапаргалиев отмечает, что ветви власти формируются самостоятельно. Все они общими усилиями осуществляют функции государства.\n";
const cases: RelationCase[] = [
  {
    name: "a numbered item after paragraphs of commentary still has the list's lead-in",
    text: LEAD + ITEM1 + PROSE + "2) Принцип взаимной ответственности в процессе взаимодействия органов различных ветвей государственной власти.",
    edges: ["GOVERNS principle:взаимная_ответственность -> body:прокуратура"],
  },
  {
    name: "… not when the items before it are not 1 … n-1 in turn",
    text: LEAD + ITEM1 + PROSE + "3) Принцип взаимной ответственности в процессе взаимодействия органов различных ветвей государственной власти.",
    edges: [],
    absent: ["GOVERNS principle:взаимная_ответственность -> body:прокуратура"],
  },
  {
    name: "… nor when item 1 has no lead-in",
    text: PROSE + ITEM1 + PROSE + "2) Принцип взаимной ответственности в процессе взаимодействия органов различных ветвей государственной власти прокуратуры.",
    edges: [],
    absent: ["GOVERNS principle:взаимная_ответственность -> body:прокуратура"],
  },
];

relationCases("relate: the lead-in of a numbered list with prose between its items", cases);
