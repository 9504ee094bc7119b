// Defaults for a document the corpus manifest does not name, taken from the start of its text: its title
// (the first line) and its kind. An act shows itself by its heading — a title line and the act's kind
// (Приказ, Конституционный закон, Кодекс …) within the first lines — or by its enacting words and its
// first article or chapter. A scholarly text shows itself by its apparatus (УДК, аннотация, ключевые слова,
// Түйін, Abstract); in a PDF-extracted article a wrapped line may start with «Закон …» or «Кодекс …»
// anywhere, so only the heading lines count for the kind word.
import type { DocumentMeta } from "../types.js";

/** The line under an act's title that names its kind, issuer and date: «Приказ Генерального Прокурора … от …». */
const ACT_KIND_LINE =
  /^(?:Совместный приказ|Приказ|Конституционный закон|Закон|Кодекс|Постановление|Нормативное постановление|Указ|Распоряжение|Решение)\s+(?:\S+\s+){0,5}?(?:Республики\s+Казахстан|РК|от\s+\d)/iu;
/** A title that is itself the act's name: «КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН», «Инструкция по …». */
const ACT_TITLE = /^(?:Конституция|Инструкция|Правила|Положение|Регламент|Кодекс)(?!\p{L})/iu;
/** Lines that only an act has: enacting words, its first article, a chapter or section heading. */
const ACT_BODY =
  /^(?:ПРИКАЗЫВАЮ|ПРИКАЗЫВАЕМ|ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮ|Статья\s+1\.?(?:\s|$)|(?:Глава|ГЛАВА|Раздел|РАЗДЕЛ)\s+(?:1|I)\.?(?:\s|$))/u;
const SCHOLARLY = /^(?:УДК|МРНТИ|Аннотация|Ключевые слова|Түйін|Түйінді сөздер|Кілт сөздер|Abstract|Keywords|Резюме)(?!\p{L})/iu;
/** How many of the first lines may hold the act's heading (title, kind and date, registration note). */
const HEADING_LINES = 4;

/** Defaults for a document the manifest does not name, from the start of its text. */
export function defaultMeta(sample: string): DocumentMeta {
  const lines = sample.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const title = (lines[0] ?? "").replace(/<[^>]*>/g, "").slice(0, 200) || "(untitled)";
  const head = lines.slice(0, 40);
  const enacted = head.some((l) => ACT_BODY.test(l));
  const scholarly = head.some((l) => SCHOLARLY.test(l));
  const heading = head.slice(0, HEADING_LINES).some((l) => ACT_KIND_LINE.test(l)) || ACT_TITLE.test(head[0] ?? "");
  const act = enacted || (heading && !scholarly);
  return { title, kind: act ? "act" : "article", languages: ["ru"], source: "file" };
}
