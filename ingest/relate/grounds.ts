// Which norms ground what a sentence says. An act named as the measure of conformity («проверка актов на
// соответствие Конституции», «противоречит Конституции») is what is checked against, not a norm that governs;
// a sentence that names no norm is grounded by the lead sentence of its paragraph where that lead opens with
// «В соответствии с / Согласно / На основании» («В соответствии со статьей 54 ГПК прокурор участвует в
// гражданском процессе … Прокурор вправе обратиться в суд с иском …»).
import type { Evidence } from "../../graph/schema.js";
import { concepts, evidence, normsOf, type SentenceContext } from "./context.js";
import { commentedArticle, quotedArticle } from "./quoted-article.js";
import { cue, hasAny } from "./cues.js";

export type Norm = { id: string; start: number; end: number };

/** A cheap first look for the words of CONFORMITY. */
const MAY_CONFORM = cue("соответств", "противореч");
/** The words right before an act named as the measure of conformity (up to two words between). */
const CONFORMITY =
  /(?<![\p{L}])(?:(?:на\s+)?(?:не)?соответстви[еяю]|соответству(?:ет|ют)|не\s+соответствующ\p{L}*|противореч\p{L}*)\s+(?:\p{L}+\s+){0,2}?$/iu;

/**
 * A proposal of a writing to change the law (de lege ferenda): «Предлагаем дополнить статью 65 АППК частью пятой …»,
 * «Представляется целесообразным закрепить в УПК …» — the norm to be changed does not (yet) say it.
 */
export const PROPOSAL =
  /(?:предлага(?:ем|ется|ет|ю)|предложен\p{L}*|(?:считаем|считается|представляется)\s+(?:необходимым|целесообразным|возможным)|целесообразно)\s+(?:[\p{L},]+\s+){0,3}?(?:дополнить|внести|изложить|закрепить|предусмотреть|включить|исключить|изменить)(?![\p{L}])/iu;
const MAY_PROPOSE = cue("предлага", "предложен", "целесообраз", "необходимым", "возможным");

/** The norms of the sentence, less the acts it names as the measure of conformity (none in a proposal to change them). */
export function groundingNorms(ctx: SentenceContext): Norm[] {
  if (!ctx.frame && hasAny(ctx, MAY_PROPOSE) && PROPOSAL.test(ctx.text)) return [];
  let norms = normsOf(ctx);
  // an act inside a principle's own wording («независимость судей и подчинение их только Конституции и закону»)
  // names what the principle is, not a norm that lays it down
  const principles = norms.length ? concepts(ctx, "Principle") : [];
  if (principles.length) norms = norms.filter((n) => !principles.some((p) => p.start <= n.start && n.end <= p.end));
  if (!norms.length || !hasAny(ctx, MAY_CONFORM)) return norms;
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
  if (p && p.sentence.start > paragraph) return quotedGrounds(ctx);
  if (!lead || !GROUNDED_LEAD.test(lead.text)) return quotedGrounds(ctx);
  const first = concepts(lead)[0];
  const norms = groundingNorms(lead).filter((n) => !first || n.start < first.start);
  return norms.length ? { norms, quote: evidence(ctx.doc, lead.sentence.start, lead.sentence.end) } : undefined;
}

/** A sentence of an article a commentary quotes is grounded in that article (quoted-article.ts), quoting its heading. */
function quotedGrounds(ctx: SentenceContext): { norms: Norm[]; quote: Evidence } | undefined {
  const q = quotedArticle(ctx) ?? commentedArticle(ctx);
  return q && q.heading !== ctx ? { norms: [q.norm], quote: evidence(ctx.doc, q.heading.sentence.start, q.heading.sentence.end) } : undefined;
}
