// Physical lines → paragraphs, with the damage of PDF extraction undone on the way:
// displaced hyperlink text put back (links.ts), words hyphenated across line breaks joined,
// wrapped lines joined, runs of white space collapsed. Paragraphs are separated by "\n\n".
// One pass over the lines after a cheap statistics pass: linear in the text.
import { repairDisplacedLinks } from "./links.js";
import { APPENDIX_TITLE_ANY_CASE } from "./units.js";
import { MappedTextBuilder, type MappedText } from "./offsets.js";
import { PAGE_FURNITURE } from "./furniture.js";

/** Lines that always open a paragraph: headings of acts and of articles' summaries. */
export const HEADING =
  /^(?:(?:Статья|СТАТЬЯ)\s+\d|(?:Глава|ГЛАВА)\s+(?:\d|[IVXLC]+\b)|(?:Раздел|РАЗДЕЛ)\s+(?:\d|[IVXLC]+\b)|(?:Параграф|ПАРАГРАФ)\s+\d|Приложение(?:\s+(?:№\s*)?\d+(?:-\d+)?)?(?=\s+к\s|\s*$)|Утвержден[аоы]?\s|УТВЕРЖДЕН|ПРИКАЗЫВАЮ|ПОСТАНОВЛЯ|(?:ИНСТРУКЦИЯ|ПРАВИЛА|ПОЛОЖЕНИЕ|РЕГЛАМЕНТ|ПОРЯДОК|ПРИКАЗ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ЗАКОН|КОДЕКС|КОНСТИТУЦИЯ|УКАЗ|ПЕРЕЧЕНЬ|СОГЛАШЕНИЕ|ДОГОВОР|КОНЦЕПЦИЯ|СТРАТЕГИЯ|ПРОГРАММА|МЕТОДИКА|ТИПОВ\S*)(?:\s|$)|Түйін|Резюме|Summary\b|Abstract\b|Аннотация|Ключевые слова|Кілт сөздер|Keywords\b)/u;
/** The heading line of an act: "Приказ … от 12 июля 2021 года № 102", "Закон Республики Казахстан от …". */
const ACT_HEADING = /^(?:Совместн(?:ый|ое)\s+(?:[Пп]риказ|[Пп]остановление|[Рр]аспоряжение)|Нормативное\s+постановление|Приказ|Постановление|Указ|Закон|Кодекс|Конституционный закон|Распоряжение|Решение)\s.*(?:от\s+\d|№)/u;
/** A title line in capitals ("КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН") ends its paragraph. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;
/** Lines indented this far are right-aligned (headings of appendices and approvals on the official database). */
const RIGHT_ALIGNED = 16;
/** A line that is a status note of its own ("Утративший силу"). */
const STATUS_LINE = /^Утративш(?:ий|ая|ее|ие) силу\.?$/u;
/** Starts of list items: "1.", "1-1.", "1)", "а)", bullets. */
// (a marker alone on its line, the item's text wrapped to the next: «3)» — a PDF's line break)
const LIST_ITEM = /^(?:\d+(?:-\d+)?\.(?!\d)\s*\S|\d+(?:-\d+)?\)(?:\s|$)|\p{Ll}\)(?:\s|$)|[-–—•]\s)/u;
const TERMINAL = /[.!?…:»"\])]$/u;
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v\r]/;
const SOFT_HYPHEN = /[¬\u00AD]/;
/** What emit() must touch inside a line: white space other than one plain space, soft hyphens. */
const ANOMALY = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v\r]+| {2,}|[¬\u00AD]/g;
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

interface Held {
  /** index in the original of the held hyphen */
  index: number;
  /** a soft hyphen (¬, U+00AD) is never kept */
  soft: boolean;
  /** the letters before it */
  left: string;
}

interface Line {
  str: string;
  /** index in the original of str[i]: map[i] when present, else base + i */
  map: number[] | null;
  base: number;
  /** content range in str */
  cs: number;
  ce: number;
  indent: number;
  /** blank lines right before this one */
  blanks: number;
  /** index in the original of the line break after this line */
  eol: number;
  /** the content, and what is known of it (computed once per line) */
  text: string;
  heading: boolean;
  script: "latin" | "cyrillic" | null;
}

const at = (l: Line, i: number) => (l.map ? l.map[i] : l.base + i);

/** Lines of the text, white space trimmed, blank ones counted (a generator: nothing is kept). */
function* lines(text: string): Generator<Line> {
  let blanks = 0;
  // blank lines after page furniture do not count: the text runs on as if the page had not broken
  let saved = -1;
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf("\n", ls);
    if (le === -1) le = text.length;
    const raw = text.slice(ls, le);
    // (a hole is also a space before a full stop or a semicolon: «вытекает из статьи 77 .Конституции»)
    const fixed = raw.includes("  ") || raw.startsWith(" ") || raw.includes(" ,") || raw.includes(" .") || raw.includes(" ;") || raw.includes(" :") ? repairDisplacedLinks(raw) : null;
    const str = fixed ? fixed.text : raw;
    let cs = 0;
    let indent = 0;
    while (cs < str.length && SPACE.test(str[cs])) indent += str[cs++] === "\t" ? 4 : 1;
    let ce = str.length;
    while (ce > cs && SPACE.test(str[ce - 1])) ce--;
    if (ce === cs) blanks++;
    else if (PAGE_FURNITURE.test(str.slice(cs, ce))) {
      if (saved < 0) saved = blanks;
    } else {
      if (saved >= 0) [blanks, saved] = [saved, -1];
      const content = str.slice(cs, ce);
      const map = fixed ? fixed.map.map((i) => ls + i) : null;
      yield { str, map, base: ls, cs, ce, indent, blanks, eol: le, text: content, heading: HEADING.test(content), script: scriptOf(content) };
      blanks = 0;
    }
    ls = le + 1;
  }
}

interface Style {
  indented: boolean;
  /** median length of a content line */
  median: number;
  /** the usual number of blank lines between two lines of a paragraph */
  blanks: number;
  /** words broken by a hyphen at a line end: [left part, right part] */
  breaks: [string, string][];
}

function styleOf(text: string): Style {
  const hist = new Uint32Array(512);
  const gaps = new Uint32Array(4);
  let total = 0;
  let indented = 0;
  let blankRun = -1;
  const breaks: [string, string][] = [];
  let left: string | null = null;
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf("\n", ls);
    if (le === -1) le = text.length;
    let cs = ls;
    while (cs < le && (text.charCodeAt(cs) === 32 || text.charCodeAt(cs) === 9)) cs++;
    let ce = le;
    while (ce > cs && text.charCodeAt(ce - 1) <= 32) ce--;
    if (ce > cs) {
      total++;
      if (cs - ls >= 2) indented++;
      hist[Math.min(511, ce - cs)]++;
      if (blankRun >= 0) gaps[Math.min(3, blankRun)]++;
      blankRun = 0;
      if (left !== null) {
        const right = /^\p{L}+/u.exec(text.slice(cs, Math.min(ce, cs + 40)))?.[0];
        if (right) breaks.push([left, right]);
      }
      left = text.charCodeAt(ce - 1) === 45 ? (/\p{L}+$/u.exec(text.slice(Math.max(cs, ce - 41), ce - 1))?.[0] ?? null) : null;
    } else if (blankRun >= 0) blankRun++;
    ls = le + 1;
  }
  let seen = 0;
  let median = 0;
  for (let i = 0; i < hist.length; i++) if ((seen += hist[i]) * 2 >= total) { median = i; break; }
  const blanks = gaps.indexOf(Math.max(...gaps));
  return { indented: indented >= 3 && indented >= total * 0.15, median, blanks, breaks };
}

function startsParagraph(prev: Line, cur: Line, style: Style, first: Line): boolean {
  const p = prev.text;
  const c = cur.text;
  // the title of an approved act («Перечень утративших силу некоторых приказов …», wrapped or not) ends before its
  // first numbered item after a blank line
  if (cur.blanks > 0 && LIST_ITEM.test(c) && APPENDIX_TITLE_ANY_CASE.test(first.text)) return true;
  if (cur.heading || (p.length < 20 && STATUS_LINE.test(p))) return true;
  // an article's heading wrapped over lines («Статья 485. Поводы … в кассационном / порядке») ends before its first
  // numbered part
  if (LIST_ITEM.test(c) && /^(?:Статья|СТАТЬЯ)\s+\d/u.test(first.text) && first !== prev) return true;
  // a right-aligned block of short lines ("Приложение / к приказу … / от … № 25") is one paragraph, ended by
  // the first line that is not part of it (the title of the approved act)
  if (prev.indent >= RIGHT_ALIGNED && p.length < 70) return cur.indent < RIGHT_ALIGNED || c.length >= 70;
  const capital = /^\p{Lu}/u.test(c);
  if (capital && ACT_HEADING.test(c)) return true;
  if (/^[^\p{Ll}]{5,}$/u.test(p) && CAPITALS.test(p)) return true;
  if (/[-¬\u00AD]$/.test(p) && /^\p{L}/u.test(c)) return false;
  const upper = /^[\p{Lu}\d«"(\[–—-]/u.test(c);
  // a heading line ends before a list item or a capital; a change of script (a translation) starts a paragraph
  if (prev.heading && (upper || LIST_ITEM.test(c))) return true;
  if (prev.script && cur.script && prev.script !== cur.script) return true;
  if (style.indented) {
    if (cur.indent >= 2) return true;
    return cur.blanks > 0 && upper && TERMINAL.test(p);
  }
  const item = LIST_ITEM.test(c);
  if (item && /[.:;!?»)]$/.test(p)) return true;
  if (cur.blanks > style.blanks && (item || (upper && TERMINAL.test(p)))) return true;
  if (upper && TERMINAL.test(p) && p.length < style.median * 0.8) return true;
  return capital && !/[,;–-]$/.test(p) && p.length < style.median * 0.6;
}

/** "latin" or "cyrillic" when one script has clearly most letters of a line, else null. */
function scriptOf(line: string): "latin" | "cyrillic" | null {
  let lat = 0;
  let cyr = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) lat++;
  }
  if (lat + cyr < 4) return null;
  return lat > 3 * cyr ? "latin" : cyr > 3 * lat ? "cyrillic" : null;
}

/** Which of the words broken at line ends occur elsewhere in the text, whole or with their hyphen. */
class Vocabulary {
  private words = new Set<string>();
  private compounds = new Set<string>();
  constructor(text: string, breaks: [string, string][]) {
    const wanted = new Set<string>();
    const lengths = new Uint8Array(128);
    for (const [l, r] of breaks) {
      const a = (l + r).toLowerCase();
      const b = `${l}-${r}`.toLowerCase();
      wanted.add(a).add(b);
      if (b.length < 128) lengths[a.length] = lengths[b.length] = 1;
    }
    const lower = text.toLowerCase();
    const letter = (c: number) => (c >= 0x410 && c <= 0x4ff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x401;
    for (let i = 0; i < text.length; ) {
      if (!letter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      let hyphen = false;
      for (;;) {
        while (j < text.length && letter(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === 45 && letter(text.charCodeAt(j + 1))) {
          hyphen = true;
          j++;
        } else break;
      }
      if (j - i < 128 && lengths[j - i]) {
        const w = lower.slice(i, j);
        if (wanted.has(w)) (hyphen ? this.compounds : this.words).add(w);
      }
      i = j;
    }
  }
  /** true when "left-" + "right" is one word broken at the line end, false when the hyphen is real */
  joins(left: string, right: string): boolean {
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    if (this.words.has(l + r)) return true;
    if (this.compounds.has(`${l}-${r}`)) return false;
    return !(l.length >= 5 && r.length >= 4 && /(?:[бвгджзклмнпрстфхцчшщ]н|ск|цк|в)о$/u.test(l));
  }
}

/** Assembles the paragraphs of a decoded text. */
export function assembleParagraphs(text: string): MappedText {
  const style = styleOf(text);
  const out = new MappedTextBuilder(text.length + 16);
  let vocabulary: Vocabulary | null = null;
  let prev: Line | null = null;
  let first: Line | null = null; // the first line of the paragraph being built
  let held: Held | null = null;

  /** Copies a line's content; a hyphen at its end is held back until the next line is seen. */
  const emit = (l: Line): Held | null => {
    let end = l.ce;
    let hold: Held | null = null;
    const last = l.str[end - 1];
    if ((last === "-" || SOFT_HYPHEN.test(last)) && end - 1 > l.cs && /\p{L}/u.test(l.str[end - 2])) {
      end--;
      let ls = end;
      while (ls > l.cs && isLetter(l.str[ls - 1])) ls--;
      const left = l.str.slice(ls, end);
      hold = { index: at(l, end), soft: last !== "-", left };
    }
    let run = l.cs;
    ANOMALY.lastIndex = l.cs;
    for (let m = ANOMALY.exec(l.str); m && m.index < end; m = ANOMALY.exec(l.str)) {
      const i = m.index;
      if (SOFT_HYPHEN.test(m[0])) {
        if (!isLetter(l.str[i - 1]) || !isLetter(l.str[i + 1])) continue;
        out.copy(l.str, run, i, l.map, l.base);
        run = i + 1;
        continue;
      }
      // a run of white space (possibly mixed) collapses to one space
      let j = i + m[0].length;
      while (j < end && SPACE.test(l.str[j])) j++;
      let k = i;
      while (k > run && SPACE.test(l.str[k - 1])) k--;
      out.copy(l.str, run, k, l.map, l.base);
      out.insert(" ", at(l, k));
      run = j;
      ANOMALY.lastIndex = j;
    }
    out.copy(l.str, run, end, l.map, l.base);
    return hold;
  };

  for (const cur of lines(text)) {
    const hyphen = held;
    if (!prev) {
      held = emit(cur);
      prev = first = cur;
      continue;
    }
    const c = cur.text;
    if (startsParagraph(prev, cur, style, first ?? prev)) {
      first = cur;
      if (hyphen && !hyphen.soft) out.insert("-", hyphen.index);
      out.insert("\n\n", prev.eol);
    } else if (hyphen) {
      const right = /^\p{L}+/u.exec(c)?.[0];
      vocabulary ??= new Vocabulary(text, style.breaks);
      if (!right || (!hyphen.soft && (/^\p{Lu}/u.test(right) || !vocabulary.joins(hyphen.left, right))))
        out.insert("-", hyphen.index);
    } else if (!/^[,.;:)»]/u.test(c) && !/[(«]$/u.test(out.lastChar)) out.insert(" ", prev.eol);
    held = emit(cur);
    prev = cur;
  }
  if (held && !held.soft) out.insert("-", held.index);
  return out.build(text.length);
}
