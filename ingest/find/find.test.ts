// Fixture-driven tests of the finders: input text → expected mentions.
import { describe, expect, it } from "vitest";
import { actIdOf, actLabel, parseActHeading } from "./act-ref.js";
import { findActMentions } from "./acts.js";
import { findUnitCitations } from "./citations.js";
import { findConcepts } from "./concepts.js";

const concepts: [string, string[]][] = [
  ["взаимодействие суда и прокуратуры", ["Суд", "Прокуратура"]],
  ["между Верховным Судом и Генеральной прокуратурой", ["Верховный Суд Республики Казахстан", "Генеральная прокуратура Республики Казахстан"]],
  ["подчинением нижестоящих прокуроров вышестоящим и Генеральному Прокурору Республики Казахстан", ["Нижестоящий прокурор", "Вышестоящий прокурор", "Генеральный Прокурор Республики Казахстан"]],
  ["назначается Президентом Республики Казахстан с согласия Сената Парламента", ["Президент Республики Казахстан", "Сенат Парламента Республики Казахстан"]],
  ["прокуратуры областей и приравненные к ним, главная военная и транспортная прокуратуры", ["Прокуратура области", "Транспортная прокуратура"]],
  ["Главную военную прокуратуру возглавляет Главный военный прокурор", ["Главная военная прокуратура", "Главный военный прокурор"]],
  ["осуществляет высший надзор, опротестовывает законы, представляет интересы государства в суде", ["Высший надзор", "Опротестование актов", "Представительство интересов государства в суде", "Суд"]],
  ["в соответствии с принципом ее разделения на законодательную, исполнительную и судебную ветви", ["Разделение властей"]],
  ["государственная власть в Республике едина", ["Единство государственной власти"]],
  ["принесения кассационного протеста", ["Принесение кассационного протеста"]],
  ["взaимодействие", []],
];

describe("findConcepts", () => {
  for (const [text, labels] of concepts)
    it(text, () => {
      const found = findConcepts(text);
      expect(found.map((m) => m.label)).toEqual(labels);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
});

const acts: [string, { id: string; label?: RegExp; number?: string; date?: string; defines?: string }][] = [
  ["Законом Республики Казахстан от 21 декабря 1995 года №2709 «О Прокуратуре»", { id: "act:law_о_прокуратуре", number: "2709", date: "1995-12-21", label: /^Закон Республики Казахстан .*«О Прокуратуре»$/ }],
  ["Закон о прокуратуре", { id: "act:law_о_прокуратуре" }],
  ["Гражданским процессуальным кодексом Республики Казахстан (далее – ГПК)", { id: "act:гпк", defines: "ГПК" }],
  ["по статье 72 ГПК", { id: "act:гпк" }],
  ["распоряжения №213 и №67р/10 «Об утверждении Правил информационного взаимодействия между Верховным Судом и Генеральной прокуратурой»", { id: "act:directive_213", number: "213", label: /информационного взаимодействия между Верховным Судом/ }],
  ["Постановление Конституционного Совета от 26 декабря 2000г. № 23/2 «Об официальном толковании»", { id: "act:resolution_23_2", number: "23/2", date: "2000-12-26" }],
  ["Минская Конвенция «О правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам» от 22 января 1993 г., а в последующем", { id: "act:treaty_о_правовой_помощи_и_правовых_отношениях", date: "1993-01-22" }],
  ["имеют Стратегический план Верховного Суда Республики Казахстан на 2014–2018 гг. и", { id: "act:plan_верховного_суда_на_2014_2018_гг", label: /^Стратегический план Верховного Суда/ }],
  ["приказом Генерального Прокурора Республики Казахстан от 17 января 2023 года № 32.", { id: "act:order_32", number: "32", date: "2023-01-17" }],
  ["пункт 15 Регламента Сената Парламента Республики Казахстан от 8 февраля 1996 года", { id: "act:regulation_сената_парламента", date: "1996-02-08", label: /^Регламент Сената/ }],
];

describe("findActMentions", () => {
  for (const [text, want] of acts)
    it(text, () => {
      const found = findActMentions(text);
      expect(found.length).toBeGreaterThan(0);
      const m = found.find((x) => actIdOf(x.ref) === want.id);
      expect(m, `ids: ${found.map((x) => actIdOf(x.ref)).join(", ")}`).toBeDefined();
      if (want.number) expect(m!.ref.number).toBe(want.number);
      if (want.date) expect(m!.ref.date).toBe(want.date);
      if (want.label) expect(actLabel(m!.ref)).toMatch(want.label);
      if (want.defines) expect(m!.defines).toBe(want.defines);
    });

  it("keeps back-references as data", () => {
    const [m] = findActMentions("предусмотренных пунктами 8 и 9 настоящей Инструкции");
    expect(m.ref).toMatchObject({ actKind: "instruction", backRef: "self" });
  });
});

const citations: [string, string[]][] = [
  ["норма пункта 4 статьи 3 Конституции", ["article 3 / point 4"]],
  ["статьями 161, 168, 169 АППК", ["article 161", "article 168", "article 169"]],
  ["в подпунктах 6-9 пункта 44 настоящей Инструкции", ["point 44 / subpoint 6", "point 44 / subpoint 7", "point 44 / subpoint 8", "point 44 / subpoint 9"]],
  ["пп.8 п.5 статьи 12 Закона", ["article 12 / point 5 / subpoint 8"]],
  ["подпункт 5 ст. 44 и подпункт 2 ст.55 Конституции", ["article 44 / subpoint 5", "article 55 / subpoint 2"]],
  ["частью 2 статьи 168 АППК", ["article 168 / part 2"]],
  ["подпунктом 4-1) статьи 11 Закона", ["article 11 / subpoint 4-1"]],
  ["статьями 12-1 и 13 Закона", ["article 12-1", "article 13"]],
];

describe("findUnitCitations", () => {
  for (const [text, want] of citations)
    it(text, () => {
      const paths = findUnitCitations(text).flatMap((c) => c.paths.map((p) => p.map((s) => `${s.unitKind} ${s.number}`).join(" / ")));
      expect(paths).toEqual(want);
    });
});

describe("parseActHeading", () => {
  it("reads the heading of an order", () => {
    const r = parseActHeading("Приказ Генерального Прокурора Республики Казахстан от 12 июля 2021 года № 102");
    expect(r).toMatchObject({ actKind: "order", number: "102", date: "2021-07-12" });
    expect(actIdOf(r)).toBe("act:order_102");
  });
  it("reads an appendix title without quotes", () => {
    const r = parseActHeading("Инструкция по организации надзора за законностью деятельности государственных органов");
    expect(r.actKind).toBe("instruction");
    expect(actLabel(r)).toMatch(/^Инструкция по организации надзора/);
  });
});
