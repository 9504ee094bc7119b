// A rule's first look: does the sentence hold one of its cue words? Some fifty rules each asking a regular expression
// of alternatives scan every sentence fifty times; here the sentence's character pairs are noted once (in a table
// shared by all rules, stamped per sentence), and a cue word is looked for in the text only when all of its pairs
// are there. The answer is exactly `words.some((w) => lowerText.includes(w))`: the pairs only rule words out.
import { lower, type SentenceContext } from "./context.js";

export interface Cue {
  words: string[];
  /** per word, the hashes of its character pairs */
  pairs: Uint16Array[];
}

const pairOf = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;

/** A cue of words in lower case (substrings, as in `/word1|word2/`). */
export function cue(...words: string[]): Cue {
  const pairs = words.map((w) => {
    const out = new Uint16Array(Math.max(0, w.length - 1));
    for (let i = 0; i + 1 < w.length; i++) out[i] = pairOf(w.charCodeAt(i), w.charCodeAt(i + 1));
    return out;
  });
  return { words, pairs };
}

const table = new Uint32Array(0x10000);
let stamp = 0;
let noted: SentenceContext | undefined;

/** Notes the character pairs of the sentence (once per sentence in a row). */
function note(ctx: SentenceContext, text: string): void {
  if (ctx === noted) return;
  noted = ctx;
  if (++stamp === 0xffffffff) { table.fill(0); stamp = 1; }
  for (let i = 0; i + 1 < text.length; i++) table[pairOf(text.charCodeAt(i), text.charCodeAt(i + 1))] = stamp;
}

/** Whether the lower-cased sentence holds one of the cue's words. */
export function hasAny(ctx: SentenceContext, c: Cue): boolean {
  const l = lower(ctx);
  note(ctx, l);
  for (let k = 0; k < c.words.length; k++) {
    const p = c.pairs[k];
    let all = true;
    for (let i = 0; i < p.length; i++) if (table[p[i]] !== stamp) { all = false; break; }
    if (all && l.includes(c.words[k])) return true;
  }
  return false;
}
