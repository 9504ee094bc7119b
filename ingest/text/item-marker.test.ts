// A list marker alone on its line, the item's text wrapped to the next (a PDF's line break): the item still opens
// its own paragraph. Input text → the paragraphs of the cleaned text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../clean.js";

const paragraphs = (text: string) => cleanDocument({ id: "t", path: "t.txt", meta: { title: "t", kind: "article", languages: ["ru"] }, encoding: "utf-8", text }).clean.text.split("\n\n").map((p) => p.trim()).filter(Boolean);

const CASES: [string, string, string[]][] = [
  [
    "markers «1)» and «3)» alone on their lines",
    "Прокурор, участвующий в рассмотрении дела, вправе:\n1)\nзнакомиться с материалами дела;\n2) заявлять отводы и ходатайства;\n3)\nдавать заключение по существу дела.\n",
    ["Прокурор, участвующий в рассмотрении дела, вправе:", "1) знакомиться с материалами дела;", "2) заявлять отводы и ходатайства;", "3) давать заключение по существу дела."],
  ],
  [
    "a number with a bracket inside a wrapped sentence is no item",
    "Прокурор вправе обжаловать решение в порядке части 1\n2) статьи 54 не применяется.\n",
    ["Прокурор вправе обжаловать решение в порядке части 1 2) статьи 54 не применяется."],
  ],
];

describe("list items whose marker stands alone on its line", () => {
  it.each(CASES)("%s", (_name, text, expected) => expect(paragraphs(text)).toEqual(expected));
});
