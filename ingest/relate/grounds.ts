// Which norms ground what a sentence says. An act named as the measure of conformity («проверка актов на
// соответствие Конституции», «противоречит Конституции») is what is checked against, not a norm that governs;
// a sentence that names no norm is grounded by the lead sentence of its paragraph where that lead opens with
// «В соответствии с / Согласно / На основании» («В соответствии со статьей 54 ГПК прокурор участвует в
// гражданском процессе … Прокурор вправе обратиться в суд с иском …»).
import type { Evidence } from "../../graph/schema.js";
import { concepts, evidence, lower, normsOf, type SentenceContext } from "./context.js";

export type Norm = { id: string; start: number; end: number };

/** A cheap first look for the words of CONFORMITY. */
const MAY_CONFORM = /соответств|противореч/;
/** The words right before an act named as the measure of conformity (up to two words between). */
const CONFORMITY =
  /(?<![\p{L}])(?:(?:на\s+)?(?:не)?соответстви[еяю]|соответству(?:ет|ют)|не\s+соответствующ\p{L}*|противореч\p{L}*)\s+(?:\p{L}+\s+){0,2}?$/iu;

/** The norms of the sentence, less the acts it names as the measure of conformity. */
export function groundingNorms(ctx: SentenceContext): Norm[] {
  let norms = normsOf(ctx);
  // an act inside a principle's own wording («независимость судей и подчинение их только Конституции и закону»)
  // names what the principle is, not a norm that lays it down
  const principles = norms.length ? concepts(ctx, "Principle") : [];
  if (principles.length) norms = norms.filter((n) => !principles.some((p) => p.start <= n.start && n.end <= p.end));
  if (!norms.length || !MAY_CONFORM.test(lower(ctx))) return norms;
  const text = ctx.doc.clean.text;
  return norms.filter((n) => !CONFORMITY.test(text.slice(Math.max(ctx.sentence.start, n.start - 60), n.start)));
}

const GROUNDED_LEAD = /^\s*(?:в\s+соответствии\s+со?|согласно|на\s+основании)(?![\p{L}])/iu;

/**
 * For a sentence that names no norm: the norms its paragraph's lead sentence grounds it in (those named before
 * the first concept of the lead, «В соответствии со статьей 54 ГПК (далее – ГПК) прокурор …»), with the lead's
 * quote; nothing across a paragraph break, nothing from a lead that does not open with a grounding cue.
 */
export function paragraphGrounds(ctx: SentenceContext): { norms: Norm[]; quote: Evidence } | undefined {
  const text = ctx.doc.clean.text;
  const paragraph = text.lastIndexOf("\n\n", ctx.sentence.start);
  let lead: SentenceContext | undefined;
  let p = ctx.previous;
  // (a paragraph of more than 40 sentences is a text without paragraph breaks: no lead)
  for (let k = 0; p && p.sentence.start > paragraph && k < 40; k++, p = p.previous) lead = p;
  if (p && p.sentence.start > paragraph) return undefined;
  if (!lead || !GROUNDED_LEAD.test(lead.text)) return undefined;
  const first = concepts(lead)[0];
  const norms = groundingNorms(lead).filter((n) => !first || n.start < first.start);
  return norms.length ? { norms, quote: evidence(ctx.doc, lead.sentence.start, lead.sentence.end) } : undefined;
}
