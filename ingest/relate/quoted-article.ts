// A commentary quotes the article it explains before the explanation: «Комментарий к статье 54 ГПК РК / Статья 54.
// Участие прокурора в гражданском процессе / 1. Прокурор в гражданском процессе представляет интересы государства. …
// / Комментарий. / 1. …». Outside an act, the sentences between such a heading (a bare article whose act the document
// named, resolve.ts) and the next «Комментарий» are that article's text: the article governs what they speak of, and
// grounds the interactions they state.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, evidence, type SentenceContext } from "./context.js";
import { edge, idOf, type Rule } from "./edge.js";
import type { Norm } from "./grounds.js";

/** «Статья 54. Участие прокурора …» as a heading of its own (a short sentence), or «Статья 83» alone. */
const HEADING = /^\s*Статья\s+\d+(?:-\d+)?(?:\.\s+\p{Lu}[^.;]{0,200}|\.?\s*)$/u;
/** Where the quote ends: the explanation («Комментарий.», «Комментарий к статье 54», «Постатейный комментарий»). */
const COMMENT = /^\s*(?:(?:Научно-практический|Постатейный)\s+)?Комментари\p{L}*(?![\p{L}])/iu;
/** Whether a document has a line that may head a quoted article, or speaks of «комментируемая статья», at all. */
const HEADING_ANYWHERE = /Статья\s+\d/u;
const COMMENTED_ANYWHERE = /комментируем/iu;
const seen = new WeakMap<object, Record<string, boolean>>();
/** (looked for once per document: most documents quote no article, and every sentence would look back for one) */
function docHas(ctx: SentenceContext, what: string, re: RegExp): boolean {
  let flags = seen.get(ctx.doc);
  if (!flags) seen.set(ctx.doc, (flags = {}));
  return (flags[what] ??= re.test(ctx.doc.clean.text));
}
/** How far back the heading may be (a quoted article has a few parts). */
const REACH = 30;

/** The article a sentence of a quoted article belongs to, with its heading; undefined elsewhere. */
export function quotedArticle(ctx: SentenceContext): { norm: Norm; heading: SentenceContext } | undefined {
  if (ctx.frame || !/^\s*(?:\d|\p{Lu})/u.test(ctx.text) || !docHas(ctx, "headings", HEADING_ANYWHERE)) return undefined;
  let p: SentenceContext | undefined = ctx;
  for (let k = 0; p && k < REACH; p = p.previous, k++) {
    if (COMMENT.test(p.text)) return undefined;
    if (!HEADING.test(p.text)) continue;
    const head = p;
    const r = head.mentions.find((x) => x.mention.kind === "citation" && x.mention.start - head.sentence.start < 4 && x.resolution.status === "resolved");
    if (!r || r.resolution.status !== "resolved") return undefined;
    return { norm: { id: r.resolution.ids[0], start: r.mention.start, end: r.mention.end }, heading: head };
  }
  return undefined;
}

/** «Комментарий к статье 54 ГПК» as the document's (or a section's) title. */
const COMMENT_TITLE = /^\s*(?:(?:Научно-практический|Постатейный)\s+)?Комментари\p{L}*\s+к\s+стать/iu;
/** The explanation speaks of the article it comments: «Комментируемая статья определяет …», «в комментируемой статье». */
const COMMENTED = /(?<![\p{L}])комментируем\p{L}*\s+(?:стать|норм)/iu;
/** How far back the article commented may be named (a commentary runs for pages). */
const COMMENT_REACH = 300;

/** The article a commentary's «комментируемая статья» is: the last quoted heading or «Комментарий к статье N …» title. */
export function commentedArticle(ctx: SentenceContext): { norm: Norm; heading: SentenceContext } | undefined {
  if (ctx.frame || !docHas(ctx, "commented", COMMENTED_ANYWHERE) || !COMMENTED.test(ctx.text) || ctx.mentions.some((r) => r.mention.kind === "citation")) return undefined;
  let p: SentenceContext | undefined = ctx.previous;
  for (let k = 0; p && k < COMMENT_REACH; p = p.previous, k++) {
    if (!HEADING.test(p.text) && !COMMENT_TITLE.test(p.text)) continue;
    const head = p;
    const r = head.mentions.find((x) => x.mention.kind === "citation" && x.resolution.status === "resolved");
    if (!r || r.resolution.status !== "resolved") return undefined;
    return { norm: { id: r.resolution.ids[0], start: r.mention.start, end: r.mention.end }, heading: head };
  }
  return undefined;
}

/** The quoted article governs what its sentences (and its heading) speak of; so does the article commented. */
export const quotedArticleRegulates: Rule = (ctx) => {
  const q = quotedArticle(ctx) ?? commentedArticle(ctx);
  if (!q) return [];
  const out: GraphEdge[] = [];
  for (const c of concepts(ctx)) {
    if (c.start < q.norm.end && c.end > q.norm.start) continue;
    const e = edge(ctx, c.type === "Principle" ? "ESTABLISHES" : "REGULATES", q.norm.id, idOf(c), [c.start, c.end]);
    if (q.heading !== ctx) e.evidence.unshift(evidence(ctx.doc, q.heading.sentence.start, q.heading.sentence.end));
    out.push(e);
  }
  return out;
};
