// Fixture-driven tests for commentaries and other writings about the law: the article a commentary quotes and explains
// (quoted-article.ts, resolve.ts), what a norm regulates in their wording (rules.ts REGULATING, grounds.ts proposals),
// principles stated as prohibitions (stated-principles.ts), the abbreviations of the bodies (vocabulary.ts).
import { describe, expect, it } from "vitest";
import { articleGraphOf, relationCases, type RelationCase } from "./testing.js";

const COMMENTARY =
  "Комментарий к статье 54 Гражданского процессуального кодекса Республики Казахстан\n\nСтатья 54. Участие прокурора в гражданском процессе\n\n" +
  "1. Прокурор в гражданском процессе представляет интересы государства. Прокурор вправе обратиться в суд с иском.\n\nКомментарий.\n\n" +
  "1. Прокурор вправе давать заключение.";
const cases: RelationCase[] = [
  {
    name: "a commentary on a whole code: its bare articles are the code's («Постатейный комментарий к УПК … Статья 485. …»)",
    structured: true,
    text:
      "Постатейный комментарий к Уголовно-процессуальному кодексу Республики Казахстан\n\nСтатья 485. Ходатайство прокурора о пересмотре судебного акта\n\n" +
      "1. Ходатайство прокурора приносится в Верховный Суд Республики Казахстан.\n\nКомментарий к статье 485\n\n" +
      "1. Часть 1 комментируемой статьи наделяет правом внесения ходатайства только Генерального Прокурора.",
    edges: ["INTERACTS_WITH body:прокурор -> body:верховный_суд", "REGULATES act:упк#art_485 -> body:верховный_суд", "REGULATES act:упк#art_485__part_1 -> body:генеральный_прокурор"],
    props: { "INTERACTS_WITH body:прокурор -> body:верховный_суд": { basis: ["act:упк#art_485"] } },
  },
  {
    name: "«Прокуратура не вправе вмешиваться в деятельность суда (статья 77 Конституции)»",
    text: "Прокуратура не вправе вмешиваться в деятельность суда (статья 77 Конституции).",
    edges: ["GOVERNS principle:недопустимость_вмешательства -> body:прокуратура", "ESTABLISHES act:конституция#art_77 -> principle:недопустимость_вмешательства"],
  },
  {
    name: "«…, что вытекает из статьи 77 Конституции»: the article lays the principle down",
    text: "Прокурор не вправе вмешиваться в деятельность суда по осуществлению правосудия, что вытекает из статьи 77 Конституции.",
    edges: ["GOVERNS principle:недопустимость_вмешательства -> body:прокурор", "ESTABLISHES act:конституция#art_77 -> principle:недопустимость_вмешательства"],
  },
  {
    name: "a body in another clause, in the dative, is not the subject of the wording",
    text: "Прокурору известно, что никто не вправе вмешиваться в деятельность суда.",
    edges: [],
    absent: ["GOVERNS principle:недопустимость_вмешательства -> body:прокурор"],
  },
  {
    name: "«Предлагаем дополнить статью 65 АППК …»: the article does not (yet) say it",
    text: "Предлагаем дополнить статью 65 АППК частью пятой следующего содержания: «Прокурор вправе опротестовать судебный акт по административному делу».",
    edges: [],
    absent: ["REGULATES act:аппк#art_65 -> power:опротестование", "REGULATES act:аппк#art_65 -> body:прокурор"],
  },
  {
    name: "the article as it stands grounds what it says",
    text: "Согласно статье 65 АППК прокурор дает заключение по делу.",
    edges: ["REGULATES act:аппк#art_65 -> body:прокурор", "REGULATES act:аппк#art_65 -> power:дача_заключения"],
  },
  {
    name: "«возложенного на прокуратуру пунктом 1 статьи 83 Конституции»",
    text: "Участие прокурора в гражданском процессе является одной из форм осуществления высшего надзора за соблюдением законности, возложенного на прокуратуру пунктом 1 статьи 83 Конституции Республики Казахстан.",
    edges: ["REGULATES act:конституция#art_83__point_1 -> body:прокуратура", "REGULATES act:конституция#art_83__point_1 -> power:высший_надзор"],
  },
  {
    name: "a normative resolution that explains («разъяснил, что …») regulates what it explains",
    text: "Верховный Суд в нормативном постановлении от 20 апреля 2006 года № 2 «О практике применения судами законодательства об участии прокурора в гражданском процессе» разъяснил, что суд обязан известить прокурора о времени и месте рассмотрения дела.",
    edges: ["REGULATES act:resolution_2 -> body:прокурор", "INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение", basis: ["act:resolution_2"] } },
  },
  {
    name: "the noun «разъяснения» a court did not follow is no regulation of that court",
    text: "Апелляционная инстанция не учла разъяснения, данные в нормативном постановлении Верховного Суда от 29 декабря 2012 года № 7.",
    edges: [],
    absent: ["REGULATES act:resolution_7 -> body:апелляционная_инстанция"],
  },
  {
    name: "a commentary: the quoted article governs what its parts speak of and grounds their interactions; the explanation after «Комментарий» is not its text",
    text: COMMENTARY,
    structured: true,
    edges: [
      "REGULATES act:гпк#art_54 -> body:прокурор",
      "REGULATES act:гпк#art_54 -> power:представительство_интересов_государства",
      "REGULATES act:гпк#art_54 -> power:предъявление_иска",
      "INTERACTS_WITH body:прокурор -> body:суд",
    ],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "обращение в суд", basis: ["act:гпк#art_54"] } },
    quotes: { "REGULATES act:гпк#art_54 -> power:представительство_интересов_государства": ["Статья 54. Участие прокурора в гражданском процессе", "1. Прокурор в гражданском процессе представляет интересы государства."] },
    absent: ["REGULATES act:гпк#art_54 -> power:дача_заключения"],
  },
  {
    name: "«Комментируемая статья определяет …» in the explanation: the article of the commentary's title",
    structured: true,
    text: "Комментарий к статье 403 Гражданского процессуального кодекса Республики Казахстан\n\n1. Комментируемая статья определяет порядок принесения прокурором апелляционного протеста на решение суда первой инстанции.",
    edges: ["REGULATES act:гпк#art_403 -> power:опротестование", "REGULATES act:гпк#art_403 -> body:прокурор"],
  },
  {
    name: "«комментируемая статья» with an article of its own named is that article's business",
    structured: true,
    text: "Комментарий к статье 403 Гражданского процессуального кодекса Республики Казахстан\n\n1. В отличие от статьи 54 ГПК комментируемая статья не касается участия прокурора в судопроизводстве.",
    edges: [],
    absent: ["REGULATES act:гпк#art_403 -> power:участие_в_судопроизводстве"],
  },
  {
    name: "a commentary on the Constitution: «Статья 83» alone as the heading; «Пункт 2 комментируемой статьи устанавливает принцип …»",
    structured: true,
    text:
      "Комментарий к статье 83 Конституции Республики Казахстан\n\nСтатья 83\n\n1. Прокуратура от имени государства осуществляет высший надзор за соблюдением законности.\n\n" +
      "Комментарий.\n\nПункт 2 комментируемой статьи устанавливает принцип централизации органов прокуратуры.",
    edges: ["REGULATES act:конституция#art_83 -> power:высший_надзор", "ESTABLISHES act:конституция#art_83__point_2 -> principle:централизация"],
  },
  {
    name: "«ГП РК и ВС РК», «Генпрокуратура»",
    text: "Правовую основу взаимодействия ГП РК и ВС РК составляют Конституция Республики Казахстан и процессуальные кодексы. Генпрокуратура и Верховный Суд проводят совместные совещания.",
    edges: [
      "INTERACTS_WITH body:верховный_суд -> body:генеральная_прокуратура",
      "REGULATES act:конституция -> body:генеральная_прокуратура",
      "REGULATES act:конституция -> body:верховный_суд",
    ],
  },
  {
    name: "«ГП» alone is no body (the Prosecutor General or the Office)",
    text: "ГП и суд взаимодействуют.",
    edges: [],
    absent: ["INTERACTS_WITH body:генеральная_прокуратура -> body:суд"],
  },
  {
    name: "a bare «Статья 54.» after the same article of two acts names neither",
    structured: true,
    text: "Статья 54 ГПК и статья 54 УПК различаются.\n\nСтатья 54. Участие прокурора\n\n1. Прокурор представляет интересы государства.",
    edges: [],
    absent: ["REGULATES act:гпк#art_54 -> power:представительство_интересов_государства", "REGULATES act:упк#art_54 -> power:представительство_интересов_государства"],
  },
  {
    name: "abbreviated citations of scholarly writing: «Согласно п. 3 НП ВС РК от 20.04.2006 № 2 …»",
    structured: true,
    text: "Согласно п. 3 НП ВС РК от 20.04.2006 № 2 суд обязан известить прокурора о времени и месте судебного заседания.",
    edges: ["REGULATES act:resolution_2#point_3 -> body:прокурор", "INTERACTS_WITH body:суд -> body:прокурор"],
    props: { "INTERACTS_WITH body:суд -> body:прокурор": { form: "извещение", basis: ["act:resolution_2#point_3"] } },
    absent: ["REGULATES act:resolution_2#point_3 -> body:верховный_суд"],
  },
  {
    name: "«В силу ч. 2 ст. 429 УПК РК …» grounds what it says; «вступивший в силу» is no cue",
    structured: true,
    text: "В силу ч. 2 ст. 429 УПК РК апелляционный протест прокурора рассматривается судом апелляционной инстанции. Приговор, вступивший в силу, исполняется, о чем сказано в статье 21 УПК.",
    edges: ["REGULATES act:упк#art_429__part_2 -> body:прокурор", "REGULATES act:упк#art_429__part_2 -> power:опротестование"],
  },
  {
    name: "a bibliography names works, not facts (the acts it cites stay mentioned); the same words in prose are facts",
    structured: true,
    text:
      "Список использованной литературы\n\n1. Ахметов А.А. Взаимодействие прокуратуры и суда: монография. – Алматы, 2019. – 230 с.\n\n" +
      "2. Иванов И.И. Участие прокурора в рассмотрении гражданских дел судами // Вестник КазНУ. – 2020. – № 2. – С. 10–15.\n\n" +
      "3. Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года № 231-V.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокуратура -> body:суд", "INTERACTS_WITH body:прокурор -> body:суд", "HAS_POWER body:прокурор -> power:участие_в_судопроизводстве"],
  },
  {
    name: "an author cited in prose does not make the sentence a bibliography entry",
    text: "По мнению Ахметова А.А., взаимодействие прокуратуры и суда основано на законе.",
    edges: ["INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "«Прокуратура г. Алматы», «Прокурор г. Шымкента» with the abbreviation «г.»",
    structured: true,
    text: "Прокуратура г. Алматы обратилась в суд с иском. Прокурор г. Шымкента принес протест на решение суда.",
    edges: ["INTERACTS_WITH body:прокуратура_города_республиканского_значения -> body:суд", "INTERACTS_WITH body:прокурор_города -> body:суд"],
    absent: ["INTERACTS_WITH body:прокуратура -> body:суд"],
  },
  {
    name: "abbreviated acts before a title: «Статья 12 КЗ «О прокуратуре»», «ст. 20 КЗ РК «О судебной системе …»»",
    structured: true,
    text: "Статья 12 КЗ «О прокуратуре» закрепляет полномочия прокурора по участию в судебных заседаниях. Согласно ст. 20 КЗ РК «О судебной системе и статусе судей Республики Казахстан» прокурор участвует в заседании суда.",
    edges: ["REGULATES act:law_о_прокуратуре#art_12 -> body:прокурор", "REGULATES act:law_о_судебной_системе_и_статусе_судей#art_20 -> body:прокурор", "INTERACTS_WITH body:прокурор -> body:суд"],
  },
  {
    name: "«Прокурор участвует в заседании суда»: the host court after the verb, not the participant",
    text: "Прокурор участвует в заседании суда.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "участие в заседаниях" } },
  },
  // textbook lists: relate/context.ts LIST_ITEM, principles.ts listHead, interaction.ts FORMS_LEAD, lead-participation.ts
  {
    name: "«Принципами взаимодействия прокуратуры и суда являются: – законность; – независимость судей;» (dash bullets)",
    structured: true,
    text: "Принципами взаимодействия прокуратуры и суда являются:\n\n– законность;\n\n– независимость судей;\n\n– процессуальная самостоятельность прокурора.",
    edges: ["GOVERNS principle:законность -> body:прокуратура", "GOVERNS principle:законность -> body:суд", "GOVERNS principle:независимость_судей -> body:суд"],
    props: { "GOVERNS principle:законность -> body:суд": { interaction: true } },
  },
  {
    name: "«Взаимодействие прокуратуры и суда основывается на следующих принципах: 1) …»: both parties",
    structured: true,
    text: "Взаимодействие прокуратуры и суда основывается на следующих принципах:\n\n1) законность;\n\n2) состязательность.",
    edges: ["GOVERNS principle:состязательность -> body:прокуратура", "GOVERNS principle:состязательность -> body:суд"],
  },
];

relationCases("relate: commentaries and writings about the law (quoted articles, proposals, stated principles, abbreviations)", cases);

// several forms between one pair of bodies: the forms each list item names (one edge per form)
const FORM_CASES: [string, string, string, string, string[]][] = [
  [
    "«Основными направлениями взаимодействия … являются:» lists forms of interaction",
    "Основными направлениями взаимодействия органов прокуратуры и судов являются:\n\n1) обеспечение законности судебных актов;\n\n2) совместное обобщение судебной практики;\n\n3) обмен информацией о результатах рассмотрения дел.",
    "body:прокуратура",
    "body:суд",
    ["взаимодействие", "информационное взаимодействие", "обобщение судебной практики"],
  ],
  [
    "«Прокурор в суде: 1) участвует в рассмотрении дел;»: the court of the lead-in",
    "Прокурор в суде:\n\n1) участвует в рассмотрении дел;\n\n2) приносит протесты на незаконные судебные акты.",
    "body:прокурор",
    "body:суд",
    ["опротестование актов", "участие прокурора в рассмотрении дел"],
  ],
];

describe("relate: the forms a textbook's list names", () => {
  it.each(FORM_CASES)("%s", (_name, text, source, target, forms) => {
    const got = articleGraphOf(text).edges.filter((e) => e.type === "INTERACTS_WITH" && e.source === source && e.target === target).map((e) => e.props.form);
    expect([...new Set(got)].sort()).toEqual([...forms].sort());
  });
});
