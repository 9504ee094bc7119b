// Audit of a lecture on the prosecution system (seed 003): the directions of prosecutorial supervision named as
// «надзор за …» are powers of the prosecutor, also as PDF text writes them (a stray comma) — short passages only.
import { relationCases, type RelationCase } from "../ingest/relate/testing.js";

const cases: RelationCase[] = [
  {
    name: "supervision of court acts in force, with a stray comma after «законностью»",
    text: "При осуществлении надзора за законностью, вступивших в законную силу судебных актов, прокурор запрашивает из суда уголовные дела.",
    edges: ["HAS_POWER body:прокурор -> power:надзор_за_судебными_актами"],
  },
  {
    name: "supervision of compliance with international treaties",
    text: "При осуществлении надзора за соблюдением международных договоров Республики Казахстан прокурор вправе участвовать в разработке проектов международных договоров.",
    edges: ["HAS_POWER body:прокурор -> power:надзор_за_международными_договорами"],
  },
  {
    name: "supervision in the field of legal statistics",
    text: "Прокуратура осуществляет надзор за законностью в сфере государственной правовой статистики и специальных учетов.",
    edges: ["HAS_POWER body:прокуратура -> power:надзор_за_правовой_статистикой"],
  },
  {
    name: "supervision of operative-search activity written «за соблюдением законности»",
    text: "Прокуратура осуществляет надзор за соблюдением законности оперативно-розыскной деятельности.",
    edges: ["HAS_POWER body:прокуратура -> power:надзор_за_орд"],
  },
  {
    name: "negative: compliance with a treaty or with legality by someone else is no supervision power",
    text: "Граждане обязаны соблюдать законность оперативно-розыскной деятельности. Государство обеспечивает соблюдение международных договоров.",
    edges: [],
    absent: ["HAS_POWER body:прокуратура -> power:надзор_за_орд", "HAS_POWER body:прокуратура -> power:надзор_за_международными_договорами"],
  },
  {
    name: "cases asked «из суда» are materials requested of the court (requests.ts)",
    text: "Прокурор запрашивает из суда уголовные, гражданские дела и дела об административных правонарушениях.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "истребование материалов" } },
  },
  {
    name: "negative: «из материалов дела» names no body asked",
    text: "Суд запрашивает из материалов дела сведения о прокуроре.",
    edges: [],
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "an adjective shared across «и приравненные к ним»: the district office is part of the system",
    text: "Единую систему органов прокуратуры образуют Генеральная прокуратура, районные и приравненные к ним городские, межрайонные, а также специализированные прокуратуры.",
    edges: ["PART_OF body:районная_прокуратура -> body:прокуратура", "PART_OF body:специализированная_прокуратура -> body:прокуратура"],
  },
  {
    name: "negative: «районные и приравненные к ним» before another noun names no district prosecutor's office",
    text: "Единую систему органов прокуратуры образуют Генеральная прокуратура и районные и приравненные к ним подразделения.",
    edges: ["PART_OF body:генеральная_прокуратура -> body:прокуратура"],
    absent: ["PART_OF body:районная_прокуратура -> body:прокуратура"],
  },
  {
    name: "«главная военная и транспортная прокуратуры»: the main military office shares the noun",
    text: "Единую систему органов прокуратуры образуют Генеральная прокуратура, главная военная и транспортная прокуратуры.",
    edges: ["PART_OF body:главная_военная_прокуратура -> body:прокуратура", "PART_OF body:транспортная_прокуратура -> body:прокуратура"],
  },
  {
    name: "negative: «главная военная и …» before another noun names no office",
    text: "Единую систему органов прокуратуры образуют Генеральная прокуратура; главная военная и иная работа ведется отдельно.",
    edges: ["PART_OF body:генеральная_прокуратура -> body:прокуратура"],
    absent: ["PART_OF body:главная_военная_прокуратура -> body:прокуратура"],
  },
];

relationCases("audit 003: directions of prosecutorial supervision", cases);
