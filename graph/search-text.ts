// Russian search text, shared by both stores: normalisation, Snowball stems, stop words and the compact
// forms of multiword names ("Генеральная прокуратура" → "генпрокуратура"), plus the rule that ranks
// exact label matches first. The stores differ in their index (MiniSearch, Lucene) but not in these.
import { newStemmer } from "snowball-stemmers";
import type { GraphNode } from "./schema.js";

const russian = newStemmer("russian");
const CYRILLIC = /[а-я]/;
const VOWELS = /[аеиоуыэюя]/;

/** Prepositions, conjunctions and particles that carry no meaning in a name. */
const STOP_WORDS = new Set(
  "и в во на о об от по к ко с со у за из для до при а но или же ли не ни то что как".split(" "),
);

export function normalize(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** Normalised words of a text, stop words dropped. */
export function words(s: string): string[] {
  const out: string[] = [];
  for (const m of normalize(s).matchAll(/[\p{L}\p{N}]+/gu)) if (!STOP_WORDS.has(m[0])) out.push(m[0]);
  return out;
}

const stemCache = new Map<string, string>();
/** Snowball Russian stem of a normalised word; other scripts and numbers unchanged. */
export function stem(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  let s = stemCache.get(word);
  if (s === undefined) {
    s = russian.stem(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Stems of the words of a text, joined by one space (the "stem key" of a name). */
export function stemKey(s: string): string {
  return words(s).map(stem).join(" ");
}

/** Leading part of a word as in Russian compound abbreviations: генеральная → ген, областная → обл. */
function abbreviate(word: string): string {
  let i = 0;
  while (i < word.length && !VOWELS.test(word[i])) i++;
  i++;
  while (i < word.length && !VOWELS.test(word[i])) i++;
  return word.slice(0, i);
}

/**
 * One-word forms of a multiword name: each adjacent pair abbreviated and joined
 * ("генеральная прокуратура" → "генпрокуратура"), and all words run together.
 */
export function compactForms(label: string): string[] {
  const w = words(label).filter((x) => CYRILLIC.test(x));
  if (w.length < 2) return [];
  const forms = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) forms.add(abbreviate(w[i]) + w[i + 1]);
  forms.add(w.join(""));
  return [...forms];
}

interface PreparedQuery {
  q: string;
  key: string;
  stems: string[];
  compact: string;
}

function prepare(query: string): PreparedQuery {
  const q = normalize(query);
  const key = stemKey(q);
  return { q, key, stems: key.split(" ").filter(Boolean), compact: q.replace(/[^\p{L}\p{N}]+/gu, "") };
}

/**
 * How closely a node's names match the query: 3 = the label itself, 2 = an alias, the same words in
 * another grammatical form, or a compact form; 1 = every query word is in the label or an alias; 0 = other.
 */
export function matchTier(node: GraphNode, query: string | PreparedQuery): number {
  const p = typeof query === "string" ? prepare(query) : query;
  if (!p.q) return 0;
  if (normalize(node.label) === p.q) return 3;
  const names = [node.label, ...(node.aliases ?? [])];
  if (names.some((n) => normalize(n) === p.q || stemKey(n) === p.key)) return 2;
  if (p.stems.length === 1 && compactForms(node.label).includes(p.compact)) return 2;
  const nameStems = new Set(names.flatMap((n) => stemKey(n).split(" ")));
  if (p.stems.length > 0 && p.stems.every((s) => nameStems.has(s))) return 1;
  return 0;
}

/** Orders hits: tier, then score, then id (so equal scores never reorder between runs). */
export function rankHits<T extends { node: GraphNode; score: number }>(hits: T[], query: string): T[] {
  const p = prepare(query);
  const tiers = new Map(hits.map((h) => [h.node.id, matchTier(h.node, p)]));
  return hits.sort(
    (a, b) =>
      tiers.get(b.node.id)! - tiers.get(a.node.id)! ||
      b.score - a.score ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
}

/** How many of the best-scored full-text hits are ranked by tier (both stores use the same window). */
export function searchWindow(limit: number): number {
  return Math.max(limit * 5, 100);
}
