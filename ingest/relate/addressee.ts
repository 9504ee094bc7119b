// The addressee of an explanation: «Судам следует иметь в виду, что …», «Судам надлежит учитывать, что …» (the way a
// normative resolution of the Supreme Court opens a point). The courts are told how to read a norm; they are the
// point's concern (the unit REGULATES them), but neither a body the cited norm speaks of nor a court the prosecutor
// acts before in the clause after «что».
import type { ConceptMention } from "../types.js";
import type { SentenceContext } from "./context.js";

const LEAD =
  /^\s*(?:\d+(?:-\d+)?\.\s*)?(?:(?:Всем\s+)?[Сс]удам|[Сс]уду|[Сс]удьям)\s+(?:(?:\p{L}+\s+){0,3}?)(?:следует|надлежит|необходимо|нужно|должно)\s+(?:(?:\p{L}+\s+){0,2}?)(?:иметь\s+в\s+виду|учитывать|учесть|принимать\s+во\s+внимание|обращать\s+внимание\s+на\s+то|исходить\s+из\s+того)\s*,?\s*что(?![\p{L}])/u;

/** The end of the addressee lead-in of the sentence (after «что»), or -1. */
export function addresseeLeadEnd(ctx: SentenceContext): number {
  if (!/^\s*(?:\d+(?:-\d+)?\.\s*)?(?:Всем\s+)?[Сс]уд/u.test(ctx.text)) return -1;
  const m = LEAD.exec(ctx.text);
  return m ? ctx.sentence.start + m[0].length : -1;
}

/** Whether a mention lies in the addressee lead-in («Судам» of «Судам следует иметь в виду, что»). */
export function inAddresseeLead(ctx: SentenceContext, c: Pick<ConceptMention, "start">): boolean {
  const end = addresseeLeadEnd(ctx);
  return end >= 0 && c.start < end;
}
