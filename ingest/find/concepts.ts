// Finds bodies, principles and powers in any grammatical case, leftmost-first, without overlaps (except the
// bodies a power or a principle names, found inside it).
// Speed: patterns are bucketed by the letters a match can start with, and each word start is tried
// only against its bucket with one sticky expression (a single pass over the text).
import { lowerPatternSource, patternSource } from "./lexicon.js";
import { familyOf, VOCABULARY, type ConceptEntry } from "./vocabulary.js";
import type { ConceptMention } from "../types.js";

interface Bucket {
  /** lower-case patterns, for lower-cased text */
  re: RegExp;
  /** case-insensitive patterns, for text whose lower case changes its length (compiled when first needed) */
  exact: () => RegExp;
  entries: ConceptEntry[];
}

/** Splits a pattern on top-level "|". */
function topLevelAlternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") { i++; continue; }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { out.push(p.slice(from, i)); from = i + 1; }
  }
  out.push(p.slice(from));
  return out;
}

/** The lower-case letters a match of the pattern can start with. */
export function firstLetters(p: string): Set<string> {
  const out = new Set<string>();
  for (const alt of topLevelAlternatives(p)) {
    if (alt.startsWith("(")) {
      let depth = 0, i = 0;
      for (; i < alt.length; i++) {
        if (alt[i] === "\\") { i++; continue; }
        if (alt[i] === "(") depth++;
        else if (alt[i] === ")" && --depth === 0) break;
      }
      const inner = alt.slice(alt.startsWith("(?:") ? 3 : 1, i);
      for (const l of firstLetters(inner)) out.add(l);
      if (alt[i + 1] === "?" || alt[i + 1] === "*") for (const l of firstLetters(alt.slice(i + 2).trimStart())) out.add(l);
    } else if (alt.length) out.add(alt[0].toLowerCase());
  }
  return out;
}

let buckets: Map<string, Bucket> | null = null;

function compile(): Map<string, Bucket> {
  if (buckets) return buckets;
  const byLetter = new Map<string, ConceptEntry[]>();
  for (const e of VOCABULARY) {
    const letters = new Set<string>();
    for (const p of e.patterns) for (const l of firstLetters(p)) letters.add(l);
    for (const l of letters) {
      if (!byLetter.has(l)) byLetter.set(l, []);
      byLetter.get(l)!.push(e);
    }
  }
  buckets = new Map();
  for (const [l, entries] of byLetter) {
    const source = entries.map((e) => `(${e.patterns.map(lowerPatternSource).join("|")})`).join("|");
    let exact: RegExp | undefined;
    const exactRe = () => (exact ??= new RegExp(entries.map((e) => `(${e.patterns.map(patternSource).join("|")})`).join("|"), "iuy"));
    buckets.set(l, { re: new RegExp(source, "uy"), exact: exactRe, entries });
  }
  return buckets;
}

/** Letters of the scripts in the corpus (Latin, Latin-1 and Extended, Cyrillic with Kazakh letters). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x52f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** The bodies named inside a phrase, by the phrase (offsets from its start): the same phrases recur. */
const nestedByPhrase = new Map<string, ConceptMention[]>();

/**
 * The bodies a power or principle names inside its own span text[start, end) (not at its first word); a body that
 * starts inside it may run past its end («по протесту прокурора области»: the power ends at «прокурора»).
 */
function nestedBodies(text: string, start: number, end: number): ConceptMention[] {
  const phrase = text.slice(start, Math.min(text.length, end + 60));
  const inside = end - start;
  let rel = nestedByPhrase.get(phrase);
  if (!rel) {
    // (past the end only a prosecutor or a court, whose act the power names: «протесту прокурора области», not the
    // object of a power «координируют деятельность правоохранительных органов»)
    rel = findConcepts(phrase, 1, phrase.length).filter((n) => n.type === "Body" && n.start < inside && (n.end <= inside || /^(?:prosecution|court)$/.test(familyOf(n.key, n.bodyKind))));
    if (nestedByPhrase.size >= 20_000) nestedByPhrase.clear();
    nestedByPhrase.set(phrase, rel);
  }
  return rel.map((n) => ({ ...n, start: n.start + start, end: n.end + start }));
}

/** Finds concept mentions in text[start, end): each word start is tried against its letter's bucket. */
export function findConcepts(text: string, start = 0, end = text.length): ConceptMention[] {
  const all = compile();
  const out: ConceptMention[] = [];
  const lowered = text.slice(start, end).toLowerCase();
  // lower-casing keeps offsets for Cyrillic and Latin; where it does not, match the original case-insensitively
  const sameLength = lowered.length === end - start;
  const hay = sameLength ? lowered : text;
  const shift = sameLength ? start : 0;
  let prevLetter = start > 0 && isLetter(text.charCodeAt(start - 1));
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c);
    if (!letter || prevLetter) { prevLetter = letter; continue; }
    prevLetter = true;
    // no name starts with a word of one letter ("в", "и", "с"): the commonest words are passed over
    if (i + 1 >= end || !isLetter(text.charCodeAt(i + 1))) continue;
    const bucket = all.get(sameLength ? lowered[i - start] : text[i].toLowerCase());
    if (!bucket) continue;
    const re = sameLength ? bucket.re : bucket.exact();
    re.lastIndex = i - shift;
    const m = re.exec(hay);
    if (!m || i + m[0].length > end) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const e = bucket.entries[g - 1];
    const len = m[0].length;
    out.push({ kind: "concept", type: e.type, key: e.key, label: e.label, bodyKind: e.bodyKind, start: i, end: i + len, text: text.slice(i, i + len), ...(e.needsCue ? { cue: e.needsCue } : {}) });
    // a power or principle may name a body ("представляет интересы государства в суде", "протесты прокурора"):
    // that body is mentioned too, nested in it
    if (e.type !== "Body") out.push(...nestedBodies(text, i, i + len));
    i += len - 1;
    prevLetter = true;
  }
  return out;
}

/** The vocabulary entry of a key (for cue checks and labels). */
export function conceptEntry(key: string): ConceptEntry | undefined {
  return VOCABULARY.find((e) => e.key === key);
}
