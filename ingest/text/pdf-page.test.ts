// A code printed from the official database's PDF (paragraphs.ts, structure.ts): the page furniture between the
// lines, an article's heading wrapped over two lines, a translation appended — input → the paragraphs assembled,
// and the units of the act.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../clean.js";
import { structureDocument } from "../structure.js";
import type { DecodedDocument, Unit } from "../types.js";
import { assembleParagraphs } from "./paragraphs.js";

const cases: { name: string; text: string; paragraphs: string[] }[] = [
  {
    name: "the page furniture of adilet's PDF is no text: the part after it keeps its number, a sentence broken by it runs on",
    text:
      "Статья 193. Полномочия прокурора\n\n2. Прокурор при осуществлении надзора вправе истребовать\n\nИнформационно-правовая система нормативных правовых актов Республики Казахстан\n© 2024. РГП на ПХВ «Институт законодательства и правовой информации Республики Казахстан» Министерства юстиции Республики Казахстан\nСтраница 2 из 12\n\nот органов уголовного преследования уголовные дела.\n\nИнформационно-правовая система нормативных правовых актов Республики Казахстан\nСтраница 3 из 12\n\n3. Решения суда обязательны.",
    paragraphs: [
      "Статья 193. Полномочия прокурора",
      "2. Прокурор при осуществлении надзора вправе истребовать от органов уголовного преследования уголовные дела.",
      "3. Решения суда обязательны.",
    ],
  },
  {
    name: "an article's heading wrapped over two lines ends before its first numbered part",
    text: "Статья 485. Поводы к пересмотру судебных актов в кассационном\nпорядке\n\n1. Поводами к пересмотру являются ходатайство и протест прокурора.\n\n2. Протест вправе приносить Генеральный Прокурор.",
    paragraphs: [
      "Статья 485. Поводы к пересмотру судебных актов в кассационном порядке",
      "1. Поводами к пересмотру являются ходатайство и протест прокурора.",
      "2. Протест вправе приносить Генеральный Прокурор.",
    ],
  },
  {
    name: "a line that only mentions the database is text",
    text: "Текст приказа размещен в Информационно-правовой системе нормативных правовых актов Республики Казахстан.",
    paragraphs: ["Текст приказа размещен в Информационно-правовой системе нормативных правовых актов Республики Казахстан."],
  },
];

describe("text: a code printed from the official PDF", () => {
  for (const c of cases) it(c.name, () => expect(assembleParagraphs(c.text).text.split("\n\n")).toEqual(c.paragraphs));

  it("a translation appended after the act gives it no units", () => {
    const text =
      "Уголовно-процессуальный кодекс Республики Казахстан\n\nСтатья 488. Приостановление исполнения приговора\n\n1. Генеральный Прокурор, принесший протест, вправе приостановить исполнение приговора.\n\nCriminal Procedure Code of the Republic of Kazakhstan\n\nArticle 58. Prosecutor\n\n2. The prosecutor shall bring a protest against unlawful court acts to the court of appeal.\n\n3. The prosecutor shall take part in the trial of criminal cases in courts of first instance.\n";
    const decoded: DecodedDocument = { id: "upk", path: "upk.txt", encoding: "utf-8", text, meta: { title: "Уголовно-процессуальный кодекс Республики Казахстан", kind: "act", languages: ["ru", "en"], source: "manifest" } };
    const { clean } = cleanDocument(decoded);
    const { doc } = structureDocument(clean);
    const ids: string[] = [];
    const visit = (us: Unit[]) => us.forEach((u) => (ids.push(u.id), visit(u.children)));
    for (const a of doc.acts) visit(a.units);
    expect(ids).toEqual(["act:упк#art_488", "act:упк#art_488__part_1"]);
  });
});
