import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanDocument, locator } from "./clean.js";
import type { CleanText, DecodedDocument } from "./types.js";

const doc = (text: string, id = "t"): DecodedDocument => ({
  id,
  path: `corpus/${id}.txt`,
  meta: { title: "t", kind: "article", languages: ["ru"], source: "manifest" },
  encoding: "utf-8",
  text,
});
const clean = (text: string) => cleanDocument(doc(text)).clean;

/** Latin look-alikes the cleaner repairs: the original letter may differ from the cleaned one only so. */
const LOOK = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" } as Record<string, string>;

/** The offset map points every letter and digit back to the same (or its look-alike) character. */
function expectOffsetsHold(c: CleanText): void {
  expect(c.offsets.length).toBe(c.text.length + 1);
  expect(c.offsets[c.text.length]).toBe(c.original.length);
  for (let i = 0; i < c.text.length; i++) {
    const ch = c.text[i];
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    const orig = c.original[c.offsets[i]];
    if (orig !== ch && LOOK[orig] !== ch && !(ch === "№" && orig === "N")) throw new Error(`offset of «${ch}» at ${i} points to «${orig}»`);
  }
}

// input → expected cleaned text
const CASES: [string, string, string][] = [
  ["hyphen across a blank line and trailing spaces", "совокупность обще- \n\nственных отношений органов судеб-\n\nной власти.", "совокупность общественных отношений органов судебной власти."],
  ["real hyphens inside a line are kept", "оперативно-розыскной деятельности, семинаров-совещаний; өзара іс-қимыл", "оперативно-розыскной деятельности, семинаров-совещаний; өзара іс-қимыл"],
  ["a real hyphen at a line end, known from the text", "деятельность оперативно-\nрозыскной службы и оперативно-розыскной работы", "деятельность оперативно-розыскной службы и оперативно-розыскной работы"],
  ["a compound first part keeps its hyphen", "нормы уголовно-\nпроцессуального права", "нормы уголовно-процессуального права"],
  ["capital after a hyphen", "Западно-\nКазахстанская прокуратура", "Западно-Казахстанская прокуратура"],
  ["Latin look-alikes inside Cyrillic words", "Понятие «взaимодействие», являясь кaтегорией, в сoциологической литeратурe", "Понятие «взаимодействие», являясь категорией, в социологической литературе"],
  ["quotes", 'Закон "О прокуратуре", “О судах” и „О статусе“', "Закон «О прокуратуре», «О судах» и «О статусе»"],
  ["dashes", "суд — прокуратура ― орган, оперативно‐розыскной и оперативно‑розыскной - слово", "суд – прокуратура – орган, оперативно-розыскной и оперативно-розыскной – слово"],
  ["N and No before a number", "приказ N 60, приказ No 5, приказ No. 7 и №12, но не BN 5", "приказ № 60, приказ № 5, приказ № 7 и №12, но не BN 5"],
  ["runs of spaces, tabs and no-break spaces", "много   пробелов\tи\u00A0неразрывных\u202Fпробелов", "много пробелов и неразрывных пробелов"],
  ["soft hyphens from the PDF", "following naprav¬leniyam and dvustoron\u00ADnih treaties", "following napravleniyam and dvustoronnih treaties"],
  ["a line that starts with a comma", "обмена информациями, выполнения отдельных поручений\n, выделения сотрудников.", "обмена информациями, выполнения отдельных поручений, выделения сотрудников."],
  [
    "structural lines start paragraphs",
    "Текст до заголовка.\nСтатья 12. Название статьи\n1. Первый пункт;\n1) подпункт;\nГлава 2. Глава\nПриложение 1 к приказу",
    "Текст до заголовка.\n\nСтатья 12. Название статьи\n\n1. Первый пункт;\n\n1) подпункт;\n\nГлава 2. Глава\n\nПриложение 1 к приказу",
  ],
  [
    "indented paragraphs across a page break",
    "      1. Пункт начинается \n\n\n\nи продолжается после разрыва страницы.\n      2. Следующий пункт\nпродолжается.\n      3. Третий.",
    "1. Пункт начинается и продолжается после разрыва страницы.\n\n2. Следующий пункт продолжается.\n\n3. Третий.",
  ],
  [
    "displaced hyperlink text of the official PDF",
    "      1. Внести в  Генерального Прокурора Республики Казахстан от 2 мая приказ\n2018 года № 60 изменения:\n      1) Инструкцию изложить в \nредакции согласно  к настоящему приказу;приложению 1\n      2) порядок регламентирован , ,  АППК.статьями 161 168 169\n      3) прочее.",
    "1. Внести в приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60 изменения:\n\n1) Инструкцию изложить в редакции согласно приложению 1 к настоящему приказу;\n\n2) порядок регламентирован статьями 161, 168, 169 АППК.\n\n3) прочее.",
  ],
  [
    "a right-aligned appendix heading over several lines, and the title under it",
    "      1. Утвердить прилагаемую Инструкцию.\n      2. Ввести в действие.\n\n                              Приложение\n                              к приказу Генерального Прокурора\n                              от 20 марта 2019 года № 25\n\nИнструкция о порядке участия прокуроров\n\nГлава 1. Общие положения",
    "1. Утвердить прилагаемую Инструкцию.\n\n2. Ввести в действие.\n\nПриложение к приказу Генерального Прокурора от 20 марта 2019 года № 25\n\nИнструкция о порядке участия прокуроров\n\nГлава 1. Общие положения",
  ],
  [
    "joint orders and normative resolutions head their own paragraph",
    "Об утверждении Правил взаимодействия\n\nСовместный приказ Генерального Прокурора от 18 декабря 2019 года № 150.\n\n      1. Утвердить Правила.\n      2. Ввести в действие.\n      3. Опубликовать.",
    "Об утверждении Правил взаимодействия\n\nСовместный приказ Генерального Прокурора от 18 декабря 2019 года № 150.\n\n1. Утвердить Правила.\n\n2. Ввести в действие.\n\n3. Опубликовать.",
  ],
  ["a title line in capitals", "КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\n\nКонституция принята на референдуме.", "КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\n\nКонституция принята на референдуме."],
];

describe("cleanDocument", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    const c = clean(input);
    expect(c.text).toBe(expected);
    expectOffsetsHold(c);
  });

  it("marks Kazakh and English summaries as their own segments", () => {
    const c = clean(
      " Түйін\n\nМақалада «өзара іс-қимыл» ұғымының түсінігі мәселелері қарастырылады.\n\nРезюме\n\nВ статье рассматриваются вопросы взаимодействия.\n\n Summary\n\nThe article deals with the definition of “interaction”.\n\n Понятие «взaимодействие» используется различными науками.",
    );
    expect(c.segments.map((s) => s.lang)).toEqual(["kk", "ru", "en", "ru"]);
    expect(c.text.slice(c.segments[2].start, c.segments[2].end)).toContain("The article deals");
    // English keeps its quotes; the segments cover the text without gaps
    expect(c.text).toContain("“interaction”");
    c.segments.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : c.segments[i - 1].end));
    expect(c.segments[c.segments.length - 1].end).toBe(c.text.length);
  });

  it("reports a text without Russian", () => {
    const r = cleanDocument(doc("Only English text here, nothing else at all."));
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["clean/no-russian"]);
  });

  it("languages of a document the manifest does not name come from its segments", () => {
    const d = doc("Русский текст, длинный абзац основного языка документа.\n\nThe English translation follows.");
    d.meta = { ...d.meta, source: "file", languages: ["ru"] };
    expect(cleanDocument(d).clean.meta.languages).toEqual(["ru", "en"]);
  });

  it("locates cleaned offsets in the original file", () => {
    const c = clean("первая строка\n\n   вторая  строка\nредакции согласно  к настоящему приказу;приложению 1");
    const locate = locator(c);
    expect(locate(c.text.indexOf("строка", 10))).toEqual({ line: 3, column: 12, offset: c.original.lastIndexOf("строка") });
    // a word moved back by the link repair is found where the file has it
    expect(locate(c.text.indexOf("приложению"))).toEqual({ line: 4, column: 41, offset: c.original.indexOf("приложению") });
    for (let i = 0; i < c.text.length; i += 7) expect(locate(i).offset).toBe(c.offsets[i]);
  });

  it("cleans the real corpus with a sound offset map", () => {
    for (const f of ["000_5dca8734736fbe7c", "001_37c7c6e2e6ade183", "004_3b6c793c5468ebf9"]) {
      const c = clean(readFileSync(new URL(`../corpus/${f}.txt`, import.meta.url), "utf8"));
      expectOffsetsHold(c);
      expect(c.text).not.toMatch(/ {2}|\p{Script=Cyrillic}[aeopcxy]\p{Script=Cyrillic}/u);
    }
  });
});
