// A tiny pattern language for Russian word forms, so that the vocabulary reads like the law it describes.
//   "генеральн~ прокуратур~"  — "~" is any ending (so every grammatical case matches)
//   spaces match any run of white space; "(а|б)" and "?" are plain regular-expression syntax.
// Patterns match whole words only and ignore case.

const LETTER = "[\\p{L}\\p{M}]";
const ENDING = `${LETTER}*`;

/** Compiles one vocabulary pattern into a global, case-insensitive, Unicode regular expression source. */
export function patternSource(pattern: string): string {
  const body = pattern.replace(/~/g, ENDING).replace(/ +/g, "\\s+");
  return `(?<!${LETTER})(?:${body})(?!${LETTER})`;
}

/**
 * The pattern for a place already known to start a word, in lower case, to run on lower-cased text
 * without the case-insensitive flag (both are much faster for the many alternatives of a vocabulary).
 */
export function lowerPatternSource(pattern: string): string {
  const body = pattern.replace(/[А-ЯЁ]/g, (c) => c.toLowerCase()).replace(/~/g, ENDING).replace(/ +/g, "\\s+");
  return `(?:${body})(?!${LETTER})`;
}

/** Normalises a surface form for comparison: lower case, ё → е, single spaces, no quotes. */
export function normalizeSurface(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е").replace(/[«»"“”„]/g, "").replace(/\s+/g, " ").trim();
}
