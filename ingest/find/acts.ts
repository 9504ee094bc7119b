// Finds mentions of acts: named acts and codes (Конституция, ГПК …), and "KIND [issuer] [от DATE] [№ N] [«TITLE»]".
import { lowerPatternSource, patternSource } from "./lexicon.js";
import { ACT_KIND_WORDS, DATE_SOURCE, NAMED_ACTS, NUMBER_SOURCE, TITLE_SOURCE, parseDate } from "./act-ref.js";
import type { ActMention, ActRef } from "../types.js";
import { unquotedTitle } from "./title-end.js";
import type { ActKind } from "../../graph/schema.js";

const NAMED_RE = new RegExp(NAMED_ACTS.map((a) => `(${a.patterns.map(patternSource).join("|")})`).join("|"), "giu");
const KIND_RE = new RegExp(ACT_KIND_WORDS.map((k) => `(${patternSource(k.pattern)})`).join("|"), "giu");
/**
 * The same searches for lower-cased text: one word-start check before all the alternatives, and no
 * case-insensitive matching (~3× faster on long texts); the case-insensitive ones above serve texts whose
 * lower case changes their length.
 */
const NAMED_LOWER = new RegExp(`(?<![\\p{L}\\p{M}])(?:${NAMED_ACTS.map((a) => `(${a.patterns.map(lowerPatternSource).join("|")})`).join("|")})`, "gu");
const KIND_LOWER = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ACT_KIND_WORDS.map((k) => `(${lowerPatternSource(k.pattern)})`).join("|")})`, "gu");
const DEFINES_RE = /^\s*\(\s*(?:далее\s*(?:по тексту\s*)?[-–—]\s*)([^()]{1,60}?)\s*\)/iu;
const BACKREF_RE = /(настоящ|указанн|данн|эт(?:ого|ой|им|ому)|вышеназванн|вышеуказанн|названн|рассматриваем)[\p{L}]*\s+$/iu;
const DATE_RE = new RegExp(`(?:от\\s+)?(${DATE_SOURCE})`, "iu");
const NUMBER_RE = new RegExp(`${NUMBER_SOURCE}(?:\\s*(?:и|,)\\s*${NUMBER_SOURCE})?`, "u");
const TITLE_RE = new RegExp(TITLE_SOURCE, "u");
const YEARS_RE = /на\s+(?:период\s+)?(?:с\s+)?\d{4}\s*(?:[–—-]|по)\s*\d{4}\s*(?:гг\.|годы|г\.)?/iu;
/** Unquoted titles start with these words: "Закон о прокуратуре", "Инструкция по организации …". */
const UNQUOTED_TITLE_START = /^\s+((?:о|об|по|проведения|организации)\s[^,.;:()«»"№]{3,200})/u;
const OWNER_KINDS = new Set<ActKind>(["plan", "concept", "regulation"]);
/** Rules and instructions are named by their subject: "Правила взаимодействия органов прокуратуры с судами". */
const NAMED_BY_SUBJECT = new Set<ActKind>(["rules", "instruction"]);
/** The subject starts with a preposition or a noun (or adjective) in the genitive — not "Инструкции прокурор области
 * обеспечивает", "Инструкции предусмотрено". */
const SUBJECT_TITLE = /^\s+((?:по|о|об|для|[\p{Ll}-]+(?:ия|ии|ого|его|ых|их|ов|та|ма|ка|да))(?![\p{L}])[^,.;:()«»"№]{3,200})/u;
const UNQUOTED_KINDS = new Set<ActKind>(["law", "regulation", "treaty", "rules", "instruction", "concept", "code"]);
/** Owner words of a plan or a regulation: capitalised, or lower-case in the genitive. */
const OWNER_WORD = "(?:\\p{L}[\\p{L}-]*(?:ого|его|ой|ей|ых|их|и|ы|а|я)|Казахстан|РК)(?![\\p{L}])";
const OWNER_RE = new RegExp(`^\\s+(${OWNER_WORD}(?:\\s+${OWNER_WORD}){0,7})`, "u");

/** "Указ Президента, имеющий силу закона, от … «О прокуратуре»": a decree with the force of a (constitutional) law. */
const FORCE_OF_LAW = /^,\s*имеющ\p{L}*\s+силу\s+(конституционного\s+)?закона\s*,?/iu;

/** The text after a kind word, up to a stop, quotes kept whole (the force-of-law clause of a decree too). */
function tailAt(text: string, from: number, end: number, long: boolean): string {
  let i = from, inQuote = false;
  const limit = Math.min(end, from + (long ? 600 : 400));
  for (; i < limit; i++) {
    const c = text[i];
    if (c === "«") inQuote = true;
    else if (c === "»") { inQuote = false; if (long) { i++; break; } }
    else if (!inQuote && (c === ";" || c === ":" || c === "\n")) break;
    else if (!inQuote && c === "," && FORCE_OF_LAW.test(text.slice(i, i + 60))) i += FORCE_OF_LAW.exec(text.slice(i, i + 60))![0].length - 1;
    else if (!inQuote && !long && (c === "," || c === "(" || c === ")")) break;
    // ("\b" knows no Cyrillic: "2018 г." and "ст." are abbreviations wherever they stand)
    else if (!inQuote && c === "." && !/(?:(?<![\p{L}])(?:г|гг|ст|п|пп|ч)|\d)$/u.test(text.slice(Math.max(from, i - 3), i))) break;
    // «… № 118. В соответствии со статьей 11 Закона «О прокуратуре»»: after a number, a full stop before a capital
    // ends the sentence (a date «12.07.2021» has no space)
    else if (!inQuote && c === "." && /\d$/u.test(text.slice(i - 1, i)) && /^\.\s+\p{Lu}/u.test(text.slice(i, i + 4))) break;
  }
  return text.slice(from, i);
}

function defined(text: string, at: number): string | undefined {
  return DEFINES_RE.exec(text.slice(at, at + 80))?.[1]?.trim();
}

function parseTail(kind: ActKind, capital: boolean, tail: string, oblique = false): { ref: Partial<ActRef>; length: number } | null {
  const ref: Partial<ActRef> = {};
  let length = 0;
  const take = (m: RegExpExecArray | null) => {
    if (m && m.index + m[0].length > length) length = m.index + m[0].length;
    return m;
  };
  let title = TITLE_RE.exec(tail);
  // a quotation further on is not the act's title when a verb or a year range stands before it
  // (also the past tense: «положения диссертации докладывались на конференции «…»»)
  if (title && /(?:[\p{Ll}]{3,}(?:ет|ит|ют|ат|ят|ется|ится|(?:ал|ял|ил|ел|ыл)(?:ись|ась|ось|ся|и|а|о)?)|гг\.)(?![\p{L}])/u.test(tail.slice(0, title.index))) title = null;
  take(title);
  if (title) ref.title = `«${(title[1] ?? title[2]).replace(/\s+/g, " ").trim()}»`;
  const number = NUMBER_RE.exec(tail);
  if (number) { take(number); ref.number = number[1].replace(/[.,;]$/, ""); }
  const date = DATE_RE.exec(tail);
  if (date) { take(date); ref.date = parseDate(date[1]); }
  const years = YEARS_RE.exec(tail);
  const unquoted = !ref.title && capital && UNQUOTED_KINDS.has(kind) ? (NAMED_BY_SUBJECT.has(kind) ? SUBJECT_TITLE : UNQUOTED_TITLE_START).exec(tail) : null;
  if (unquoted && !(ref.number && unquoted.index > 0)) {
    // the title ends before the verb of the sentence ("Закон о прокуратуре основывается на …"), and before its
    // subject where the act is not the subject ("… Закона о прокуратуре прокуратура осуществляет …")
    const t = unquotedTitle(unquoted[1], oblique);
    ref.title = t;
    length = Math.max(length, unquoted.index + unquoted[0].indexOf(t) + t.length);
  }
  if (!ref.title && OWNER_KINDS.has(kind) && capital) {
    const owner = OWNER_RE.exec(tail);
    if (owner) {
      let t = owner[1];
      let end = owner.index + owner[0].length;
      if (years && years.index <= end + 12) { t = tail.slice(owner.index, years.index + years[0].length).trim(); end = years.index + years[0].length; }
      ref.title = t;
      length = Math.max(length, end);
    }
  }
  if (!ref.title && !ref.number && !(ref.date && capital)) return null;
  // the issuer: capitalised words between the kind word and the first identifier
  const firstId = Math.min(...[title?.index, number?.index, date?.index].filter((x): x is number => x !== undefined), tail.length);
  // ("Генерального прокурора РК", "Министра внутренних дел": the office in lower case too)
  const issuer = /^\s+((?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{Lu}][\p{L}-]*|\s+(?:пленарного|заседания|по|с|и|прокурора|суда|совета|министра|внутренних|дел|юстиции|финансов|обороны)(?![\p{L}]))*)/u.exec(tail.slice(0, firstId))?.[1];
  if (issuer && !/^(Республики Казахстан|РК)$/.test(issuer.trim()) && !ref.title?.startsWith(issuer)) ref.issuer = issuer.replace(/\s+/g, " ").trim();
  return { ref, length };
}

/** Another state (or the Soviet past) named right after an act's name or kind word. */
const FOREIGN = /^\s+(?:Казахской\s+ССР|КазССР|РСФСР|СССР|Союза\s+ССР|Российской\s+Федерации|РФ|Республики\s+(?:Беларусь|Узбекистан|Кыргызстан|Таджикистан|Армения|Молдова)|Кыргызской\s+Республики|Украины|Франции|ФРГ|Германии)(?![\p{L}])/u;

/** Another act's kind word in the genitive right after a kind word («положения Закона …», «правила Кодекса …»). */
const OF_ACT = /^\s+(?:конституционн\p{L}*\s+)?(?:закон(?:а|ов)|кодекс(?:а|ов)|указ(?:а|ов)|приказ(?:а|ов)|конституции|нормативн\p{L}*\s+постановлени\p{L}*)(?![\p{L}])/iu;

/** A court named right after «постановление» (not the Constitutional Court's, not a plenary's normative one). */
const COURT_AFTER = /^\s+(?!(?:пленум|конституционн))(?:[\p{L}-]+\s+){0,2}?(?:коллеги\p{L}*|суд(?:а|ом)?|инстанци\p{L}*)(?![\p{L}])/iu;

/** A court's decision: a plain «постановление» of a court, without a title, numbered like a case if at all. */
function courtDecision(word: string, tail: string, ref: Partial<ActRef>): boolean {
  return /^постановлени/iu.test(word) && !ref.title && (!ref.number || /[-/]/.test(ref.number)) && COURT_AFTER.test(tail);
}

/** Finds act mentions in text[start, end). */
export function findActMentions(text: string, start = 0, end = text.length): ActMention[] {
  const out: ActMention[] = [];
  // named mentions are found first, in order: a pointer tells whether a later span overlaps one of them
  let named = 0;
  let namedCount = 0;
  const taken = (s: number, e: number) => {
    while (named < namedCount && out[named].end <= s) named++;
    return named < namedCount && out[named].start < e;
  };
  // the region and the character before it (for the word-start check), lower-cased: that keeps offsets for
  // Cyrillic and Latin; where it does not, the original is matched case-insensitively
  const from = Math.max(0, start - 1);
  const region = text.slice(from, end);
  const lowered = region.toLowerCase();
  const same = lowered.length === region.length;
  const hay = same ? lowered : region;
  const namedRe = same ? NAMED_LOWER : NAMED_RE;
  const kindRe = same ? KIND_LOWER : KIND_RE;
  namedRe.lastIndex = start - from;
  for (let m = namedRe.exec(hay); m; m = namedRe.exec(hay)) {
    let i = 1;
    while (m[i] === undefined) i++;
    const a = NAMED_ACTS[i - 1];
    const s = m.index + from, e = s + m[0].length;
    const found = text.slice(s, e);
    // "ГПК" is an abbreviation only in capitals; the full names in any case
    if (/^[А-ЯЁ]{2,}/u.test(found) === false && /^(гпк|упк|коап|аппк|ук|гк|уик)\b/iu.test(found)) continue;
    // «ГПК Казахской ССР», «УПК РФ», «Конституция Российской Федерации»: another state's act, not the Kazakh one
    const foreign = FOREIGN.exec(text.slice(e, e + 40));
    if (foreign) {
      const state = foreign[0].trim().replace(/\s+/g, " ");
      const fe = e + foreign[0].length;
      out.push({ kind: "act", start: s, end: fe, text: text.slice(s, fe), ref: { actKind: a.actKind, shortTitle: `${a.shortTitle} ${state}`, kindLabel: a.shortTitle, issuer: state } });
      continue;
    }
    out.push({ kind: "act", start: s, end: e, text: found, ref: { actKind: a.actKind, shortTitle: a.shortTitle }, defines: defined(text, e) });
  }
  namedCount = out.length;
  kindRe.lastIndex = start - from;
  for (let m = kindRe.exec(hay); m; m = kindRe.exec(hay)) {
    let i = 1;
    while (m[i] === undefined) i++;
    const kind = ACT_KIND_WORDS[i - 1].actKind;
    const s = m.index + from, kwEnd = s + m[0].length;
    const word = text.slice(s, kwEnd);
    if (taken(s, kwEnd)) continue;
    const capital = /^\p{Lu}/u.test(word);
    const back = BACKREF_RE.exec(text.slice(Math.max(0, s - 30), s));
    const tail = tailAt(text, kwEnd, end, kind === "joint_order");
    // «положения Конституционного закона «О прокуратуре»», «правила Закона …»: a part of the act named next, not an act
    if (!capital && (kind === "regulation" || kind === "rules") && OF_ACT.test(tail)) continue;
    // "настоящие Правила определяют …" names the act itself, whatever follows
    const parsed = back && /^настоящ/iu.test(back[1]) ? null : parseTail(kind, capital, tail, word.toLowerCase() !== ACT_KIND_WORDS[i - 1].nominative.toLowerCase());
    // a court's decision in a case («Постановлением судебной коллегии по гражданским делам … суда от 10 октября 2022
    // года», «постановление апелляционной инстанции от …») is no act of law
    if (parsed && kind === "resolution" && courtDecision(word, tail, parsed.ref)) continue;
    // «Закон Российской Федерации «О прокуратуре»»: another state's act under the same title is another act
    const abroad = parsed && FOREIGN.exec(text.slice(kwEnd, kwEnd + 40));
    if (parsed && abroad) parsed.ref.shortTitle = `${ACT_KIND_WORDS[i - 1].nominative} ${abroad[0].trim().replace(/\s+/g, " ")} ${parsed.ref.title ?? parsed.ref.number ?? ""}`.trim();
    if (parsed) {
      const e = kwEnd + parsed.length;
      // a decree with the force of a law is that law (one act with the laws that name it «О прокуратуре»)
      const force = kind === "decree" ? /имеющ\p{L}*\s+силу\s+(конституционного\s+)?закона/iu.exec(tail) : null;
      const actKind: ActKind = force ? (force[1] ? "constitutional_law" : "law") : kind;
      out.push({ kind: "act", start: s, end: e, text: text.slice(s, e), ref: { actKind, kindLabel: ACT_KIND_WORDS[i - 1].nominative, ...parsed.ref }, defines: defined(text, e) });
      kindRe.lastIndex = e - from;
      continue;
    }
    if (back) {
      const bs = s - back[0].length;
      out.push({ kind: "act", start: bs, end: kwEnd, text: text.slice(bs, kwEnd), ref: { actKind: kind, backRef: /^настоящ/i.test(back[1]) ? "self" : "previous" } });
    } else if (capital && !/^\p{Lu}{2,}$/u.test(word) && s > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, s - 3), s))) {
      // a capitalised kind word inside a sentence ("Закона"): an abbreviation, resolved against "(далее – Закон)"
      out.push({ kind: "act", start: s, end: kwEnd, text: word, ref: { actKind: kind, shortTitle: undefined, title: undefined, backRef: undefined }, defines: undefined });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
