// Paragraphs of an appendix title before its first item (paragraphs.ts): input lines → the paragraphs assembled.
import { describe, expect, it } from "vitest";
import { assembleParagraphs } from "./paragraphs.js";

const cases: { name: string; text: string; paragraphs: string[] }[] = [
  {
    name: "the title of a list of repealed orders ends before its first item",
    text: "Приложение 2 к приказу от 15 марта 2024 года № 48\n\nПеречень утративших силу некоторых приказов Генерального Прокурора Республики Казахстан\n\n1. Приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60.\n\n2. Приказ Генерального Прокурора Республики Казахстан от 12 июля 2021 года № 102.",
    paragraphs: [
      "Приложение 2 к приказу от 15 марта 2024 года № 48",
      "Перечень утративших силу некоторых приказов Генерального Прокурора Республики Казахстан",
      "1. Приказ Генерального Прокурора Республики Казахстан от 2 мая 2018 года № 60.",
      "2. Приказ Генерального Прокурора Республики Казахстан от 12 июля 2021 года № 102.",
    ],
  },
  {
    name: "a wrapped title too",
    text: "Правила участия прокурора в гражданском\nпроцессе\n\n1. Настоящие Правила определяют порядок участия прокурора в гражданском процессе.",
    paragraphs: ["Правила участия прокурора в гражданском процессе", "1. Настоящие Правила определяют порядок участия прокурора в гражданском процессе."],
  },
];

describe("text: an appendix title and its first item", () => {
  for (const c of cases) it(c.name, () => expect(assembleParagraphs(c.text).text.split("\n\n")).toEqual(c.paragraphs));
});
