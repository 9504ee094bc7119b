import { relationCases, type RelationCase } from "./testing.js";

const FORM = { form: "участие прокурора в рассмотрении дел" };
const cases: RelationCase[] = [
  {
    name: "the office that ensures participation «при рассмотрении … в судах» takes part; one excluded is not",
    text: "Территориальные прокуроры в пределах компетенции обеспечивают по месту своей дислокации участие при рассмотрении гражданских и административных дел в судах первой и апелляционной инстанций, за исключением споров, отнесенных к ведению специализированных прокуроров.",
    edges: ["INTERACTS_WITH body:суд -> body:территориальный_прокурор", "INTERACTS_WITH body:апелляционная_инстанция -> body:территориальный_прокурор"],
    absent: ["INTERACTS_WITH body:специализированный_прокурор -> body:суд", "INTERACTS_WITH body:суд -> body:специализированный_прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:территориальный_прокурор": FORM },
  },
  {
    name: "the courts as the agent of «рассмотрении», and with another duty joined to it («участие и последующий надзор»)",
    text: "Специализированные военные прокуроры обеспечивают по месту своей дислокации участие и последующий надзор при рассмотрении районными и областными судами дел об административных правонарушениях.",
    edges: ["INTERACTS_WITH body:военный_прокурор -> body:районный_суд", "INTERACTS_WITH body:военный_прокурор -> body:областной_суд"],
  },
  {
    name: "the object first: «Участие в … судах обеспечивают прокуроры …»",
    text: "Участие в специализированных межрайонных экономических судах обеспечивают прокуроры соответствующих подразделений прокуратур областей.",
    edges: ["INTERACTS_WITH body:прокурор -> body:специализированный_суд"],
  },
  {
    name: "the courts first, the office after the verb; a prosecutor in an attribute («подведомственным транспортным прокурорам») is not the one",
    text: "В специализированном межрайонном экономическом суде по делам, подведомственным транспортным прокурорам, участие обеспечивает Главная транспортная прокуратура.",
    edges: ["INTERACTS_WITH body:специализированный_суд -> body:транспортная_прокуратура"],
    absent: ["INTERACTS_WITH body:специализированный_суд -> body:транспортный_прокурор"],
  },
  {
    name: "ensuring something else is no participation",
    text: "Прокуратура обеспечивает участие граждан в обсуждении законов и единообразие судебной практики.",
    edges: [],
  },
];

relationCases("relate: participation an office ensures («обеспечивают … участие при рассмотрении … в судах»)", cases, { noneWhenEmpty: "INTERACTS_WITH" });
