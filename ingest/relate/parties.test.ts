// Fixture-driven tests of the parties of an agreement: a passage → the interactions a lawyer reads in it, and those
// one must not read.
import { relationCases, type RelationCase } from "./testing.js";

const DEFINED = "Верховный Суд Республики Казахстан и Генеральная прокуратура Республики Казахстан, именуемые в дальнейшем «Стороны», заключили настоящее Соглашение о нижеследующем.";
const PAIR = "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура";

const cases: RelationCase[] = [
  {
    name: "«Стороны» named once stand for both bodies, in the form each sentence names",
    text: `${DEFINED} Стороны осуществляют обмен информацией о состоянии законности.`,
    edges: [PAIR],
    props: { [PAIR]: { form: "информационное взаимодействие" } },
    quotes: { [PAIR]: ["Стороны осуществляют обмен информацией о состоянии законности.", DEFINED] },
  },
  {
    name: "the items of a list led in by «Стороны:» (the lead-in quoted first)",
    text: `${DEFINED} Стороны:\n1) совместно обобщают судебную практику;\n2) проводят совместные семинары.`,
    edges: [PAIR],
  },
  {
    name: "without a definition, or with the litigants («стороны» in lower case), no parties are read",
    text: "Стороны осуществляют обмен информацией. Суд извещает стороны о времени заседания, стороны обмениваются доказательствами.",
    edges: [],
  },
  {
    name: "a sentence of the parties that names no form of interaction gives none",
    text: `${DEFINED} Стороны подписали настоящее Соглашение в двух экземплярах.`,
    edges: [],
  },
];

relationCases("relate: the parties of an agreement", cases, { noneWhenEmpty: "INTERACTS_WITH" });
