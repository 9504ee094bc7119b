// Language of paragraphs by their letters: Kazakh-specific Cyrillic letters (әғқңөұүһі) → "kk",
// Latin-dominant → "en", other Cyrillic → "ru". Adjacent paragraphs of one language form a segment.
import type { LangSegment } from "../types.js";

export interface ParagraphStats {
  start: number;
  end: number;
  cyrillic: number;
  latin: number;
  kazakh: number;
}

const KAZAKH = new Uint8Array(0x500);
for (const c of "әӘғҒқҚңҢөӨұҰүҮһҺіІ") KAZAKH[c.charCodeAt(0)] = 1;

/** Letter counts of every paragraph (paragraphs are separated by "\n\n"). */
export function paragraphStats(text: string): ParagraphStats[] {
  const out: ParagraphStats[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n\n", start);
    if (end === -1) end = text.length;
    let cyrillic = 0;
    let latin = 0;
    let kazakh = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x0400 && c <= 0x04ff) {
        cyrillic++;
        kazakh += KAZAKH[c];
      } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    }
    out.push({ start, end, cyrillic, latin, kazakh });
    start = end + 2;
  }
  return out;
}

/** The language of one paragraph, or null when it has too few letters to tell. */
export function langOf(p: ParagraphStats): string | null {
  const letters = p.cyrillic + p.latin;
  if (letters < 3) return null;
  if (p.latin > p.cyrillic) return "en";
  if (p.kazakh >= 2 && p.kazakh >= p.cyrillic * 0.03) return "kk";
  if (p.kazakh >= 1 && p.cyrillic < 20 && p.kazakh >= p.cyrillic * 0.1) return "kk";
  return "ru";
}

/** Contiguous language segments covering the whole text. */
export function segmentsOf(text: string, stats: ParagraphStats[], fallback = "ru"): LangSegment[] {
  const langs = stats.map(langOf);
  // a paragraph that cannot tell takes the language of the one before it (or after it, at the start)
  let known = langs.find((l) => l !== null) ?? fallback;
  for (let i = 0; i < langs.length; i++) {
    if (langs[i] === null) langs[i] = known;
    else known = langs[i] as string;
  }
  const segments: LangSegment[] = [];
  for (let i = 0; i < stats.length; i++) {
    const lang = langs[i] as string;
    const last = segments[segments.length - 1];
    if (last && last.lang === lang) last.end = i + 1 < stats.length ? stats[i + 1].start : text.length;
    else {
      if (last) last.end = stats[i].start;
      segments.push({ lang, start: last ? stats[i].start : 0, end: i + 1 < stats.length ? stats[i + 1].start : text.length });
    }
  }
  return segments;
}

/** The languages of a text, the one covering most characters first. */
export function languagesOf(segments: LangSegment[]): string[] {
  const size = new Map<string, number>();
  for (const s of segments) size.set(s.lang, (size.get(s.lang) ?? 0) + s.end - s.start);
  return [...size.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
}
