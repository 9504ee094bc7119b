// A displaced link whose hole is a space before a full stop: the paragraph stage looks at such lines too
// («…, что вытекает из статьи 77 .Конституции» → «… из статьи 77 Конституции.»).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../clean.js";

const clean = (text: string) => cleanDocument({ id: "t", path: "t.txt", meta: { title: "t", kind: "article", languages: ["ru"] }, encoding: "utf-8", text }).clean.text;

const CASES: [string, string][] = [
  ["Прокурор не вправе вмешиваться в деятельность суда, что вытекает из статьи 77 .Конституции\n", "Прокурор не вправе вмешиваться в деятельность суда, что вытекает из статьи 77 Конституции."],
  // left alone: a space before a full stop with no link text after it
  ["Прокурор участвует в деле .\n", "Прокурор участвует в деле ."],
];

describe("displaced links at a space before punctuation", () => {
  it.each(CASES)("%s", (text, expected) => expect(clean(text).trim()).toBe(expected));
});
