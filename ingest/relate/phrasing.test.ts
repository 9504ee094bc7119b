// Fixture-driven tests of the relation rules on phrasings of Kazakh legal texts (acts, codes, articles, lectures)
// beyond those of relate.test.ts: a passage → the edges a lawyer reads in it, and those one must not read.
import { describe, expect, it } from "vitest";
import { graphOf, relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "a norm in brackets after a statement is its source; a bracketed norm at the start of a sentence is not",
    text: "Прокуратура осуществляет высший надзор за соблюдением законности (пункт 1 статьи 83 Конституции РК). (Статья 77 Конституции) Суд рассматривает дела.",
    edges: ["REGULATES act:конституция#art_83__point_1 -> body:прокуратура", "REGULATES act:конституция#art_83__point_1 -> power:высший_надзор"],
    absent: ["REGULATES act:конституция#art_77 -> body:суд"],
  },
  {
    name: "appointment with release from office, and by the head of a list with the consent named first",
    text: "Генеральный Прокурор Республики Казахстан назначается на должность и освобождается от должности Президентом Республики Казахстан с согласия Сената Парламента Республики Казахстан. Президент Республики Казахстан: 1) обращается с посланием к народу; 2) с согласия Сената назначает на должность Генерального Прокурора Республики Казахстан;",
    edges: ["APPOINTS body:президент -> body:генеральный_прокурор"],
    props: { "APPOINTS body:президент -> body:генеральный_прокурор": { consentOf: "body:сенат" } },
    absent: ["APPOINTS body:сенат -> body:генеральный_прокурор"],
  },
  {
    name: "appointment of the head of a noun phrase, and of each one listed",
    text: "Судьи местных судов назначаются Президентом Республики Казахстан по рекомендации Высшего Судебного Совета. Председатель и судьи Верховного Суда избираются Сенатом по представлению Президента.",
    edges: ["APPOINTS body:президент -> body:судья", "APPOINTS body:сенат -> body:председатель_верховного_суда", "APPOINTS body:сенат -> body:судья"],
    props: { "APPOINTS body:президент -> body:судья": { nominatedBy: "body:высший_судебный_совет" } },
    absent: ["APPOINTS body:президент -> body:местный_суд"],
  },
  {
    name: "accountability: the subject agrees with «подотчетен»; a yearly report to a body",
    text: "Генеральный Прокурор возглавляет единую централизованную систему органов прокуратуры и подотчетен Президенту Республики Казахстан. Прокуратура ежегодно представляет Парламенту доклад о состоянии законности.",
    edges: ["ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент", "ACCOUNTABLE_TO body:прокуратура -> body:парламент"],
    absent: ["ACCOUNTABLE_TO body:прокуратура -> body:президент"],
  },
  {
    name: "procedural acts: a court inside the verb phrase, «подлежит рассмотрению», a passive verb with its agent and addressee",
    text: "Государственный обвинитель поддерживает перед судом государственное обвинение. Протест прокурора подлежит рассмотрению судом. Протест на вступившие в законную силу судебные акты приносится Генеральным Прокурором в Верховный Суд.",
    edges: ["INTERACTS_WITH body:государственный_обвинитель -> body:суд", "INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд", "HAS_POWER body:генеральный_прокурор -> power:опротестование"],
    props: {
      "INTERACTS_WITH body:государственный_обвинитель -> body:суд": { form: "поддержание государственного обвинения" },
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" },
      "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { form: "опротестование актов" },
    },
  },
  {
    name: "bodies that interact, named before the verb; the head of a noun phrase interacts",
    text: "Генеральная прокуратура и Верховный Суд взаимодействуют в сфере правовой статистики. Комитет по правовой статистике и специальным учетам Генеральной прокуратуры взаимодействует с Верховным Судом.",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура", "INTERACTS_WITH body:верховный_суд -> body:комитет_правовой_статистики"],
  },
  {
    name: "principles of an interaction govern both parties",
    text: "Взаимодействие органов прокуратуры и судов осуществляется на основе принципов законности, независимости судей и состязательности сторон.",
    edges: ["GOVERNS principle:законность -> body:прокуратура", "GOVERNS principle:законность -> body:суд", "GOVERNS principle:состязательность -> body:прокуратура", "INTERACTS_WITH body:прокуратура -> body:суд"],
    props: { "GOVERNS principle:законность -> body:прокуратура": { interaction: true } },
  },
  {
    name: "a power held by each body listed, not by the body a thing is sent to",
    text: "Надзор за законностью судебных актов осуществляют Генеральная прокуратура, прокуратуры областей и районные прокуратуры. Прокуратуры областей направляют в Генеральную прокуратуру информацию о принесенных протестах.",
    edges: ["HAS_POWER body:генеральная_прокуратура -> power:надзор_за_судебными_актами", "HAS_POWER body:прокуратура_области -> power:надзор_за_судебными_актами", "HAS_POWER body:районная_прокуратура -> power:надзор_за_судебными_актами", "HAS_POWER body:прокуратура_области -> power:опротестование"],
    absent: ["HAS_POWER body:генеральная_прокуратура -> power:опротестование"],
  },
  {
    name: "appointment told by a participle; the subject of «подчиняется», not a genitive attribute",
    text: "Генеральную прокуратуру возглавляет Генеральный Прокурор Республики Казахстан, назначаемый на должность Президентом Республики Казахстан с согласия Сената. Главная военная прокуратура входит в систему органов военной прокуратуры и подчиняется Генеральному Прокурору.",
    edges: ["APPOINTS body:президент -> body:генеральный_прокурор", "SUBORDINATE_TO body:главная_военная_прокуратура -> body:генеральный_прокурор", "PART_OF body:главная_военная_прокуратура -> body:военная_прокуратура"],
    props: { "APPOINTS body:президент -> body:генеральный_прокурор": { consentOf: "body:сенат" } },
    absent: ["SUBORDINATE_TO body:военная_прокуратура -> body:генеральный_прокурор"],
  },
  {
    name: "the head of state named as such; the agent a power names holds it",
    text: "Генеральный Прокурор ежегодно представляет Главе государства доклад о состоянии законности. Протест прокурора на судебный акт приносится в порядке, установленном процессуальным законодательством.",
    edges: ["ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент", "HAS_POWER body:прокурор -> power:опротестование"],
  },
  {
    name: "no interaction of the subjects of two laws named after «взаимодействия»; no appointment of a body whose chairman is appointed",
    text: "Важную роль в обеспечении взаимодействия играют Закон «О прокуратуре» и Конституционный закон «О судебной системе и статусе судей». Президент назначает с согласия Сената Председателя Национального Банка.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокуратура -> body:судья", "APPOINTS body:президент -> body:национальный_банк"],
  },
  {
    name: "subordination and accountability with the subject after the verb",
    text: "Генеральному Прокурору подчинены все прокуроры Республики. Президенту подотчетна прокуратура.",
    edges: ["SUBORDINATE_TO body:прокурор -> body:генеральный_прокурор", "ACCOUNTABLE_TO body:прокуратура -> body:президент"],
    absent: ["SUBORDINATE_TO body:генеральный_прокурор -> body:прокурор"],
  },
  {
    name: "subordination with the verb left out in the second pair",
    text: "Прокуроры областей подчиняются Генеральному Прокурору, а военные прокуроры – Главному военному прокурору.",
    edges: ["SUBORDINATE_TO body:прокурор_области -> body:генеральный_прокурор", "SUBORDINATE_TO body:военный_прокурор -> body:главный_военный_прокурор"],
  },
  {
    name: "an abbreviation names the act of its kind; units in brackets after the act",
    text: "Порядок урегулирован Инструкцией по организации надзора, утвержденной приказом Генерального Прокурора от 12 июля 2021 года № 102 (далее – Инструкция). Согласно пункту 8 Инструкции прокурор области обеспечивает участие прокуроров. Конституция Республики Казахстан (пункт 1 статьи 83) закрепляет, что прокуратура осуществляет высший надзор. Конституция закрепляет принцип независимости судей (пункт 1 статьи 77).",
    edges: ["REGULATES act:instruction_по_организации_надзора#point_8 -> body:прокурор_области", "REGULATES act:конституция#art_83__point_1 -> body:прокуратура", "ESTABLISHES act:конституция#art_77__point_1 -> principle:независимость_судей"],
    absent: ["REGULATES act:order_102#point_8 -> body:прокурор_области"],
  },
  {
    name: "members of a system named by adjectives that share one noun; a law based on the Constitution",
    text: "Систему органов прокуратуры образуют Генеральная прокуратура, прокуратуры областей, а также военные, транспортные и иные специализированные прокуратуры. Закон о прокуратуре основывается на Конституции Республики Казахстан.",
    edges: ["PART_OF body:военная_прокуратура -> body:прокуратура", "PART_OF body:транспортная_прокуратура -> body:прокуратура", "PART_OF body:специализированная_прокуратура -> body:прокуратура", "PART_OF body:прокуратура_области -> body:прокуратура", "PART_OF body:генеральная_прокуратура -> body:прокуратура", "SUBORDINATE_TO act:law_о_прокуратуре -> act:конституция"],
  },
  {
    name: "a court acting on the appeals of each body listed; a passive verb whose object names the form; a trial",
    text: "Конституционный Суд рассматривает обращения Президента Республики Казахстан, Председателя Сената, Председателя Мажилиса, Премьер-Министра, Генерального Прокурора Республики Казахстан и Уполномоченного по правам человека. Ходатайство прокурора о пересмотре судебного акта вносится в Верховный Суд Республики Казахстан. Прокурор участвует в судебном разбирательстве.",
    edges: ["INTERACTS_WITH body:президент -> body:конституционный_суд", "INTERACTS_WITH body:генеральный_прокурор -> body:конституционный_суд", "INTERACTS_WITH body:прокурор -> body:верховный_суд", "INTERACTS_WITH body:прокурор -> body:суд"],
    props: {
      "INTERACTS_WITH body:генеральный_прокурор -> body:конституционный_суд": { form: "рассмотрение обращений" },
      "INTERACTS_WITH body:прокурор -> body:верховный_суд": { form: "заявление ходатайства" },
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие прокурора в судебном разбирательстве" },
    },
  },
  {
    name: "the form named by the object after the body; requesting case files; principles of a relationship",
    text: "Прокурор вносит в суд представление об отмене незаконного решения. Органы прокуратуры вправе истребовать из судов материалы гражданских дел. Взаимоотношения судей и прокуроров строятся на принципах законности и процессуального равноправия сторон.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокуратура -> body:суд", "INTERACTS_WITH body:прокурор -> body:судья", "GOVERNS principle:равенство_сторон -> body:прокурор", "GOVERNS principle:равенство_сторон -> body:судья", "GOVERNS principle:законность -> body:судья"],
    props: {
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "внесение представления" },
      "INTERACTS_WITH body:прокуратура -> body:суд": { form: "истребование материалов" },
      "GOVERNS principle:равенство_сторон -> body:судья": { interaction: true },
    },
  },
  {
    name: "an act approved by an order is part of that order",
    text: "Порядок урегулирован Правилами организации деятельности органов прокуратуры, утвержденными приказом Генерального Прокурора от 29 июня 2018 года № 84. Инструкция по организации надзора (далее – Инструкция), утвержденная совместным приказом Генерального Прокурора от 2 мая 2018 года № 60, действует. Указом Президента Республики Казахстан от 4 марта 2011 года № 1167 утверждено Положение о Комитете по правовой статистике.",
    edges: ["PART_OF act:rules_организации_деятельности_органов_прокуратуры -> act:order_84", "PART_OF act:instruction_по_организации_надзора -> act:joint_order_60", "PART_OF act:regulation_о_комитете_по_правовой_статистике -> act:decree_1167"],
  },
  {
    name: "no power held by the issuer of an act whose title names the power",
    text: "Приказом Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 «Об утверждении Инструкции по организации надзора за законностью судебных актов по гражданским делам» внесены изменения.",
    edges: [],
    absent: ["HAS_POWER body:генеральный_прокурор -> power:надзор_за_судебными_актами"],
  },
  {
    name: "the Senate's consent to an appointment by the President, in a list",
    text: "К исключительному ведению Сената относятся: 1) дача согласия на назначение Президентом Республики Председателя Национального Банка, Генерального Прокурора, Председателя Комитета национальной безопасности Республики; 2) лишение неприкосновенности Генерального Прокурора.",
    edges: ["APPOINTS body:президент -> body:генеральный_прокурор"],
    props: { "APPOINTS body:президент -> body:генеральный_прокурор": { consentOf: "body:сенат" } },
    absent: ["APPOINTS body:президент -> body:национальный_банк"],
  },
  {
    name: "a sentence naming no norm is grounded by the lead of its paragraph, never by another paragraph's or an ungrounded lead",
    text: "В соответствии со статьей 54 Гражданского процессуального кодекса Республики Казахстан (далее – ГПК) прокурор участвует в гражданском процессе. Прокурор вправе обратиться в суд с иском.\n\nГенеральный Прокурор вносит в Верховный Суд представление об отмене решения.\n\nПрокурор области участвует в делах, указанных в ГПК. Прокурор области вправе обратиться в суд с иском.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд", "INTERACTS_WITH body:прокурор_области -> body:суд"],
    props: {
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "обращение в суд", basis: ["act:гпк#art_54", "act:гпк"] },
      "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { basis: [] },
      "INTERACTS_WITH body:прокурор_области -> body:суд": { basis: [] },
    },
    quotes: {
      "INTERACTS_WITH body:прокурор -> body:суд": ["Прокурор вправе обратиться в суд с иском.", "В соответствии со статьей 54 Гражданского процессуального кодекса Республики Казахстан (далее – ГПК) прокурор участвует в гражданском процессе."],
    },
  },
  {
    name: "a protest «в кассационном порядке» is the cassation protest, addressed to the court named at the end of a long clause",
    text: "Прокурор приносит апелляционное ходатайство на решение суда, не вступившее в законную силу, а Генеральный Прокурор Республики Казахстан вправе принести протест на вступившие в законную силу судебные акты в кассационном порядке в Верховный Суд Республики Казахстан. Прокурор области приносит протест на решение суда.",
    edges: ["HAS_POWER body:генеральный_прокурор -> power:кассационный_протест", "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд", "HAS_POWER body:прокурор_области -> power:опротестование"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { form: "опротестование актов" } },
    absent: ["HAS_POWER body:генеральный_прокурор -> power:опротестование", "HAS_POWER body:прокурор_области -> power:кассационный_протест"],
  },
  {
    name: "membership «входит в структуру» and «в структуру X входят», not «входит в компетенцию»; no head among the parts of a structure",
    text: "Органы прокуратуры образуют единую централизованную систему. Главная военная прокуратура входит в структуру Генеральной прокуратуры. Надзор за исполнением решений Верховного Суда входит в компетенцию Генеральной прокуратуры. В структуру Генеральной прокуратуры входят Главная военная прокуратура и Комитет по правовой статистике.",
    edges: ["PART_OF body:главная_военная_прокуратура -> body:генеральная_прокуратура", "PART_OF body:комитет_правовой_статистики -> body:генеральная_прокуратура"],
    absent: ["PART_OF body:верховный_суд -> body:генеральная_прокуратура", "SUBORDINATE_TO body:комитет_правовой_статистики -> body:главная_военная_прокуратура"],
  },
  {
    name: "subordination to each body listed after the verb, not to a subject of the next clause",
    text: "Военные прокуроры подчиняются Главному военному прокурору и Генеральному Прокурору Республики Казахстан. Прокурор области подчиняется Генеральному Прокурору и районные прокуроры исполняют его указания.",
    edges: ["SUBORDINATE_TO body:военный_прокурор -> body:главный_военный_прокурор", "SUBORDINATE_TO body:военный_прокурор -> body:генеральный_прокурор", "SUBORDINATE_TO body:прокурор_области -> body:генеральный_прокурор"],
    absent: ["SUBORDINATE_TO body:прокурор_области -> body:прокурор_района"],
  },
  {
    name: "an exchange of information between the bodies before it, or with the body after «с»",
    text: "Генеральная прокуратура и Верховный Суд Республики Казахстан осуществляют обмен информацией о состоянии законности в порядке, определяемом совместным приказом. Прокуратура области обменивается информацией с областным судом. Прокуратура области и районные прокуратуры осуществляют обмен информацией. Военная прокуратура и военный суд ведут информационный обмен.",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура", "INTERACTS_WITH body:областной_суд -> body:прокуратура_области", "INTERACTS_WITH body:военная_прокуратура -> body:военный_суд"],
    props: { "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура": { form: "информационное взаимодействие" } },
    absent: ["INTERACTS_WITH body:прокуратура_области -> body:районная_прокуратура", "INTERACTS_WITH body:районная_прокуратура -> body:прокуратура_области"],
  },
  {
    name: "an act named as the measure of conformity regulates nothing and grounds nothing; a request for a review is no inspection",
    text: "Генеральный Прокурор Республики Казахстан вправе обратиться в Конституционный Суд Республики Казахстан с представлением о проверке нормативных правовых актов на соответствие Конституции. Прокуратура опротестовывает акты, противоречащие Конституции. В соответствии с Конституцией прокуратура осуществляет высший надзор. Закон «О прокуратуре» упоминается в нормативных постановлениях Верховного Суда. Прокурор изучает нормы Закона «О прокуратуре».",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:конституционный_суд", "REGULATES act:конституция -> power:высший_надзор", "REGULATES act:law_о_прокуратуре -> body:прокурор"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:конституционный_суд": { basis: [] } },
    absent: ["REGULATES act:конституция -> body:генеральный_прокурор", "REGULATES act:конституция -> body:конституционный_суд", "REGULATES act:конституция -> power:проверка", "HAS_POWER body:генеральный_прокурор -> power:проверка", "REGULATES act:конституция -> power:опротестование", "REGULATES act:law_о_прокуратуре -> body:верховный_суд"],
  },
  {
    name: "a dative pronoun before «подотчетны» / «подчиняются» stands for the body of its gender in the sentence before",
    text: "Генеральный Прокурор Республики Казахстан возглавляет единую централизованную систему органов прокуратуры. Ему подотчетны все нижестоящие прокуроры. Генеральная прокуратура руководит работой органов. Ей подчиняются прокуратуры областей. Генеральный Прокурор руководит работой. Ей подчиняются районные прокуратуры.",
    edges: ["ACCOUNTABLE_TO body:нижестоящий_прокурор -> body:генеральный_прокурор", "SUBORDINATE_TO body:прокуратура_области -> body:генеральная_прокуратура"],
    absent: ["ACCOUNTABLE_TO body:нижестоящий_прокурор -> body:прокуратура", "SUBORDINATE_TO body:районная_прокуратура -> body:генеральный_прокурор"],
    quotes: { "ACCOUNTABLE_TO body:нижестоящий_прокурор -> body:генеральный_прокурор": ["Генеральный Прокурор Республики Казахстан возглавляет единую централизованную систему органов прокуратуры.", "Ему подотчетны все нижестоящие прокуроры."] },
  },
  {
    name: "a procedural act runs from the body that acts (the subject, the owner of the act a court considers, the one who notifies) to the body addressed",
    text: "Суды обязаны извещать прокурора о времени и месте рассмотрения дела. Ходатайство прокурора о пересмотре судебного акта рассматривается судом кассационной инстанции. Заявление прокурора рассматривается Верховным Судом. Областной суд рассматривает представление Генерального Прокурора. Прокурор области должен быть уведомлен военным судом о принятом решении.",
    edges: ["INTERACTS_WITH body:военный_суд -> body:прокурор_области", "INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:прокурор -> body:кассационная_инстанция", "INTERACTS_WITH body:прокурор -> body:верховный_суд", "INTERACTS_WITH body:генеральный_прокурор -> body:областной_суд"],
    props: {
      "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение" },
      "INTERACTS_WITH body:прокурор -> body:кассационная_инстанция": { form: "заявление ходатайства" },
      "INTERACTS_WITH body:генеральный_прокурор -> body:областной_суд": { form: "внесение представления" },
    },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:кассационная_инстанция -> body:прокурор", "INTERACTS_WITH body:верховный_суд -> body:прокурор", "INTERACTS_WITH body:областной_суд -> body:генеральный_прокурор", "INTERACTS_WITH body:прокурор_области -> body:военный_суд"],
  },
  {
    name: "the object first and the acting body last, right after the verb",
    text: "Государственное обвинение в суде поддерживает прокурор. Протест на решение суда приносит прокурор области.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор_области -> body:суд"],
    props: {
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "поддержание государственного обвинения" },
      "INTERACTS_WITH body:прокурор_области -> body:суд": { form: "опротестование актов" },
    },
    quotes: { "INTERACTS_WITH body:прокурор -> body:суд": ["Государственное обвинение в суде поддерживает прокурор."] },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:суд -> body:прокурор_области"],
  },
  {
    name: "copies of court acts go from the court (named here, or in the sentence before in the same paragraph) to the prosecutor",
    text: "Суды обязаны извещать прокурора о времени и месте рассмотрения дела. Копии судебных актов направляются прокурору в течение трех дней. Областной суд направляет прокурору области копию приговора.",
    edges: ["INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:областной_суд -> body:прокурор_области"],
    props: { "INTERACTS_WITH body:областной_суд -> body:прокурор_области": { form: "направление прокурору копий судебных актов" } },
    quotes: { "INTERACTS_WITH body:суд -> body:прокурор": ["Суды обязаны извещать прокурора о времени и месте рассмотрения дела.", "Копии судебных актов направляются прокурору в течение трех дней."] },
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор_области -> body:областной_суд"],
  },
  {
    name: "no copies sent by a court of another paragraph, nor copies of what is not a court act",
    // (a copy of a sentence — приговор — is a court's act wherever it stands: court-copies.ts)
    text: "Суд рассматривает дело. Копии материалов проверки направляются прокурору.\n\nСуд рассматривает жалобу.\n\nКопии постановлений направляются прокурору.",
    edges: [],
    absent: ["INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "no object-first reading where the body after the verb is not in the nominative",
    text: "Обвинение в суде поддерживает прокурора потерпевший.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "amendment told in prose: the act before the verb or in the instrumental amends the act named after «в»",
    text: "Конституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII «О прокуратуре» внес изменения в Закон «О судебной системе и статусе судей». В Уголовно-процессуальный кодекс внесены дополнения Законом Республики Казахстан «О противодействии коррупции».",
    edges: ["AMENDS act:law_о_прокуратуре -> act:law_о_судебной_системе_и_статусе_судей", "AMENDS act:law_о_противодействии_коррупции -> act:упк"],
    absent: ["AMENDS act:law_о_судебной_системе_и_статусе_судей -> act:law_о_прокуратуре", "AMENDS act:упк -> act:law_о_противодействии_коррупции"],
  },
  {
    name: "no amendment by an act named as the ground, nor by a motion to change a sentence",
    text: "В соответствии с Конституцией Республики Казахстан в Закон «О прокуратуре» внесены изменения. Прокурор вносит в суд представление об изменении приговора согласно Уголовно-процессуальному кодексу.",
    edges: [],
    absent: ["AMENDS act:конституция -> act:law_о_прокуратуре", "AMENDS act:упк -> body:суд"],
  },
  {
    name: "principles of an interaction «X с Y», and a principle named as the subject («Законность является принципом …»); an act inside a principle's wording is no norm",
    text: "Взаимоотношения прокуратуры с судом основаны на принципе независимости судей и подчинения их только Конституции и закону. Законность является основным принципом взаимодействия суда и прокуратуры.",
    edges: ["GOVERNS principle:независимость_судей -> body:прокуратура", "GOVERNS principle:независимость_судей -> body:суд", "GOVERNS principle:законность -> body:суд", "GOVERNS principle:законность -> body:прокуратура", "INTERACTS_WITH body:прокуратура -> body:суд"],
    props: { "GOVERNS principle:законность -> body:прокуратура": { interaction: true }, "GOVERNS principle:независимость_судей -> body:прокуратура": { interaction: true } },
    absent: ["INTERACTS_WITH body:прокуратура -> body:судья", "REGULATES act:конституция -> body:прокуратура", "REGULATES act:конституция -> body:суд", "ESTABLISHES act:конституция -> principle:независимость_судей"],
  },
  {
    name: "a protest goes to the court named after «в», not to the body whose act it is",
    text: "Прокурор вправе опротестовать незаконные постановления судебного исполнителя в суд. Прокурор приносит протест на приговор районного суда в областной суд.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор -> body:областной_суд"],
    absent: ["INTERACTS_WITH body:прокурор -> body:судебный_исполнитель", "INTERACTS_WITH body:прокурор -> body:районный_суд"],
  },
  {
    name: "a joint generalisation of court practice by the bodies before the verb",
    text: "В целях обеспечения единства судебной практики Верховный Суд и Генеральная прокуратура проводят совместные обобщения судебной практики.",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура"],
    props: { "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура": { form: "обобщение судебной практики" } },
  },
];

relationCases("relate: phrasings", cases);

describe("relate: forms of one interaction", () => {
  it("gives each item of a list of forms, and a joint activity, its own edge with the lead-in quoted first", () => {
    const text = "Формы взаимодействия прокуратуры и суда:\n\n1) участие прокурора в рассмотрении дел судами;\n\n2) опротестование прокурором незаконных судебных актов;\n\n3) обмен информацией.\n\nПрокуратура и суды совместно проводят обобщение судебной практики.";
    const forms = graphOf(text).edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === "body:прокуратура" && e.target === "body:суд");
    expect(forms.map((e) => e.props.form)).toEqual(expect.arrayContaining(["участие прокурора в рассмотрении дел", "опротестование актов", "информационное взаимодействие", "обобщение судебной практики"]));
    const item = forms.find((e) => e.props.form === "информационное взаимодействие")!;
    expect(item.evidence.map((v) => v.quote)).toEqual(["Формы взаимодействия прокуратуры и суда:", "3) обмен информацией."]);
  });
  it("gives each item of a list of forms inside one sentence its own edge; a list of other forms gives none", () => {
    const text = "Формы взаимодействия суда и прокуратуры: участие прокурора в судебных заседаниях, опротестование незаконных судебных актов, обобщение судебной практики, обмен статистической информацией. Формы ответственности судей: дисциплинарная, уголовная, обмен опытом с прокуратурой.";
    const edges = graphOf(text).edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === "body:прокуратура" && e.target === "body:суд");
    expect(edges.map((e) => e.props.form).sort()).toEqual(["взаимодействие", "информационное взаимодействие", "обобщение судебной практики", "опротестование актов", "участие в заседаниях"]);
    expect(edges.every((e) => e.evidence.every((v) => v.quote.startsWith("Формы взаимодействия суда и прокуратуры:")))).toBe(true);
  });
});
