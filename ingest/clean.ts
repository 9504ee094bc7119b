// Stage 2: DecodedDocument → CleanText. Undoes the damage of PDF extraction (displaced link text,
// hyphenated and wrapped lines), normalises characters and marks language segments; keeps a map
// from every cleaned character back to the original text. Pure and linear.
import { normalizeChars } from "./text/chars.js";
import { languagesOf, paragraphStats, segmentsOf } from "./text/lang.js";
import { assembleParagraphs } from "./text/paragraphs.js";
import type { CleanText, DecodedDocument, Diagnostic } from "./types.js";

export function cleanDocument(doc: DecodedDocument): { clean: CleanText; diagnostics: Diagnostic[] } {
  const assembled = assembleParagraphs(doc.text);
  const stats = paragraphStats(assembled.text);
  const { text, offsets } = normalizeChars(assembled, stats);
  // character normalisation keeps paragraph breaks in place unless it changed the length ("No" → "№")
  const segments = segmentsOf(text, text.length === assembled.text.length ? stats : paragraphStats(text));
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

export type Locate = (index: number) => { line: number; column: number; offset: number };

/**
 * Place in the original file (1-based line and column, original offset) of cleaned-text indices.
 * Compact: keeps only the runs of the offset map and the line starts, not the texts.
 */
export function locator(clean: CleanText): Locate {
  const { offsets, original } = clean;
  const runStart: number[] = [0];
  const runOrig: number[] = [offsets[0] ?? 0];
  for (let i = 1; i < offsets.length; i++)
    if (offsets[i] !== offsets[i - 1] + 1) {
      runStart.push(i);
      runOrig.push(offsets[i]);
    }
  const lines: number[] = [0];
  for (let i = original.indexOf("\n"); i !== -1; i = original.indexOf("\n", i + 1)) lines.push(i + 1);
  const last = (xs: number[], v: number) => {
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const size = clean.text.length;
  const starts = Int32Array.from(runStart);
  const origs = Int32Array.from(runOrig);
  const lineStarts = Int32Array.from(lines);
  const find = (xs: Int32Array, v: number) => last(xs as unknown as number[], v);
  return (index) => {
    const i = Math.max(0, Math.min(index, size));
    const r = find(starts, i);
    const offset = origs[r] + (i - starts[r]);
    const line = find(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1, offset };
  };
}
