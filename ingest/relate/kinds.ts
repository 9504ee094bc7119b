// Kinds of a body: «К специализированным прокуратурам относятся военные прокуратуры, транспортные прокуратуры …»,
// and with the noun left out: «… относятся военные, природоохранные, транспортные, а также прокуратуры специальных
// объектов». Each kind is PART_OF the body named right after «К»; a kind named by its adjective alone takes the
// whole's noun («военные» → «военные прокуратуры»). A body more general than the whole is never one of its kinds.
import type { GraphEdge } from "../../graph/schema.js";
import { findConcepts } from "../find/concepts.js";
import type { ConceptMention } from "../types.js";
import { concepts, type SentenceContext } from "./context.js";
import { edge, family, idOf, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const MAY_BELONG = cue("относ", "принадлеж");

const LEAD = /^(?:[^,]{0,40}\s)?к\s+(?=\p{L})/iu;
const VERB = /\s(?:относ(?:ятся|ится)|принадлеж(?:ат|ит))(?![\p{L}])/iu;
/** An adjective standing alone in the list («военные», «природоохранные»). */
const ADJECTIVE = /^[\p{L}-]+(?:ые|ие|ая|яя|ый|ий)$/u;

/** The bodies named in the list after the verb, with kinds named by an adjective alone completed by `noun`. */
function listed(ctx: SentenceContext, from: number, noun: string, named: ConceptMention[]): ConceptMention[] {
  const text = ctx.doc.clean.text;
  const out: ConceptMention[] = [];
  const re = /[^,;]+/gu;
  const list = text.slice(from, ctx.sentence.end);
  for (const m of list.matchAll(re)) {
    const s = from + m.index!, e = s + m[0].length;
    const own = named.filter((b) => b.start >= s && b.end <= e);
    if (own.length) { out.push(...own); continue; }
    // «военные», «и транспортные», «а также природоохранные»
    const word = /^\s*(?:(?:и|а\s+также)\s+)?([\p{L}-]+)\s*\.?\s*$/u.exec(m[0]);
    if (!word || !ADJECTIVE.test(word[1])) continue;
    const found = findConcepts(`${word[1]} ${noun}`).find((c) => c.type === "Body" && c.start === 0);
    const at = s + m[0].indexOf(word[1]);
    if (found) out.push({ ...found, start: at, end: at + word[1].length, text: word[1] });
  }
  return out;
}

export const kinds: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_BELONG)) return [];
  const lead = LEAD.exec(ctx.text);
  const verb = lead && VERB.exec(ctx.text);
  if (!lead || !verb || verb.index <= lead[0].length) return [];
  const bodies = concepts(ctx, "Body");
  const at = ctx.sentence.start + lead[0].length, verbAt = ctx.sentence.start + verb.index;
  // («К иным специализированным прокуратурам …»)
  const whole = bodies.find((b) => b.start >= at && b.end <= verbAt && /^(?:(?:иным|другим|прочим)\s+)?$/iu.test(ctx.doc.clean.text.slice(at, b.start)));
  if (!whole) return [];
  const noun = whole.text.split(/\s+/u).pop()!;
  const out: GraphEdge[] = [];
  for (const p of listed(ctx, verbAt + verb[0].length, noun, bodies.filter((b) => b.start > verbAt)))
    // a kind of the same family, not the family's generic body («прокуратуры специальных объектов» → прокуратура)
    if (family(p) === family(whole) && idOf(p) !== idOf(whole) && !GENERIC.has(p.key)) out.push(edge(ctx, "PART_OF", idOf(p), idOf(whole), [p.start, p.end]));
  return out;
};

/** The generic bodies of the families: never a kind of anything. */
const GENERIC = new Set(["прокуратура", "прокурор", "суд", "судья"]);
