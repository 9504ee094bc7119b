// Finds citations of structural units: "пункта 4 статьи 3", "статьями 161, 168, 169", "подпунктах 6-9 пункта 44",
// "пп.8 п.5 статьи 12", "подпункт 5 ст. 44 и подпункт 2 ст.55". The act that follows is attached by the caller.
import type { PathStep, UnitKind } from "../../graph/schema.js";

interface UnitWord {
  unitKind: UnitKind;
  source: string;
}

// abbreviations first: "пп." before "п."
const UNIT_WORDS: UnitWord[] = [
  { unitKind: "subpoint", source: "подпункт[\\p{L}]*|подп\\.|пп\\." },
  { unitKind: "point", source: "пункт[\\p{L}]*|п\\." },
  { unitKind: "part", source: "част(?:ь|и|ью|ям|ями|ях)|ч\\." },
  { unitKind: "article", source: "стат(?:ья|ьи|ье|ью|ьей|ей|ьям|ьями|ьях)|ст\\." },
  { unitKind: "paragraph", source: "параграф[\\p{L}]*" },
  { unitKind: "chapter", source: "глав(?:а|ы|е|у|ой|ам|ами|ах)|гл\\." },
  { unitKind: "section", source: "раздел[\\p{L}]*|разд\\." },
  { unitKind: "appendix", source: "приложени[\\p{L}]*" },
];

/** Nesting rank: a unit of lower rank sits inside a unit of higher rank. */
const RANK: Record<UnitKind, number> = { subpoint: 1, point: 2, part: 3, article: 4, paragraph: 5, chapter: 6, section: 7, appendix: 8 };

const NUM = "\\d+(?:-\\d+)?\\)?";
const NUM_LIST = `${NUM}(?:\\s*(?:,|и|[-–—])\\s*${NUM})*`;
/** Ordinal numbers in words, as codes cite their parts: "частью четвертой", "части первой". */
const ORDINALS = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"];
const ORDINAL = `(?:${ORDINALS.join("|")})(?:ая|ой|ую|ым|ий|ый|ье|ья|ьей|ью)(?!\\s+инстанц)`;
const UNIT_SOURCE = `(?<![\\p{L}])(${UNIT_WORDS.map((u) => `(${u.source})`).join("|")})\\s*(${NUM_LIST}|${ORDINAL})(?![\\p{L}\\d])`;
const UNIT_RE = new RegExp(UNIT_SOURCE, "giu");
const UNIT_STICKY = new RegExp(`\\s*(?:,\\s*)?${UNIT_SOURCE}`, "iuy");
const JOIN_STICKY = /\s*(?:,|и)\s*/uy;

export interface UnitCitation {
  start: number;
  end: number;
  /** each cited unit as a path (outermost first), lists and ranges expanded */
  paths: PathStep[][];
}

interface Group {
  unitKind: UnitKind;
  numbers: string[];
  end: number;
}

function unitKindOf(m: RegExpExecArray): UnitKind {
  let i = 2;
  while (m[i] === undefined) i++;
  return UNIT_WORDS[i - 2].unitKind;
}

/**
 * "6-9" → 6,7,8,9; "161, 168 и 169" → 161,168,169; "8)" → 8; "4-1)" → 4-1 (the number of a unit inserted
 * after 4). Ranges longer than 50 are kept as their ends.
 */
export function expandNumbers(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(?:,|\sи\s)\s*/u);
  for (const part of parts) {
    // (also "1) – 3)": a range of subpoints written with their brackets)
    const range = /^(\d+)(\)?)\s*[-–—]\s*(\d+)\)?$/.exec(part.trim());
    if (range) {
      const a = Number(range[1]), b = Number(range[3]);
      if (b > a && b - a <= 50) for (let k = a; k <= b; k++) out.push(String(k));
      else if (b <= a && !range[2]) out.push(`${a}-${b}`); // "4-1)": a unit inserted after 4, not a range
      else out.push(range[1], range[3]);
    } else {
      const n = part.replace(/\)$/, "").trim();
      if (n) out.push(n);
    }
  }
  return out;
}

function groupAt(m: RegExpExecArray, end: number): Group {
  const written = m[m.length - 1];
  const ordinal = ORDINALS.findIndex((o) => written.toLowerCase().startsWith(o));
  const numbers = /^\d/.test(written) || ordinal < 0 ? expandNumbers(written) : [String(ordinal + 1)];
  return { unitKind: unitKindOf(m), numbers, end };
}

function toPaths(chain: Group[]): PathStep[][] {
  // chain is innermost first ("подпункт 5 пункта 26"); paths are outermost first
  let paths: PathStep[][] = [[]];
  for (const g of [...chain].reverse()) {
    const next: PathStep[][] = [];
    for (const p of paths) for (const n of g.numbers) next.push([...p, { unitKind: g.unitKind, number: n }]);
    paths = next;
  }
  return paths;
}

/**
 * Finds unit citations in text[start, end). Consecutive chains joined by "и" or "," are returned as one
 * citation when they share the act that follows ("подпункт 5 ст. 44 и подпункт 2 ст.55 Конституции").
 */
export function findUnitCitations(text: string, start = 0, end = text.length): UnitCitation[] {
  const out: UnitCitation[] = [];
  const region = text.slice(0, end);
  UNIT_RE.lastIndex = start;
  for (let m = UNIT_RE.exec(region); m; m = UNIT_RE.exec(region)) {
    const s = m.index;
    let chain: Group[] = [groupAt(m, s + m[0].length)];
    const paths: PathStep[][] = [];
    let pos = s + m[0].length;
    for (;;) {
      UNIT_STICKY.lastIndex = pos;
      const n = UNIT_STICKY.exec(region);
      if (n) {
        const g = groupAt(n, pos + n[0].length);
        if (RANK[g.unitKind] > RANK[chain[chain.length - 1].unitKind]) { chain.push(g); pos = g.end; continue; }
      }
      // a new chain joined by "и" / ","
      JOIN_STICKY.lastIndex = pos;
      const j = JOIN_STICKY.exec(region);
      if (j) {
        UNIT_STICKY.lastIndex = pos + j[0].length;
        const n2 = UNIT_STICKY.exec(region);
        if (n2) {
          paths.push(...toPaths(chain));
          chain = [groupAt(n2, pos + j[0].length + n2[0].length)];
          pos = chain[0].end;
          continue;
        }
      }
      break;
    }
    paths.push(...toPaths(chain));
    // «Ведомости Парламента Республики Казахстан, 1995 г., № 24, ст. 156»: where an act was published, not
    // an article of it
    const before = region.slice(Math.max(0, s - 90), s);
    if (!PUBLISHED_IN.test(before) && !(region.startsWith("ст.", s) && ISSUE.test(before))) out.push({ start: s, end: pos, paths });
    UNIT_RE.lastIndex = pos;
  }
  return out;
}

/** The reference of an official gazette right before «ст. N»: its name, a year and an issue number. */
/** «…; 2003 г., № 15, ст. 137»: a further issue of the same gazette (a year, an issue number, then «ст.»). */
const ISSUE = /(?<!\d)\d{4}\s*(?:г\.|года)?\s*,\s*№\s*\d+\s*,\s*$/u;
const PUBLISHED_IN = /(?:Ведомост\p{L}*|Собрани\p{L}*\s+актов|САПП|Бюллетен\p{L}*|Казахстанская\s+правда)[^()\n;]{0,70}?№\s*\d+[^()\n;№]{0,6}$/u;
