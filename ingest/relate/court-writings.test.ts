// Fixture-driven tests for writings about the law (court rulings, press releases of the prosecution, textbooks): a
// passage → what a lawyer reads in it about courts and the prosecution, and what one must not read.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  // verbs in the past tense (press releases, rulings) and the imperfective infinitive (textbooks): interaction.ts ADDRESSING
  {
    name: "a press release: «принесла протест на … решение суда» — the prosecution body → the court",
    text: "Прокуратура области принесла протест на незаконное решение суда.",
    edges: ["INTERACTS_WITH body:прокуратура_области -> body:суд"],
    props: { "INTERACTS_WITH body:прокуратура_области -> body:суд": { form: "опротестование актов" } },
  },
  {
    name: "a ruling: «Генеральный Прокурор внес в Верховный Суд ходатайство»",
    text: "Генеральный Прокурор Республики Казахстан внес в Верховный Суд ходатайство о пересмотре постановления.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { form: "заявление ходатайства" } },
  },
  {
    name: "the court whose act is reviewed is not the one petitioned: «внес ходатайство о пересмотре постановления апелляционной инстанции»",
    text: "Генеральный Прокурор Республики Казахстан внес ходатайство о пересмотре постановления апелляционной инстанции в кассационном порядке.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:суд": { form: "заявление ходатайства" } },
    absent: ["INTERACTS_WITH body:генеральный_прокурор -> body:апелляционная_инстанция"],
  },
  {
    name: "the court after «в» is petitioned, whatever is reviewed",
    text: "Прокурор вносит ходатайство о пересмотре приговора в Верховный Суд.",
    edges: ["INTERACTS_WITH body:прокурор -> body:верховный_суд"],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "a textbook: «вправе вносить в Верховный Суд ходатайство (статья 434 ГПК, статья 485 УПК)» — each norm in the brackets is a source",
    text: "Генеральный Прокурор вправе вносить в Верховный Суд ходатайство о пересмотре вступивших в законную силу судебных актов (статья 434 ГПК, статья 485 УПК).",
    edges: [
      "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд",
      "REGULATES act:гпк#art_434 -> body:генеральный_прокурор",
      "REGULATES act:упк#art_485 -> body:генеральный_прокурор",
      "REGULATES act:упк#art_485 -> power:кассационное_ходатайство",
    ],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { basis: ["act:гпк#art_434", "act:упк#art_485"] } },
  },
  {
    name: "brackets holding more than norms are no source",
    text: "Прокурор, ссылаясь на нарушение (статья 54 ГПК, что признал суд), обратился с жалобой.",
    edges: [],
    absent: ["REGULATES act:гпк#art_54 -> body:прокурор"],
  },
  {
    name: "«Суд удовлетворил протест прокурора»: the court decides on the prosecutor's act",
    text: "Суд удовлетворил протест прокурора.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "«Суд обязан рассмотреть протест прокурора» (the perfective infinitive; also «рассмотрев протест»)",
    text: "Суд обязан рассмотреть протест прокурора в течение десяти дней.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  // «с участием прокурора»: with-participation.ts
  {
    name: "the preamble of a ruling: the court «в составе …, с участием прокурора …, рассмотрев …»",
    structured: true,
    text: "Судебная коллегия по гражданским делам Верховного Суда Республики Казахстан в составе председательствующего судьи Иванова А.А., с участием прокурора Генеральной прокуратуры Республики Казахстан Ахметова Д.Д., рассмотрев в открытом судебном заседании гражданское дело.",
    edges: ["INTERACTS_WITH body:прокурор -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:верховный_суд": { form: "участие прокурора в рассмотрении дел" } },
  },
  {
    name: "«Суд рассмотрел дело с участием прокурора»",
    text: "Суд рассмотрел дело с участием прокурора.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "instances named in brackets after «с участием прокуроров» are not the court that heard the cases",
    text: "Прокуроры организуют учет судебных актов по делам, рассмотренным с участием прокуроров (раздельно по первой, апелляционной и кассационной инстанциям).",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:кассационная_инстанция"],
  },
  {
    name: "jurors are no party that takes part",
    text: "Дело рассмотрено судом с участием присяжных заседателей.",
    edges: [],
  },
  // taking part in the hearing of cases: case-participation.ts
  {
    name: "«Прокурор участвует в рассмотрении уголовных, гражданских и административных дел в суде в случаях, …»",
    text: "Прокурор участвует в рассмотрении уголовных, гражданских и административных дел в суде в случаях, предусмотренных законом.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие прокурора в рассмотрении дел" } },
  },
  {
    name: "no court named: the cases are a court's («… административных дел в порядке, предусмотренном АППК»)",
    text: "Прокурор участвует в рассмотрении административных дел в порядке, предусмотренном АППК.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "REGULATES act:аппк -> body:прокурор"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { basis: ["act:аппк"] } },
  },
  {
    name: "a gerund's subject follows its clause: «участвуя в гражданском судопроизводстве, прокурор …»",
    text: "Кодекс регулирует отношения прокуратуры и суда, так как, участвуя в гражданском судопроизводстве, прокурор защищает права граждан.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие прокурора в судопроизводстве" } },
  },
  {
    name: "appeals of citizens and the criminal process as a whole are no court's cases",
    text: "Прокурор участвует в рассмотрении обращений граждан. Прокурор участвует в уголовном процессе на всех его стадиях.",
    edges: [],
  },
  // press-release statistics: short passive participles with the agent before them (interaction.ts ADDRESSING)
  {
    name: "«Генеральной прокуратурой в Верховный Суд внесено 25 ходатайств …»",
    text: "В 2023 году Генеральной прокуратурой в Верховный Суд внесено 25 ходатайств о пересмотре судебных актов в кассационном порядке.",
    edges: ["INTERACTS_WITH body:генеральная_прокуратура -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:генеральная_прокуратура -> body:верховный_суд": { form: "заявление ходатайства" } },
  },
  {
    name: "«Иск предъявлен прокурором в районный суд»: the agent after the participle",
    text: "Иск предъявлен прокурором в районный суд.",
    edges: ["INTERACTS_WITH body:прокурор -> body:районный_суд"],
    absent: ["INTERACTS_WITH body:районный_суд -> body:прокурор"],
  },
  {
    name: "«Генеральный Прокурор принял участие в пленарном заседании Верховного Суда»",
    text: "Генеральный Прокурор принял участие в пленарном заседании Верховного Суда, на котором обсуждались вопросы судебной практики.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:пленарное_заседание_верховного_суда"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:пленарное_заседание_верховного_суда": { form: "участие в заседаниях" } },
  },
  {
    name: "a court whose act is the object is no subject: «Ходатайство о пересмотре … приговора, постановления суда вправе внести Генеральный Прокурор»",
    text: "Ходатайство о пересмотре вступивших в законную силу приговора, постановления суда вправе внести Генеральный Прокурор Республики Казахстан.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:суд": { form: "заявление ходатайства" } },
    absent: ["INTERACTS_WITH body:суд -> body:генеральный_прокурор"],
  },
  {
    name: "«По итогам рассмотрения ходатайств Генерального Прокурора Верховным Судом отменено …»",
    text: "По итогам рассмотрения ходатайств Генерального Прокурора Верховным Судом отменено 18 незаконных приговоров.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
  },
  {
    name: "«Прокурор дает заключение по существу дела»: a conclusion on a case is given to the court; not one on a bill",
    text: "Прокурор дает заключение по существу дела после выступления в судебных прениях. Прокурор дает заключение по проекту закона.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "дача заключения" } },
    quotes: { "INTERACTS_WITH body:прокурор -> body:суд": ["Прокурор дает заключение по существу дела после выступления в судебных прениях."] },
  },
  // the act named before the verb: decided.ts
  {
    name: "«Судебная коллегия … областного суда протест прокурора удовлетворила»",
    text: "Судебная коллегия по гражданским делам Карагандинского областного суда протест прокурора удовлетворила.",
    edges: ["INTERACTS_WITH body:прокурор -> body:областной_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:областной_суд": { form: "опротестование актов" } },
    absent: ["INTERACTS_WITH body:областной_суд -> body:прокурор"],
  },
  {
    name: "«Решением районного суда иск прокурора удовлетворен»: the suit was brought to that court",
    text: "Решением Медеуского районного суда города Алматы от 5 мая 2022 года иск прокурора удовлетворен.",
    edges: ["INTERACTS_WITH body:прокурор -> body:районный_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:районный_суд": { form: "обращение в суд" } },
  },
  {
    name: "the court as the agent after the act: «Ходатайство Генерального Прокурора Верховным Судом отклонено»",
    text: "Ходатайство Генерального Прокурора Верховным Судом отклонено.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
  },
  {
    name: "«в удовлетворении протеста прокурора района отказал»",
    text: "Областной суд в удовлетворении протеста прокурора района отказал.",
    edges: ["INTERACTS_WITH body:прокурор_района -> body:областной_суд"],
  },
  {
    name: "a submission granted by no court is no interaction with a court",
    text: "Прокурор района внес представление в акимат, представление удовлетворено.",
    edges: [],
  },
  {
    name: "the preamble of a ruling on a protest: «…, рассмотрев в судебном заседании протест заместителя Генерального Прокурора …»",
    text: "Судебная коллегия по уголовным делам Верховного Суда Республики Казахстан, рассмотрев в судебном заседании протест заместителя Генерального Прокурора Республики Казахстан на приговор районного суда, установила.",
    edges: ["INTERACTS_WITH body:заместитель_генерального_прокурора -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:заместитель_генерального_прокурора -> body:верховный_суд": { form: "опротестование актов" } },
  },
  {
    name: "«рассматривает … заявления граждан»: no body's act, no interaction",
    text: "Суд рассматривает в порядке надзора заявления граждан.",
    edges: [],
  },
  {
    name: "«Суд апелляционной инстанции, согласившись с доводами протеста прокурора, отменил приговор»",
    text: "Суд апелляционной инстанции, согласившись с доводами протеста прокурора, отменил приговор.",
    edges: ["INTERACTS_WITH body:прокурор -> body:апелляционная_инстанция"],
    props: { "INTERACTS_WITH body:прокурор -> body:апелляционная_инстанция": { form: "опротестование актов" } },
  },
  {
    name: "«совместно с Верховным Судом провела семинар для судей и прокуроров»: the partner after «с», not the audience",
    text: "Генеральная прокуратура совместно с Верховным Судом провела семинар для судей и прокуроров.",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура"],
    props: { "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура": { form: "совместные семинары-совещания" } },
    absent: ["INTERACTS_WITH body:верховный_суд -> body:прокурор", "INTERACTS_WITH body:прокурор -> body:судья"],
  },
  // sending in the past tense (press releases): interaction.ts, court-copies.ts, grammar-case.ts
  {
    name: "«Прокурор района направил в суд 15 исков»: what is sent names the form",
    text: "Прокурор Енбекшинского района направил в суд 15 исков в защиту прав несовершеннолетних.",
    edges: ["INTERACTS_WITH body:прокурор_района -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор_района -> body:суд": { form: "обращение в суд" } },
  },
  {
    name: "«Суд направил прокурору копию приговора»: the copies, once",
    text: "Суд направил прокурору копию приговора.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "направление прокурору копий судебных актов" } },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "«направили им … в судах»: a pronoun addressee, a court in the locative — no interaction with the court",
    text: "Районные прокуроры направили им информацию о результатах рассмотрения дел в судах.",
    edges: [],
  },
  {
    name: "«На основании представления прокурора суд пересмотрел …» (on-motion.ts, like «по представлению»)",
    text: "На основании представления прокурора суд пересмотрел ранее вынесенное решение по вновь открывшимся обстоятельствам.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "внесение представления" } },
  },
  {
    name: "a press release's count: «Прокуратурой города … опротестовано 45 судебных актов, из которых 38 удовлетворено судом …»",
    text: "Прокуратурой города в апелляционном порядке опротестовано 45 судебных актов, из которых 38 удовлетворено судом апелляционной инстанции.",
    edges: ["INTERACTS_WITH body:прокуратура -> body:суд"],
    props: { "INTERACTS_WITH body:прокуратура -> body:суд": { form: "опротестование актов" } },
  },
  {
    name: "a court named in the protest's own clause is the procedural rule's: no second, generic court",
    text: "Прокурор приносит в областной суд протест на приговор.",
    edges: ["INTERACTS_WITH body:прокурор -> body:областной_суд"],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "«Прокурор в судебном заседании поддержал протест»: the prosecutor before the court of the session",
    text: "Прокурор в судебном заседании поддержал протест и просил его удовлетворить.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" } },
  },
  {
    name: "the act first, the verb passive: «Приговор был опротестован прокурором района»; another appellant is no prosecutor",
    text: "Приговор был опротестован прокурором района в апелляционном порядке. Приговор обжалован осужденным.",
    edges: ["INTERACTS_WITH body:прокурор_района -> body:суд", "HAS_POWER body:прокурор_района -> power:опротестование"],
    quotes: { "INTERACTS_WITH body:прокурор_района -> body:суд": ["Приговор был опротестован прокурором района в апелляционном порядке."] },
  },
  {
    name: "a ruling's account of the protest: «В протесте заместитель Генерального Прокурора просит отменить приговор и постановление апелляционной инстанции …»",
    text: "В протесте заместитель Генерального Прокурора просит отменить приговор и постановление апелляционной инстанции ввиду существенного нарушения закона. В ходатайстве защитник просит отменить приговор.",
    edges: ["INTERACTS_WITH body:заместитель_генерального_прокурора -> body:суд"],
    props: { "INTERACTS_WITH body:заместитель_генерального_прокурора -> body:суд": { form: "опротестование актов" } },
    absent: ["INTERACTS_WITH body:заместитель_генерального_прокурора -> body:апелляционная_инстанция"],
  },
  {
    name: "a participial clause between the act and the passive: «Судебные акты, вынесенные по делам, …, могут быть обжалованы прокурором …»",
    text: "Судебные акты, вынесенные по делам, рассмотренным с участием прокурора, могут быть обжалованы прокурором в апелляционном порядке.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" } },
  },
  // a body that starts inside a power and runs past it: find/concepts.ts nestedBodies
  {
    name: "«По протесту прокурора области …»: the regional prosecutor, not a prosecutor",
    text: "По протесту прокурора области постановление административного суда отменено.",
    edges: ["INTERACTS_WITH body:прокурор_области -> body:суд", "HAS_POWER body:прокурор_области -> power:опротестование"],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "HAS_POWER body:прокурор -> power:опротестование"],
  },
  // a court's act without a court named: court-acts.ts
  {
    name: "the holder after «вправе внести»: the Prosecutor General petitions a court",
    text: "Согласно статье 434 ГПК ходатайство о пересмотре вступивших в законную силу судебных актов вправе внести Генеральный Прокурор Республики Казахстан.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:суд", "REGULATES act:гпк#art_434 -> body:генеральный_прокурор"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:суд": { form: "заявление ходатайства", basis: ["act:гпк#art_434"] } },
  },
  {
    name: "a prosecution body appealing a sentence brings a protest",
    text: "Прокуратура области обжаловала приговор в связи с мягкостью назначенного наказания.",
    edges: ["INTERACTS_WITH body:прокуратура_области -> body:суд"],
    props: { "INTERACTS_WITH body:прокуратура_области -> body:суд": { form: "опротестование актов" } },
  },
  {
    name: "an appeal by another party is no interaction of the prosecution",
    text: "Осужденный обжаловал приговор.",
    edges: [],
  },
  {
    name: "a court refuses a body's motion, the body in the dative: that body addressed the court",
    text: "Суд отказывает прокурору в удовлетворении ходатайства о приобщении доказательств. Областной суд отказал Генеральному Прокурору в удовлетворении протеста.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:генеральный_прокурор -> body:областной_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "заявление ходатайства" }, "INTERACTS_WITH body:генеральный_прокурор -> body:областной_суд": { form: "опротестование актов" } },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "… not when the refused is no body («защитнику»), nor where a court is refused by a court",
    text: "Суд отказал защитнику в удовлетворении ходатайства. Верховный Суд отказал областному суду в удовлетворении представления.",
    edges: [],
    absent: ["INTERACTS_WITH body:областной_суд -> body:верховный_суд"],
  },
];

relationCases("relate: writings about courts and the prosecution (commentaries, rulings, press releases, textbooks)", cases);
