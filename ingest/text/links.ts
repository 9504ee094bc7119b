// Repair of hyperlink text displaced by the PDF export of the official legal database (adilet).
//
// The export lifts the text of every hyperlink out of its place and appends it to the end of the
// physical line, in order. What is left behind is a hole: a double space ("согласно  к"), a space
// before punctuation ("регламентирован , ,  АППК") or a single leading space on a continuation line.
// The appended text is glued to the line ("приказу;приложению 1", "КазахстанЗаконом") or follows a
// space ("от 2 мая приказ"). Links are short: a unit word with its number ("частью 3"), a lone
// number of a list ("168"), an act word ("приказ", "Законом", "Гражданским процессуальным кодексом")
// or a code abbreviation ("ГПК"). When the line ends in exactly as many links as it has holes,
// the links are put back into the holes in order; otherwise the line is left as it is.

/** A word that is the text of a link: unit and act words in any case form. */
const LINK_WORD =
  /^(?:(?:под)?пункт|част|стать|глав|параграф|раздел|закон|кодекс|приказ|приложени|постановлени|указ|конституци|правил|инструкци|распоряжени|регламент)\p{L}{0,4}$/iu;
/** Unit words are links only together with their number ("частью 3"). */
const UNIT_WORD = /^(?:(?:под)?пункт|част|стать|глав|параграф|раздел)/iu;
const ABBREVIATION = /^(?:ГПК|УПК|АППК|КоАП|ГК|УК|НК|ТК|ЗК|ЭК|БК|УИК|ПК|ЛК)$/u;
const NUMBER = /^\d+(?:-\d+)?\)?$/;
/** Adjectives that belong to a code's name: "Гражданским процессуальным кодексом". */
const CODE_ADJECTIVE = /\p{L}(?:ск|н|ль)(?:ым|ой|ого|ому|ий|ая|ое|ых|ую|им|ом|ые)$/iu;
const GLUE_PUNCT = /[.;,:)»"]/;

export interface RepairedLine {
  /** the repaired line */
  text: string;
  /** map[i] = index in the input line of character i */
  map: number[];
}

interface Token {
  start: number;
  end: number;
  text: string;
}
interface Hole {
  at: number;
  len: number;
  kind: "gap" | "punct" | "start";
}

const isLinkWord = (w: string) => LINK_WORD.test(w) || ABBREVIATION.test(w);

/** Where a link word starts inside a token: 0 when the whole token is one, a glue point, or -1. */
function linkStart(tok: string): number {
  if (isLinkWord(tok)) return 0;
  if (tok.length > 64) return -1; // link text is short; keeps the search linear on odd long tokens
  for (let p = 1; p < tok.length; p++) {
    const suffix = tok.slice(p);
    if (!isLinkWord(suffix)) continue;
    const before = tok[p - 1];
    const lowerGlue = /\p{Ll}/u.test(before) && p >= 4;
    const caseGlue = /\p{Ll}/u.test(before) && /\p{Lu}/u.test(tok[p]);
    if (GLUE_PUNCT.test(before) || caseGlue || (lowerGlue && LINK_WORD.test(suffix))) return p;
  }
  return -1;
}

function findHoles(s: string, indent: number, end: number): Hole[] {
  const holes: Hole[] = [];
  if (indent === 1) holes.push({ at: 0, len: 1, kind: "start" });
  const marker = /^(?:\d+(?:-\d+)?[.)]|\p{Ll}\))/u.exec(s.slice(indent, indent + 8));
  const from = indent + (marker ? marker[0].length : 0);
  for (let i = from; i < end; i++) {
    if (s[i] !== " ") continue;
    let j = i;
    while (j < end && s[j] === " ") j++;
    if (j - i >= 2 && i > from) holes.push({ at: i, len: j - i, kind: "gap" });
    else if (j - i === 1 && i > from && /[,.;:)]/.test(s[j])) holes.push({ at: i, len: 1, kind: "punct" });
    i = j - 1;
  }
  return holes;
}

function tokenize(s: string, from: number, end: number): Token[] {
  const toks: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) toks.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return toks;
}

/** Reads k links backwards from the end of the line; null when the line does not end in k links. */
function readLinks(toks: Token[], k: number): { start: number; end: number }[] | null {
  const links: { start: number; end: number }[] = [];
  let j = toks.length - 1;
  let glued = false;
  while (links.length < k) {
    if (j < 0 || glued) return null;
    const t = toks[j];
    if (NUMBER.test(t.text)) {
      const prev = toks[j - 1];
      const p = prev ? linkStart(prev.text) : -1;
      if (p >= 0) {
        links.unshift({ start: prev.start + p, end: t.end });
        glued = p > 0;
        j -= 2;
      } else {
        links.unshift({ start: t.start, end: t.end });
        j -= 1;
      }
      continue;
    }
    const p = linkStart(t.text);
    if (p < 0 || UNIT_WORD.test(t.text.slice(p))) return null;
    let start = t.start + p;
    glued = p > 0;
    j -= 1;
    if (!glued && /^кодекс/iu.test(t.text))
      while (j >= 0 && !glued && CODE_ADJECTIVE.test(toks[j].text)) {
        // "АППК);процедурно-процессуальным кодексом": the adjective may itself be glued
        const cut = Math.max(...[...".;,:)»\""].map((c) => toks[j].text.lastIndexOf(c))) + 1;
        if (!/^[\p{L}-]+$/u.test(toks[j].text.slice(cut))) break;
        start = toks[j].start + cut;
        glued = cut > 0;
        j--;
      }
    links.unshift({ start, end: t.end });
  }
  return links;
}

/** Puts displaced link text back into its holes; null when the line shows no such damage. */
export function repairDisplacedLinks(s: string): RepairedLine | null {
  const end = s.trimEnd().length;
  let indent = 0;
  while (indent < end && s[indent] === " ") indent++;
  if (end - indent < 3) return null;
  const holes = findHoles(s, indent, end);
  if (holes.length === 0) return null;
  const lastHole = holes[holes.length - 1];
  const restStart = lastHole.at + lastHole.len;
  const toks = tokenize(s, restStart, end);
  const links = readLinks(toks, holes.length);
  if (!links || links[0].start < restStart) return null;

  const out: string[] = [];
  const map: number[] = [];
  const put = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out.push(s[i]);
      map.push(i);
    }
  };
  const space = (at: number) => {
    out.push(" ");
    map.push(at);
  };
  // A single lower-case word between the last hole and the links, on a continuation line, is the
  // wrapped end of a link that began on the line before: it goes back to the start of the line.
  const between = s.slice(restStart, links[0].start).trim();
  const lone = indent === 0 && lastHole.kind !== "start" && /^\p{Ll}+$/u.test(between) && !isLinkWord(between);
  let cursor = 0;
  if (lone) {
    const at = s.indexOf(between, restStart);
    put(at, at + between.length);
    space(at + between.length);
  }
  holes.forEach((h, i) => {
    put(cursor, h.at);
    const link = links[i];
    if (h.kind === "start") {
      put(link.start, link.end);
      space(h.at);
      cursor = h.at + h.len;
      return;
    }
    space(h.at);
    put(link.start, link.end);
    if (h.kind === "gap") space(h.at + h.len - 1);
    cursor = h.at + h.len;
  });
  put(cursor, lone ? restStart : links[0].start);
  while (out.length && out[out.length - 1] === " ") {
    out.pop();
    map.pop();
  }
  return { text: out.join(""), map };
}
