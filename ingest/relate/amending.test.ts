// Fixture-driven tests of what an order's amending point changes (relate/amended-units.ts and the AMENDING cue of
// relate/index.ts): an order's text → the edges a lawyer reads in it, and those one must not read.
import { describe, expect, it } from "vitest";
import { actGraphOf } from "./testing.js";

const HEAD = (n: string, preamble = "ПРИКАЗЫВАЮ:") =>
  `О внесении изменений в некоторые приказы\n\nПриказ Генерального Прокурора Республики Казахстан от 1 марта 2023 года № ${n}. Зарегистрирован в Министерстве юстиции Республики Казахстан 3 марта 2023 года № 32001.\n\n${preamble}\n\n`;
const TITLE = (n: string) => `Приказ Генерального Прокурора Республики Казахстан от 1 марта 2023 года № ${n}`;
const RULES = "act:rules_участия_прокурора_в_гражданском_процессе";

const cases: { name: string; n: string; preamble?: string; body: string; edges: string[]; absent?: string[] }[] = [
  {
    name: "«Внести в приказ … следующие изменения» amends that order; a reworded point is the amended rules' point, its new wording cites for it",
    n: "21",
    body:
      "1. Внести в приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 «О некоторых вопросах организации прокурорского надзора» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов за № 16935) следующие изменения:\n\n" +
      "в Правилах участия прокурора в гражданском процессе, утвержденных указанным приказом:\n\n" +
      "пункт 12 изложить в следующей редакции:\n\n«12. Прокурор вступает в процесс для дачи заключения в случаях, предусмотренных частью четвертой статьи 54 Гражданского процессуального кодекса Республики Казахстан.»;\n\n" +
      "подпункт 3) пункта 15 исключить.\n\n2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
    edges: [
      "AMENDS act:order_21 -> act:order_60",
      "AMENDS act:order_21 -> " + RULES,
      `AMENDS act:order_21#point_1 -> ${RULES}#point_12`,
      `AMENDS act:order_21#point_1 -> ${RULES}#point_15__subpoint_3`,
      `CITES ${RULES}#point_12 -> act:гпк#art_54__part_4`,
      `REGULATES ${RULES}#point_12 -> body:прокурор`,
      `PART_OF ${RULES} -> act:order_60`,
    ],
    absent: [
      "CITES act:order_21#point_1 -> act:гпк#art_54__part_4",
      `CITES ${RULES}#point_12 -> ${RULES}#point_15__subpoint_3`,
      "AMENDS act:order_21#point_1 -> act:order_21#point_12",
    ],
  },
  {
    name: "an order amended without rules named: the points are the order's own, in straight quotes after PDF conversion",
    n: "22",
    body:
      '1. Внести в приказ Генерального Прокурора Республики Казахстан от 5 мая 2017 года № 61 следующие дополнения:\n\nдополнить пунктом 7-1 следующего содержания:\n\n"7-1. Прокурор области ежеквартально информирует Генерального Прокурора.";\n\n' +
      "пункт 9 изложить в новой редакции:\n\n\"9. Копии протестов направляются в Генеральную прокуратуру в соответствии со статьей 55 ГПК.\".",
    edges: [
      "AMENDS act:order_22 -> act:order_61",
      "AMENDS act:order_22#point_1 -> act:order_61#point_7_1",
      "AMENDS act:order_22#point_1 -> act:order_61#point_9",
      "CITES act:order_61#point_9 -> act:гпк#art_55",
    ],
    absent: ["CITES act:order_22#point_1 -> act:гпк#art_55"],
  },
  {
    name: "«настоящих Правил» in the new wording are the amended rules; a point of an order listed as repealed is repealed, not its order",
    n: "24",
    body:
      "1. Внести в приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 следующие изменения:\n\nв Правилах участия прокурора в гражданском процессе, утвержденных указанным приказом:\n\n" +
      "пункт 5 изложить в следующей редакции:\n\n«5. Прокурор дает заключение в случаях, предусмотренных пп. 3) п. 8 настоящих Правил.».\n\n" +
      "2. Признать утратившими силу:\n\n1) приказ Генерального Прокурора Республики Казахстан от 28 марта 2018 года № 41;\n\n2) пункт 3 приказа Генерального Прокурора Республики Казахстан от 5 сентября 2019 года № 89.",
    edges: [
      `CITES ${RULES}#point_5 -> ${RULES}#point_8__subpoint_3`,
      "REPEALS act:order_24 -> act:order_41",
      "REPEALS act:order_24 -> act:order_89#point_3",
    ],
    absent: ["REPEALS act:order_24 -> act:order_89", "AMENDS act:order_24 -> act:order_89"],
  },
  {
    name: "a list of repealed orders approved as an appendix: the order repeals each act an item opens with, nothing in its titles amends",
    n: "26",
    body:
      "1. Признать утратившими силу некоторые приказы Генерального Прокурора Республики Казахстан согласно приложению к настоящему приказу.\n\n" +
      "Приложение к приказу Генерального Прокурора Республики Казахстан от 1 марта 2023 года № 26\n\nПеречень утративших силу некоторых приказов Генерального Прокурора Республики Казахстан\n\n" +
      "1. Приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 «О некоторых вопросах организации прокурорского надзора».\n\n" +
      "2. Приказ Генерального Прокурора Республики Казахстан от 12 июля 2021 года № 102 «О внесении изменений в приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60».\n\n" +
      "3. Пункт 3 приказа Генерального Прокурора Республики Казахстан от 5 сентября 2019 года № 89.",
    edges: ["REPEALS act:order_26 -> act:order_60", "REPEALS act:order_26 -> act:order_102", "REPEALS act:order_26 -> act:order_89#point_3"],
    absent: ["AMENDS act:order_26 -> act:order_60", "REPEALS act:order_26 -> act:order_89"],
  },
  {
    name: "items inside a new wording are the amended point's subpoints, not the order's; the order's point goes on after the quote",
    n: "27",
    body:
      "1. Внести в приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 следующие изменения:\n\nв Инструкции по организации надзора за законностью судебных актов, утвержденной указанным приказом:\n\n" +
      "пункт 26 изложить в следующей редакции:\n\n«26. Прокурор вступает в процесс:\n\n1) по делам, предусмотренным статьей 72 ГПК;\n\n2) по делам о защите интересов государства в суде.»;\n\nпункт 30 исключить.",
    edges: [
      "CITES act:instruction_по_организации_надзора_за_законностью_судебных#point_26__subpoint_1 -> act:гпк#art_72",
      "PART_OF act:instruction_по_организации_надзора_за_законностью_судебных#point_26__subpoint_2 -> act:instruction_по_организации_надзора_за_законностью_судебных#point_26",
      "AMENDS act:order_27#point_1 -> act:instruction_по_организации_надзора_за_законностью_судебных#point_30",
      "CITES act:order_27#point_1 -> act:instruction_по_организации_надзора_за_законностью_судебных#point_30",
    ],
    absent: ["PART_OF act:order_27#point_1__subpoint_1 -> act:order_27#point_1", "CITES act:order_27#point_1__subpoint_2 -> act:instruction_по_организации_надзора_за_законностью_судебных#point_30"],
  },
  {
    name: "a preamble «Руководствуясь статьей 37 … ПРИКАЗЫВАЮ:» grounds the order in the law",
    n: "28",
    preamble: "Руководствуясь статьей 37 Конституционного закона Республики Казахстан «О прокуратуре», ПРИКАЗЫВАЮ:",
    body: "1. Утвердить прилагаемые Правила участия прокурора в административном процессе.",
    edges: ["SUBORDINATE_TO act:order_28 -> act:law_о_прокуратуре"],
  },
  {
    name: "an order that only cites its own points amends nothing",
    n: "23",
    body:
      "1. Утвердить прилагаемые Правила участия прокурора в гражданском процессе.\n\n2. Контроль за исполнением пункта 1 настоящего приказа возложить на заместителя Генерального Прокурора.",
    edges: [],
    absent: ["AMENDS act:order_23 -> " + RULES],
  },
];

describe("relate: an order's amending points", () => {
  for (const c of cases)
    it(c.name, () => {
      const text = HEAD(c.n, c.preamble) + c.body;
      const g = actGraphOf(text, TITLE(c.n));
      const found = new Set(g.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`));
      for (const want of c.edges) expect([...found], want).toContain(want);
      for (const key of c.absent ?? []) expect([...found]).not.toContain(key);
      if (!c.edges.length) expect(g.edges.filter((e) => e.type === "AMENDS")).toEqual([]);
      // no edge has a list of repealed acts for an end: it is the order that repeals
      expect(g.edges.filter((e) => (e.type === "AMENDS" || e.type === "REPEALS") && /перечень/.test(e.source))).toEqual([]);
      for (const e of g.edges) for (const v of e.evidence) expect(text.slice(v.start, v.end)).toBe(v.quote);
      const ids = new Set(g.nodes.map((n) => n.id));
      for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    });
});

describe("relate: cross-references inside an act", () => {
  const text =
    "Уголовно-процессуальный кодекс Республики Казахстан\n\nКодекс Республики Казахстан от 4 июля 2014 года № 231-V ЗРК.\n\nСтатья 58. Полномочия прокурора\n\n" +
    "1. Прокурор осуществляет высший надзор за соблюдением законности.\n\n2. Прокурор вносит ходатайство о пересмотре судебных актов в соответствии со статьей 485 настоящего Кодекса, главой 51 настоящего Кодекса и частью первой настоящей статьи.\n\n" +
    "Статья 485. Ходатайство прокурора о пересмотре судебных актов\n\n1. Прокуроры областей вносят ходатайство в порядке, предусмотренном частью второй статьи 58 настоящего Кодекса.";
  const g = actGraphOf(text, "Уголовно-процессуальный кодекс Республики Казахстан");
  const cites = (a: string, b: string) => g.edges.find((e) => e.type === "CITES" && e.source === a && e.target === b);
  it("a unit cites the units of its own act it refers to", () => {
    expect(cites("act:упк#art_58__part_2", "act:упк#art_485")?.props).toEqual({ internal: true });
    expect(cites("act:упк#art_485__part_1", "act:упк#art_58__part_2")?.props).toEqual({ internal: true });
    expect(cites("act:упк#art_58__part_2", "act:упк#art_58__part_1")?.props).toEqual({ internal: true });
    // (a unit the excerpt does not hold, named with «настоящего Кодекса»)
    expect(cites("act:упк#art_58__part_2", "act:упк#chp_51")?.props).toEqual({ internal: true });
  });
  it("a bare unit the act does not have is no cross-reference (a damaged reference to another act)", () => {
    const order = actGraphOf(HEAD("25") + "1. Прокурорам обеспечить участие в рассмотрении дел.\n\n2. Сроки исчисляются в порядке, предусмотренном статьей 122, и пунктом 1 настоящего приказа.", TITLE("25"));
    const cited = order.edges.filter((e) => e.type === "CITES" && e.source === "act:order_25#point_2").map((e) => e.target);
    expect(cited).toContain("act:order_25#point_1");
    expect(cited).not.toContain("act:order_25#art_122");
  });
  it("no unit cites the unit it lies in, and the act cites none of its own units", () => {
    expect(g.edges.filter((e) => e.type === "CITES" && (e.source === "act:упк" || e.target === "act:упк#art_58"))).toEqual([]);
  });
});

describe("relate: a law amending a code article by article", () => {
  const text =
    "О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан по вопросам прокуратуры\n\nЗакон Республики Казахстан от 5 ноября 2022 года № 157-VII ЗРК.\n\n" +
    "Статья 1. Внести изменения и дополнения в следующие законодательные акты Республики Казахстан:\n\n1. В Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года:\n\n" +
    "1) в статье 58:\n\nчасть вторую изложить в следующей редакции:\n\n«2. Прокурор вправе внести в суд ходатайство о пересмотре судебного акта.»;\n\n" +
    "дополнить частью 2-1 следующего содержания:\n\n«2-1. Суд направляет прокурору копию приговора.»;\n\n2) статью 60 исключить.\n\n" +
    "Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.";
  const g = actGraphOf(text, "Закон Республики Казахстан от 5 ноября 2022 года № 157-VII ЗРК");
  const law = g.nodes.find((n) => n.type === "Act" && n.props.number === "157-VII")!.id;
  const has = (type: string, a: string, b: string) => g.edges.find((e) => e.type === type && e.source === a && e.target === b);
  it("amends the code and the units its items name, «часть вторую» inside «в статье 58:»", () => {
    expect(has("AMENDS", law, "act:упк")).toBeDefined();
    for (const u of ["act:упк#art_58__part_2", "act:упк#art_58__part_2_1", "act:упк#art_60"]) expect(has("AMENDS", `${law}#art_1`, u), u).toBeDefined();
    expect(g.edges.some((e) => e.target === "act:упк#part_2" || e.target === `${law}#art_58`)).toBe(false);
  });
  it("reads «статью 58 дополнить частью 4 следующего содержания: «…»» as the article's new part, with its wording; a petition «об изменении» amends nothing", () => {
    const t =
      "О внесении дополнений в некоторые законодательные акты\n\nЗакон Республики Казахстан от 5 ноября 2022 года № 158-VII ЗРК.\n\n" +
      "Статья 1. Внести в Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года следующие дополнения:\n\n1) статью 58 дополнить частью 4 следующего содержания:\n\n«4. Прокурор вправе истребовать из суда материалы дела.».\n\n" +
      "Статья 2. Прокурор вправе внести в суд ходатайство об изменении меры пресечения в соответствии с Законом Республики Казахстан «О прокуратуре».";
    const h = actGraphOf(t, "Закон Республики Казахстан от 5 ноября 2022 года № 158-VII ЗРК");
    const l = h.nodes.find((n) => n.type === "Act" && n.props.number === "158-VII")!.id;
    expect(h.edges.some((e) => e.type === "AMENDS" && e.source === `${l}#art_1` && e.target === "act:упк#art_58__part_4")).toBe(true);
    expect(h.edges.find((e) => e.type === "INTERACTS_WITH" && e.props.form === "истребование материалов")?.props.basis).toEqual(["act:упк#art_58__part_4"]);
    expect(h.edges.some((e) => e.type === "AMENDS" && e.target === "act:law_о_прокуратуре")).toBe(false);
  });
  it("grounds what the new wording says in the code's unit", () => {
    const e = g.edges.find((x) => x.type === "INTERACTS_WITH" && x.source === "body:суд" && x.target === "body:прокурор");
    expect(e?.props.basis).toEqual(["act:упк#art_58__part_2_1"]);
  });
});
