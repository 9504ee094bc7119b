// What an order's units repeal, beyond «Признать утратившим силу приказ …» (relate/index.ts): the list of repealed
// acts approved as an appendix («Приложение 2 к приказу … Перечень утративших силу некоторых приказов …: 1. Приказ
// … № 60 «…».»): each act (or unit) an item opens with is repealed by the order the list is an appendix of. And the
// cues of amendment and repeal are read outside the titles of the acts named («Приказ … № 102 «О внесении изменений
// в приказ …»» in a list amends nothing).
import type { SentenceContext } from "./context.js";

const REPEAL_LIST_TITLE = /(?:утративш|утрачивающ)\p{L}*\s+силу/iu;
/** Right before the act an item of the list opens with: the item's number. */
const ITEM_START = /^\s*\d+(?:-\d+)?[.)]\s*$/u;

/** The sentence's text with the quoted titles of the acts it names blanked out (offsets kept). */
export function outsideTitles(ctx: SentenceContext): string {
  let out = ctx.text;
  for (const r of ctx.mentions) {
    if (r.mention.kind !== "act") continue;
    const from = r.mention.start - ctx.sentence.start, to = r.mention.end - ctx.sentence.start;
    const q = out.indexOf("«", from);
    if (q < 0 || q >= to) continue;
    out = out.slice(0, q) + " ".repeat(to - q) + out.slice(to);
  }
  return out;
}

/** For an item of a list of repealed acts: the order that repeals (the one the list is an appendix of). */
export function repealListOf(ctx: SentenceContext): string | undefined {
  const f = ctx.frame;
  return f?.parentActId && ctx.sentence.unitId && REPEAL_LIST_TITLE.test(f.title) ? f.parentActId : undefined;
}

/** Whether a norm opens the item it stands in («1. Приказ …», «2) пункт 3 приказа …»). */
export const opensItem = (ctx: SentenceContext, n: { start: number }) =>
  ITEM_START.test(ctx.doc.clean.text.slice(Math.max(ctx.sentence.start, n.start - 12), n.start)) || n.start === ctx.sentence.start;
