// Fixture-driven tests of the relation rules on phrasings of procedural codes, normative resolutions of the Supreme
// Court and instructions of the Prosecutor General (grammar-case.ts, lead-participation.ts, court-copies.ts):
// a passage → the edges a lawyer reads in it, and those one must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "a court named in the locative inside what is sent is no destination; the pronoun names the addressee",
    text: "Районные прокуроры подчиняются прокурорам областей и направляют им информацию о результатах рассмотрения дел в судах.",
    edges: ["SUBORDINATE_TO body:прокурор_района -> body:прокурор_области"],
    absent: ["INTERACTS_WITH body:прокурор_области -> body:суд", "INTERACTS_WITH body:прокурор_района -> body:суд"],
  },
  {
    name: "a sending goes where the accusative after «в» says, not to the court a protest was considered in",
    text: "Прокурор области направляет в Генеральную прокуратуру сведения о протестах, рассмотренных в Верховном Суде. Прокурор направляет в суд исковое заявление.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    absent: ["INTERACTS_WITH body:прокурор_области -> body:верховный_суд"],
  },
  {
    name: "the body in the nominative after «участии прокурора в судопроизводстве» is the subject of the next clause",
    text: "В целях обеспечения единообразного применения судами законодательства об участии прокурора в уголовном судопроизводстве пленарное заседание Верховного Суда Республики Казахстан постановляет дать следующие разъяснения.",
    edges: [],
    absent: ["INTERACTS_WITH body:пленарное_заседание_верховного_суда -> body:прокурор", "INTERACTS_WITH body:прокурор -> body:пленарное_заседание_верховного_суда"],
  },
  {
    name: "a copy of a sentence (приговор) is a court's act: the court sends it",
    text: "Копия приговора направляется прокурору не позднее трех суток со дня его провозглашения.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "направление прокурору копий судебных актов" } },
  },
  {
    name: "an item of a list participates with the body of its lead-in, in the court the item names",
    text: "При осуществлении надзора прокурор в пределах своей компетенции:\n1) участвует в судебном разбирательстве уголовных дел в суде первой инстанции;\n2) излагает свое мнение по существу обвинения.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд_первой_инстанции": { form: "участие прокурора в судебном разбирательстве" } },
  },
  {
    name: "a prosecutor notified by a court in the passive: the court notifies",
    text: "Прокурор, участвующий в деле, извещается судом о дате и времени судебного заседания.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение" } },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "a prosecutor notified, named by the participle: the court notifies",
    text: "В случае неявки прокурора, извещенного о времени и месте рассмотрения дела, суд вправе рассмотреть дело в его отсутствие.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение" } },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "copies as the subject cut off by a participial clause; a decision the court sends is the court's",
    text: "Копия постановления суда по делу, рассмотренному с участием прокурора, в течение трех суток вручается или высылается прокурору.\n\nСуд первой инстанции направляет прокурору копию решения не позднее пяти дней со дня его вынесения.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:суд_первой_инстанции -> body:прокурор"],
    props: {
      "INTERACTS_WITH body:суд -> body:прокурор": { form: "направление прокурору копий судебных актов" },
      "INTERACTS_WITH body:суд_первой_инстанции -> body:прокурор": { form: "направление прокурору копий судебных актов" },
    },
  },
  {
    name: "a copy of a decision sent by no court is not a court's",
    text: "Прокурор области направляет прокурору района копию решения коллегии.",
    edges: [],
  },
  {
    name: "a petition filed («подается») with the Supreme Court is the prosecutor's",
    text: "Ходатайство прокурора о пересмотре вступивших в законную силу судебных актов в кассационном порядке подается в Верховный Суд Республики Казахстан в соответствии со статьями 434, 436 ГПК.",
    edges: ["INTERACTS_WITH body:прокурор -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:верховный_суд": { form: "заявление ходатайства", basis: ["act:гпк#art_434", "act:гпк#art_436"] } },
    absent: ["INTERACTS_WITH body:верховный_суд -> body:прокурор"],
  },
  {
    name: "every office of a list that shares the noun «прокуратуры» holds the power, the cities named too",
    text: "Надзор за законностью судебных актов осуществляют Генеральная прокуратура, прокуратуры областей, городов Астаны, Алматы и Шымкента, районные и приравненные к ним прокуратуры.",
    edges: [
      "HAS_POWER body:генеральная_прокуратура -> power:надзор_за_судебными_актами",
      "HAS_POWER body:прокуратура_области -> power:надзор_за_судебными_актами",
      "HAS_POWER body:прокуратура_города_республиканского_значения -> power:надзор_за_судебными_актами",
      "HAS_POWER body:районная_прокуратура -> power:надзор_за_судебными_актами",
    ],
  },
  {
    name: "a petition for review of final court acts is the cassation petition; a review for new circumstances is not",
    text: "Генеральный Прокурор вносит в Верховный Суд ходатайство о пересмотре вступивших в законную силу судебных актов. Прокурор заявляет ходатайство о пересмотре дела по вновь открывшимся обстоятельствам.",
    edges: ["HAS_POWER body:генеральный_прокурор -> power:кассационное_ходатайство", "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
    absent: ["HAS_POWER body:прокурор -> power:кассационное_ходатайство"],
  },
  {
    name: "the body told of the protests does not hold the power, the one that tells does",
    text: "Прокуроры районов информируют прокурора области о принесенных протестах в течение трех рабочих дней.",
    edges: ["HAS_POWER body:прокурор_района -> power:опротестование"],
    absent: ["HAS_POWER body:прокурор_области -> power:опротестование"],
  },
  {
    name: "participation named as a noun in the court proceedings its object names",
    text: "Участие прокурора в судебном разбирательстве уголовных дел публичного и частно-публичного обвинения обязательно.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие прокурора в судебном разбирательстве" } },
  },
  {
    name: "the power named first, its holder after «вправе подавать»",
    text: "Ходатайство прокурора о пересмотре вступивших в законную силу приговора, постановления суда вправе подавать Генеральный Прокурор Республики Казахстан.",
    edges: ["HAS_POWER body:генеральный_прокурор -> power:кассационное_ходатайство"],
    absent: ["HAS_POWER body:прокурор -> power:кассационное_ходатайство"],
  },
  {
    name: "a court acting on the prosecutor's motion or submission: the prosecutor addresses the court",
    text: "По ходатайству прокурора суд вправе продлить срок содержания под стражей.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "заявление ходатайства" } },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "a court acting on the prosecutor's submission",
    text: "Суд по представлению прокурора пересматривает приговор.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "внесение представления" } },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "a prosecutor acting on the court's request: the court addresses the prosecutor; a defender's motion is no body's",
    text: "Прокурор по требованию суда представляет материалы. По ходатайству защитника суд вправе отложить рассмотрение дела.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "истребование материалов" } },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "a nomination for an election is the appointment's, not an interaction of the nominee",
    text: "Председатель Верховного Суда избирается Сенатом по представлению Президента Республики Казахстан.",
    edges: [],
    absent: ["INTERACTS_WITH body:президент -> body:председатель_верховного_суда"],
  },
  {
    name: "a court bringing the prosecutor into a case, active or passive; prosecutors bringing each other in are no interaction",
    text: "Суд привлекает прокурора к участию в административном деле для дачи заключения. Прокурор области привлекает прокурора района к участию в проверке.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "привлечение к участию в деле" } },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор_области -> body:прокурор_района"],
  },
  {
    name: "a prosecutor brought in by a court, in the passive",
    text: "Прокурор привлекается судом к участию в деле.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "a body addressing the court in the dative: the subject, or the lead-in's body past the court it names",
    text: "При рассмотрении дела в суде прокурор:\n1) заявляет суду отводы;\n2) излагает суду свое мнение по существу обвинения.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "изложение мнения суду" } },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "the subject before a participial clause addresses the court, not the body named inside the clause",
    text: "В силу статьи 72 ГПК прокурор, представляющий интересы органов прокуратуры в рассматриваемом судом споре в качестве истца или ответчика, излагает суду свою позицию по делу.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "изложение мнения суду", basis: ["act:гпк#art_72"] } },
    absent: ["INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "a party that is no body addressing the court gives no interaction",
    text: "Потерпевший заявляет суду ходатайства и излагает суду свое мнение.",
    edges: [],
  },
  {
    name: "a court named before the subject in the genitive («судебного заседания прокурор») does not act for it",
    text: "О времени и месте судебного заседания прокурор извещается судом.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение" } },
  },
  {
    name: "a court considers the prosecutor's appeal petition named with its adjective",
    text: "Суд апелляционной инстанции рассматривает апелляционное ходатайство прокурора в течение двух месяцев.",
    edges: ["INTERACTS_WITH body:прокурор -> body:апелляционная_инстанция"],
    absent: ["INTERACTS_WITH body:апелляционная_инстанция -> body:прокурор"],
  },
  {
    name: "a court acting with the prosecutor's consent: the prosecutor consents to the court",
    text: "Суд с согласия прокурора вправе рассмотреть дело в его отсутствие.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "дача согласия" } },
  },
  {
    name: "the body whose consent it is does not send the case, and the court it goes to does not act on the consent",
    text: "Следователь с согласия прокурора направляет дело в суд.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "an item naming no court gives no interaction",
    text: "Прокурор области:\n1) участвует в заседаниях коллегии прокуратуры области;\n2) рассматривает обращения граждан.",
    edges: [],
  },
];

relationCases("relate: codes, normative resolutions and instructions", cases, { noneWhenEmpty: "INTERACTS_WITH" });
