// Fixture-driven tests of the relation rules: a passage of an article → the edges a lawyer reads in it.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "a norm that lays down principles",
    text: "Правовой основой является норма пункта 4 статьи 3 Конституции Республики Казахстан, гласящая, что государственная власть в Республике едина, осуществляется в соответствии с принципом ее разделения на законодательную, исполнительную и судебную ветви.",
    edges: ["ESTABLISHES act:конституция#art_3__point_4 -> principle:единство_государственной_власти", "ESTABLISHES act:конституция#art_3__point_4 -> principle:разделение_властей", "PART_OF act:конституция#art_3__point_4 -> act:конституция#art_3"],
  },
  {
    name: "appointment with consent, through a pronoun",
    text: "Генеральный прокурор Республики Казахстан является высшим должностным лицом. Он назначается Президентом Республики Казахстан с согласия Сената Парламента сроком на 5 лет.",
    edges: ["APPOINTS body:президент -> body:генеральный_прокурор"],
    props: { "APPOINTS body:президент -> body:генеральный_прокурор": { consentOf: "body:сенат" } },
  },
  {
    name: "an election is an appointment by the electing body",
    text: "Председатель Верховного Суда избирается Сенатом по представлению Президента Республики Казахстан.",
    edges: ["APPOINTS body:сенат -> body:председатель_верховного_суда"],
    props: { "APPOINTS body:сенат -> body:председатель_верховного_суда": { nominatedBy: "body:президент" } },
  },
  {
    name: "the independence of judges in the Constitution's formula",
    text: "Согласно пункту 1 статьи 77 Конституции судья при отправлении правосудия независим и подчиняется только Конституции и закону.",
    edges: ["ESTABLISHES act:конституция#art_77__point_1 -> principle:независимость_судей", "HAS_POWER body:судья -> power:правосудие"],
  },
  {
    name: "accountability and subordination",
    text: "Согласно пункту 2 статьи 83 Конституции прокуратура составляет единую централизованную систему с подчинением нижестоящих прокуроров вышестоящим и Генеральному Прокурору Республики Казахстан. В соответствии с Конституцией прокуратура осуществляет свои полномочия независимо от других государственных органов и подотчетна лишь Президенту республики.",
    edges: ["SUBORDINATE_TO body:нижестоящий_прокурор -> body:генеральный_прокурор", "ACCOUNTABLE_TO body:прокуратура -> body:президент", "REGULATES act:конституция#art_83__point_2 -> body:прокуратура"],
  },
  {
    name: "interaction named in the title of a joint act is grounded by that act",
    text: "Отношения регулируются совместными распоряжениями Верховного Суда РК и Генеральной прокуратуры РК, в частности распоряжения №213 и №67р/10 «Об утверждении Правил информационного взаимодействия между Верховным Судом и Генеральной прокуратурой посредством информационных систем».",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура"],
    props: { "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура": { form: "информационное взаимодействие" } },
  },
  {
    name: "powers of the prosecution",
    text: "Прокуратура от имени государства осуществляет высший надзор за точным и единообразным применением законов, опротестовывает законы, противоречащие Конституции, представляет интересы государства в суде.",
    edges: ["HAS_POWER body:прокуратура -> power:высший_надзор", "HAS_POWER body:прокуратура -> power:опротестование", "HAS_POWER body:прокуратура -> power:представительство_интересов_государства", "INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "composition of a system",
    text: "Систему органов военной прокуратуры составляют Главная военная прокуратура, военные прокуратуры округов, гарнизонов и войск.",
    edges: ["PART_OF body:главная_военная_прокуратура -> body:военная_прокуратура"],
  },
  {
    name: "composition of the court system",
    text: "Судебную систему Республики Казахстан составляют Верховный Суд Республики Казахстан и местные и другие суды, учреждаемые законом.",
    edges: ["PART_OF body:верховный_суд -> body:суд", "PART_OF body:местный_суд -> body:суд"],
  },
  {
    name: "kinds of a body: «К X относятся A, B и C» (and not where X is not the word right after «К»)",
    text: "К специализированным прокуратурам относятся военные прокуратуры, транспортные прокуратуры и природоохранные прокуратуры. К полномочиям прокурора относится участие в суде.",
    edges: ["PART_OF body:военная_прокуратура -> body:специализированная_прокуратура", "PART_OF body:транспортная_прокуратура -> body:специализированная_прокуратура", "PART_OF body:природоохранная_прокуратура -> body:специализированная_прокуратура"],
    absent: ["PART_OF body:суд -> body:прокурор"],
  },
  {
    name: "kinds named by their adjective alone take the whole's noun; a generic body is never a kind",
    text: "К специализированным прокуратурам относятся военные, транспортные, а также прокуратуры специальных объектов. К иным специализированным прокуратурам относятся природоохранные.",
    edges: ["PART_OF body:военная_прокуратура -> body:специализированная_прокуратура", "PART_OF body:природоохранная_прокуратура -> body:специализированная_прокуратура", "PART_OF body:транспортная_прокуратура -> body:специализированная_прокуратура"],
    absent: ["PART_OF body:прокуратура -> body:специализированная_прокуратура"],
  },
  {
    name: "composition stated with «включает»",
    text: "Система органов военной прокуратуры включает Главную военную прокуратуру и военные прокуратуры гарнизонов.",
    edges: ["PART_OF body:главная_военная_прокуратура -> body:военная_прокуратура"],
  },
  {
    name: "cooperation stated as a verb, the bodies before it or the partner after «с»",
    text: "Суды и органы прокуратуры сотрудничают в сфере правовой статистики. Генеральная прокуратура сотрудничает с Верховным Судом.",
    edges: ["INTERACTS_WITH body:прокуратура -> body:суд", "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура"],
    props: { "INTERACTS_WITH body:прокуратура -> body:суд": { form: "сотрудничество" } },
  },
  {
    name: "membership stated with «входят в систему»",
    text: "Военные прокуратуры входят в систему органов прокуратуры.",
    edges: ["PART_OF body:военная_прокуратура -> body:прокуратура"],
  },
  {
    name: "membership stated as «является структурным подразделением», not a court's jurisdiction",
    text: "Главная военная прокуратура является структурным подразделением Генеральной прокуратуры. Верховный Суд является высшим судебным органом по делам, подсудным местным судам.",
    edges: ["PART_OF body:главная_военная_прокуратура -> body:генеральная_прокуратура"],
  },
  {
    name: "joint activities of the bodies named before them",
    text: "Верховный Суд и Генеральная прокуратура проводят совместные совещания по вопросам судебной практики.",
    edges: ["INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура"],
    props: { "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура": { form: "совместные семинары-совещания" } },
  },
  {
    name: "a code's part that «установлено» grants a power",
    text: "Частью 1 статьи 53 Гражданского процессуального кодекса установлено, что прокурор вправе предъявить иск в суд.",
    edges: ["REGULATES act:гпк#art_53__part_1 -> power:предъявление_иска", "HAS_POWER body:прокурор -> power:предъявление_иска", "INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "participation in the sessions of a chamber",
    text: "В соответствии с пунктом 15 Регламента Сената Парламента Республики Казахстан от 8 февраля 1996 года Генеральный Прокурор имеет право присутствовать как на открытых, так и на закрытых заседаниях Сената Парламента и быть выслушанным.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:сенат"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:сенат": { form: "участие в заседаниях", basis: ["act:regulation_сената_парламента#point_15"] } },
  },
  {
    name: "a procedural act addressed to a court",
    text: "Прокурор вправе обратиться в суд с иском для защиты прав граждан.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "обращение в суд" } },
  },
  {
    name: "a court acting on the prosecutor's act named inside a power",
    text: "Суды рассматривают протесты прокурора в порядке, установленном процессуальным законодательством.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" } },
  },
  {
    name: "representation in court: the subject acts, not a complement before the verb",
    text: "Прокуратура осуществляет надзор за применением указов Президента Республики Казахстан, представляет интересы государства в суде.",
    edges: ["INTERACTS_WITH body:прокуратура -> body:суд", "HAS_POWER body:прокуратура -> power:представительство_интересов_государства"],
    props: { "INTERACTS_WITH body:прокуратура -> body:суд": { form: "представительство интересов государства в суде" } },
  },
  {
    name: "no interaction within one family, nor with the agent of a passive verb",
    text: "Прокурор области вносит в Генеральную прокуратуру представление. Поручения, санкционированные судом, направляются для исполнения прокурором.",
    edges: [],
  },
  {
    name: "principles a body's service is based on",
    text: "Служба в органах прокуратуры основана на принципах законности, независимости и подчинения только Конституции.",
    edges: ["GOVERNS principle:законность -> body:прокуратура", "GOVERNS principle:независимость -> body:прокуратура"],
  },
  {
    name: "principles a prosecutor must respect in the interaction with the courts",
    text: "Принцип демократизма во взаимодействии с органами судебной власти проявляется в том, что прокурор должен учитывать независимость судей и подчинение их только закону, презумпцию невиновности, состязательность.",
    edges: ["GOVERNS principle:демократизм -> body:суд", "GOVERNS principle:независимость_судей -> body:прокурор", "GOVERNS principle:презумпция_невиновности -> body:прокурор", "GOVERNS principle:состязательность -> body:прокурор"],
    props: { "GOVERNS principle:демократизм -> body:суд": { interaction: true } },
  },
  {
    name: "a principle word the sentence does not apply to a body",
    text: "Работа в прокуратурах областей организуется по зонально-предметному принципу для прогнозирования состояния законности.",
    edges: [],
  },
  {
    name: "participation in a court session",
    text: "Прокурор участвует в судебном заседании по делам, предусмотренным законом.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие в заседаниях" } },
  },
  {
    name: "the powers of a list under its lead-in, and the interaction they make",
    text: "Прокурор в пределах своей компетенции вправе:\n1) осуществлять надзор за законностью досудебного расследования;\n2) приносить протест на судебные акты;\n3) поддерживать государственное обвинение в суде.",
    edges: [
      "HAS_POWER body:прокурор -> power:надзор_за_досудебным_расследованием",
      "HAS_POWER body:прокурор -> power:опротестование",
      "HAS_POWER body:прокурор -> power:поддержание_обвинения",
      "INTERACTS_WITH body:прокурор -> body:суд",
    ],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "поддержание государственного обвинения" } },
  },
  {
    name: "accountability as reporting to a body",
    text: "Генеральный Прокурор ежегодно отчитывается перед Президентом Республики о состоянии законности в стране.",
    edges: ["ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент"],
  },
  {
    name: "a court named as the place of the act, and a court acting on the prosecutor's protest",
    text: "Согласно части 2 статьи 58 УПК прокурор в суде поддерживает государственное обвинение. Протест прокурора на решение суда рассматривается судом апелляционной инстанции.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор -> body:апелляционная_инстанция"],
    props: {
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "поддержание государственного обвинения" },
      "INTERACTS_WITH body:прокурор -> body:апелляционная_инстанция": { form: "опротестование актов" },
    },
  },
  {
    name: "participation in cases listed by their kinds, the court after the list",
    text: "Прокурор участвует в рассмотрении уголовных, гражданских и административных дел в суде.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие прокурора в рассмотрении дел" } },
  },
  {
    name: "a short passive participle with its agent, and the subject after the verb with the object first",
    text: "Судебные акты могут быть опротестованы прокурором в вышестоящий суд. Ходатайство о пересмотре судебного акта вправе внести Генеральный Прокурор в Верховный Суд.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд"],
    props: {
      "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" },
      "INTERACTS_WITH body:генеральный_прокурор -> body:верховный_суд": { form: "заявление ходатайства" },
    },
    absent: ["INTERACTS_WITH body:верховный_суд -> body:генеральный_прокурор", "INTERACTS_WITH body:суд -> body:прокурор"],
  },
  {
    name: "a body named inside another act's title is not what a norm of the sentence regulates",
    text: "Прокуратура действует в соответствии с Конституцией Республики Казахстан и Конституционным законом Республики Казахстан «О судебной системе и статусе судей Республики Казахстан».",
    edges: ["REGULATES act:конституция -> body:прокуратура"],
    absent: ["REGULATES act:конституция -> body:суд", "REGULATES act:конституция -> body:судья"],
  },
  {
    name: "the subject of a long chain of predicates holds each power in it; a President named as the author of decrees is not regulated",
    text: "Нормы Конституции предписывают, что прокуратура от имени государства осуществляет высший надзор за точным и единообразным применением законов, указов Президента Республики Казахстан и иных нормативных правовых актов на территории Республики, принимает меры по выявлению и устранению любых нарушений законности, а также опротестовывает законы и другие правовые акты, противоречащие Конституции и законам Республики, представляет интересы государства в суде.",
    edges: ["HAS_POWER body:прокуратура -> power:высший_надзор", "HAS_POWER body:прокуратура -> power:опротестование", "HAS_POWER body:прокуратура -> power:представительство_интересов_государства", "REGULATES act:конституция -> power:опротестование", "INTERACTS_WITH body:прокуратура -> body:суд"],
    absent: ["REGULATES act:конституция -> body:президент"],
  },
  {
    name: "an act of importance «в правовой регламентации» of a relation regulates the bodies it speaks of",
    text: "Большое значение в правовой регламентации отношений, связанных с вопросами взаимодействия прокуратуры и судебной власти, имеет Стратегический план Верховного Суда Республики Казахстан на 2014–2018 годы.",
    edges: ["REGULATES act:plan_верховного_суда_на_2014_2018_годы -> body:прокуратура", "INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "no regulation «в правовой регламентации» without a norm named",
    text: "Вопросы правовой регламентации взаимодействия прокуратуры и суда рассматривались многими авторами.",
    edges: ["INTERACTS_WITH body:прокуратура -> body:суд"],
    absent: ["REGULATES act:конституция -> body:прокуратура"],
  },
  {
    name: "no chain across a semicolon, nor from a body after a preposition",
    text: "Жалобы направляются в прокуратуру области и рассматриваются в установленном законом порядке в течение месяца со дня их поступления, после чего заявителю сообщается о принятом решении и о порядке его обжалования; ответ может быть опротестован.",
    edges: [],
    absent: ["HAS_POWER body:прокуратура_области -> power:опротестование"],
  },
  {
    name: "no interaction where the text names none",
    text: "Суд рассматривает дело. Прокуратура осуществляет надзор.",
    edges: [],
  },
];

// the relations most open to over-reading: none where the case expects none
relationCases("relate", cases, { noneUnlessExpected: ["INTERACTS_WITH", "GOVERNS", "PART_OF body:"] });
