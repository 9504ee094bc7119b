// Character-level normalisation of assembled paragraphs, aware of each paragraph's script:
// Latin look-alike letters inside Cyrillic words, quotes to « », dashes, "N"/"No" before a number → "№".
// Quotes, look-alikes and "N" are left alone in Latin-script (English) paragraphs.
import { rewrite, type MappedText } from "./offsets.js";
import type { ParagraphStats } from "./lang.js";

const LOOK_ALIKE: Record<string, string> = {
  a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х",
};
const KAZAKH_I: Record<string, string> = { i: "і", I: "І" };
const CYRILLIC = /\p{Script=Cyrillic}/u;
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const QUOTE_OR_DASH = /[“”„"—―‒‐‑]| - /g;
const NUMERO = /N(?:o\.?)?(?=\s?\d)/g;
const KAZAKH_LETTER = /[әғқңөұүһі]/iu;

/** Calls back with "is this offset in a Cyrillic paragraph"; offsets must come in increasing order. */
function cyrillicAt(stats: ParagraphStats[]): (offset: number) => boolean {
  let k = 0;
  return (offset) => {
    while (k < stats.length - 1 && stats[k].end < offset) k++;
    const p = stats[k];
    return p.cyrillic >= p.latin;
  };
}

function repairWord(word: string): string {
  const kazakh = KAZAKH_LETTER.test(word);
  let out = "";
  for (const ch of word) {
    if (/[A-Za-z]/.test(ch)) {
      const rep = LOOK_ALIKE[ch] ?? (kazakh ? KAZAKH_I[ch] : undefined);
      if (!rep) return word; // a real Latin letter: not a look-alike word
      out += rep;
    } else out += ch;
  }
  return out;
}

function quoteOrDash(m: string, at: number, text: string): string {
  switch (m) {
    case "„":
      return "«";
    // “ opens in English typography and closes in Russian („…“): the position decides, as for "
    case "“":
    case "”":
    case '"':
      return at === 0 || /[\s([{«„/–-]/.test(text[at - 1]) ? "«" : "»";
    case "‐":
    case "‑":
      return "-";
    case " - ":
      return " – ";
    default:
      return "–";
  }
}

/** Normalises characters; the offset map is kept (only "No" → "№" changes the length). */
/** Repairs look-alike letters in the words of Cyrillic paragraphs that mix both scripts (1:1 replacements). */
function repairLookAlikes(text: string, stats: ParagraphStats[]): string {
  const parts: string[] = [];
  let cursor = 0;
  const latin = /[A-Za-z]+/g;
  for (const p of stats) {
    if (p.latin === 0 || p.latin > p.cyrillic) continue;
    latin.lastIndex = p.start;
    for (let m = latin.exec(text); m && m.index < p.end; m = latin.exec(text)) {
      let ws = m.index;
      while (ws > p.start && isLetter(text[ws - 1])) ws--;
      let we = m.index + m[0].length;
      while (we < p.end && isLetter(text[we])) we++;
      latin.lastIndex = we;
      const word = text.slice(ws, we);
      if (!CYRILLIC.test(word)) continue;
      const fixed = repairWord(word);
      if (fixed === word) continue;
      parts.push(text.slice(cursor, ws), fixed);
      cursor = we;
    }
  }
  if (!parts.length) return text;
  parts.push(text.slice(cursor));
  return parts.join("");
}

export function normalizeChars(input: MappedText, stats: ParagraphStats[]): MappedText {
  let text = repairLookAlikes(input.text, stats);
  let cyr = cyrillicAt(stats);
  text = text.replace(QUOTE_OR_DASH, (m: string, at: number, whole: string) => {
    const isQuote = /[“”„"]/.test(m);
    return isQuote && !cyr(at) ? m : quoteOrDash(m, at, whole);
  });
  cyr = cyrillicAt(stats);
  const standalone = (i: number) => !/[\p{L}\d]/u.test(text[i - 1] ?? "");
  return rewrite({ text, offsets: input.offsets }, NUMERO, (m) => (standalone(m.index) && cyr(m.index) ? "№" : m[0]));
}
