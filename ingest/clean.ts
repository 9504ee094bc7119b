// Stage 2: DecodedDocument → CleanText. Undoes the damage of PDF extraction (displaced link text,
// hyphenated and wrapped lines), normalises characters and marks language segments; keeps a map
// from every cleaned character back to the original text. Pure and linear.
import { normalizeChars } from "./text/chars.js";
import { languagesOf, paragraphStats, segmentsOf } from "./text/lang.js";
import { assembleParagraphs } from "./text/paragraphs.js";
import type { CleanText, DecodedDocument, Diagnostic } from "./types.js";

export function cleanDocument(doc: DecodedDocument): { clean: CleanText; diagnostics: Diagnostic[] } {
  const assembled = assembleParagraphs(doc.text);
  const { text, offsets } = normalizeChars(assembled, paragraphStats(assembled.text));
  const segments = segmentsOf(text, paragraphStats(text));
  const languages = languagesOf(segments);
  const meta = doc.meta.source === "file" ? { ...doc.meta, languages } : doc.meta;
  const diagnostics: Diagnostic[] = [];
  if (text.trim() && !languages.includes("ru"))
    diagnostics.push({
      doc: doc.id,
      file: doc.path,
      ruleId: "clean/no-russian",
      severity: "warning",
      reason: `no Russian text found (languages: ${languages.join(", ") || "none"}); nothing will be mined from this document`,
    });
  return { clean: { id: doc.id, path: doc.path, meta, original: doc.text, text, offsets, segments }, diagnostics };
}

/** The original index of a cleaned-text index (for diagnostics and readers). */
export function originalIndex(clean: CleanText, index: number): number {
  return clean.offsets[Math.max(0, Math.min(index, clean.text.length))];
}

/** Place in the original file (1-based line and column, original offset) of cleaned-text indices. */
export function locator(clean: CleanText): (index: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let i = clean.original.indexOf("\n"); i !== -1; i = clean.original.indexOf("\n", i + 1)) starts.push(i + 1);
  return (index) => {
    const offset = originalIndex(clean, index);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}
