import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "a unit named by what it does, then its body in the genitive: PART_OF that body",
    text: "Служба по защите общественных интересов Генеральной прокуратуры обеспечивает участие прокуроров в гражданском процессе.",
    edges: ["PART_OF body:служба_по_защите_общественных_интересов -> body:генеральная_прокуратура"],
    absent: ["PART_OF body:прокурор -> body:генеральная_прокуратура"],
  },
  {
    name: "… while a unit after which a body stands in another role is not its part",
    text: "Департамент по надзору за законностью судебных актов направляет в Верховный Суд ходатайства.",
    edges: [],
    absent: ["PART_OF body:департамент_по_надзору_за_законностью_судебных_актов -> body:верховный_суд"],
  },
];

relationCases("relate: the units of a body («Департамент по …», «(далее – Департамент)»)", cases);
