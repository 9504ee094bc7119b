// Which bodies a principle governs, as the text states it: "Служба в органах прокуратуры основана на
// принципах законности, независимости …", "Прокуратура осуществляет свою деятельность на основе принципов:
// 1) законности; …", "прокурор должен учитывать независимость судей …, презумпцию невиновности",
// "принцип демократизма во взаимодействии … с органами судебной власти".
// (Where a principle is laid down is ESTABLISHES, from the norm: see rules.ts.)
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention, Unit } from "../types.js";
import { conceptId } from "../../graph/schema.js";
import { conceptEntry } from "../find/concepts.js";
import { concepts, evidence, findLast, joinedWith, listLeadIn, subjectBefore, type SentenceContext } from "./context.js";
import { edge, HOLDER_KINDS, idOf, type Rule } from "./edge.js";

/** Words that tie principles to the activity of a body. */
const CUE = /принцип|(?:основ\p{L}*|стро(?:ит|ят)\p{L}*|базиру\p{L}*) на|на основе|учитыва|соблюда|руководству/iu;
const INTERACTION = /^\s*(?:во?\s+)?(?:взаимодейств|взаимоотношени|сотрудничеств)\p{L}*/iu;
/** Before the first party of an interaction ("Взаимодействие органов прокуратуры и судов", "между …"). */
const OF_INTERACTION = /(?:взаимодейств|взаимоотношени|сотрудничеств)\p{L}*\s+(?:между\s+)?$/iu;
/** A principle named as the subject: "Законность является основным принципом взаимодействия …". */
const PREDICATE = /^\s*(?:[–—-]\s*)?(?:является|являются|выступает|выступают)\s+(?:\p{L}+\s+){0,2}?принцип\p{L}*/iu;

/** A mention inside another concept's span ("судей" in "независимость судей") names it, not a party. */
function nested(m: ConceptMention, all: ConceptMention[]): boolean {
  return all.some((c) => c !== m && c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start);
}

const CUES = new RegExp(CUE.source, "giu");
/** Words that may stand between the cue and the principles it lists ("принципами законности, равенства …"). */
const FILLER = /[\s,;:«»"()]+|(?<![\p{L}])(?:и|а также|также|их)(?![\p{L}])/giu;

/**
 * The principles a cue introduces: the first one right after the cue ("основана на принципах законности"),
 * and each one that follows the previous in the same list ("…, независимости и …"). A principle the cue does
 * not introduce ("организуется по зонально-предметному принципу для прогнозирования состояния законности")
 * is left out.
 */
function listed(ctx: SentenceContext, principles: ConceptMention[], leadIn: SentenceContext | undefined): ConceptMention[] {
  const text = ctx.doc.clean.text;
  const cueEnds = [...ctx.text.matchAll(CUES)].map((m) => ctx.sentence.start + m.index! + m[0].length);
  // an item of a list whose lead-in is the cue ("… на основе принципов: 1) законности; 2) …")
  const item = /^\s*(?:\d+\)|\p{Ll}\)|[-–—•])\s*/u.exec(ctx.text);
  if (item && leadIn) cueEnds.push(ctx.sentence.start + item[0].length);
  const out: ConceptMention[] = [];
  let prevEnd = -1;
  for (const p of principles) {
    // "принципом ее разделения", "Законность является принципом …"
    if (/^принцип/iu.test(p.text) || PREDICATE.test(text.slice(p.end, p.end + 80))) { out.push(p); prevEnd = p.end; continue; }
    const from = Math.max(prevEnd, ...cueEnds.filter((e) => e <= p.start));
    if (from < 0) continue;
    const gap = text.slice(from, p.start).replace(FILLER, "");
    // a cue word's own ending ("принцип|ах", "учитыва|ть") is part of the gap
    if (gap.length <= 12) { out.push(p); prevEnd = p.end; }
  }
  return out;
}

/** The lead-in of the list the sentence is an item of ("…на основе принципов: 1) …; 2) …"), where it has a cue. */
function leadInCues(ctx: SentenceContext): SentenceContext | undefined {
  const lead = listLeadIn(ctx, 80);
  return lead && CUE.test(lead.text) ? lead : undefined;
}

const ITEM = /^\s*\d+\)/u;
const ARTICLE_HEADING = /^\s*Статья\s+\d+(?:-\d+)?\.\s+\S/u;

/**
 * For an item of a list right under the heading of an article on principles («Статья 3. Принципы деятельности
 * прокуратуры» 1) законность; 2) …), that heading.
 */
function headingLeadIn(ctx: SentenceContext): SentenceContext | undefined {
  if (!ITEM.test(ctx.text)) return undefined;
  let p = ctx.previous;
  for (let k = 0; p && k < 80 && ITEM.test(p.text); k++) p = p.previous;
  return p && ARTICLE_HEADING.test(p.text) && /принцип/iu.test(p.text) ? p : undefined;
}

/** The sentence heading a list of principles no body leads: «Статья 3. Принципы …», «Правосудие осуществляется на
 * основе следующих принципов:». */
function listHead(ctx: SentenceContext): SentenceContext | undefined {
  const lead = listLeadIn(ctx, 80);
  // a lead-in that opens with the principles names whose they are, like a heading: «Принципами взаимодействия
  // прокуратуры и суда являются:», «К основным принципам … относятся:»
  // (or with the interaction they govern: «Взаимодействие прокуратуры и суда основывается на следующих принципах:»)
  if (ctx.lead) return lead && CUE.test(lead.text) && /^\s*(?:к\s+)?(?:\p{L}+\s+){0,2}?(?:принцип|взаимодейств|взаимоотношени|сотрудничеств)/iu.test(lead.text) ? lead : undefined;
  return lead ? (CUE.test(lead.text) ? lead : undefined) : headingLeadIn(ctx);
}

/** A branch's generic body, for an activity only that branch carries on («правосудие»: the courts). */
const BRANCH_BODY: Record<string, string> = { court: "суд", prosecution: "прокуратура" };

/** The bodies a list's head names; where it names none, the branch of the activity it names. */
function headParties(head: SentenceContext): { ids: string[]; first?: ConceptMention } {
  const named = concepts(head, "Body");
  if (named.length) return { ids: [named[0], ...joinedWith(head.doc.clean.text, named, named[0])].map(idOf), first: named[0] };
  const holders = concepts(head, "Power").map((p) => conceptEntry(p.key)?.holders ?? []).find((h) => h.length === 1 && BRANCH_BODY[h[0]]);
  return { ids: holders ? [conceptId("Body", BRANCH_BODY[holders[0]])] : [] };
}

/** The unit of an act frame with this id. */
function unitById(ctx: SentenceContext, id: string): Unit | undefined {
  const stack = ctx.doc.acts.flatMap((f) => f.units);
  for (let u = stack.pop(); u; u = stack.pop()) {
    if (u.id === id) return u;
    stack.push(...u.children);
  }
  return undefined;
}

/**
 * «Глава 2. Принципы деятельности прокуратуры» … «Статья 5. Законность»: for the heading of an article named by a
 * principle, the heading of the chapter on principles it stands in.
 */
function chapterHead(ctx: SentenceContext): SentenceContext | undefined {
  if (!ctx.sentence.unitId || !ARTICLE_HEADING.test(ctx.text)) return undefined;
  const article = unitById(ctx, ctx.sentence.unitId);
  const chapter = article?.parentId ? unitById(ctx, article.parentId) : undefined;
  if (!chapter || article!.start !== ctx.sentence.start && ctx.doc.clean.text.slice(article!.start, ctx.sentence.start).trim()) return undefined;
  let p = ctx.previous;
  for (let k = 0; p && k < 400 && p.sentence.start > chapter.start; k++) p = p.previous;
  return p && p.sentence.start === chapter.start && /принцип/iu.test(p.text) ? p : undefined;
}

export const governs: Rule = (ctx: SentenceContext) => {
  if (!concepts(ctx, "Principle").length) return [];
  const chapter = chapterHead(ctx);
  if (chapter) {
    const { ids } = headParties(chapter);
    const out = concepts(ctx, "Principle").flatMap((p) => ids.map((id) => edge(ctx, "GOVERNS", idOf(p), id, [p.start, p.end])));
    for (const e of out) e.evidence.unshift(evidence(ctx.doc, chapter.sentence.start, chapter.sentence.end));
    return out;
  }
  const heading = listHead(ctx);
  if (!concepts(ctx, "Body").length && !ctx.lead && !heading) return [];
  const all = concepts(ctx);
  const leadIn = ctx.lead ? leadInCues(ctx) : heading;
  if (!CUE.test(ctx.text) && !leadIn) return [];
  const principles = listed(ctx, concepts(ctx, "Principle").filter((p) => !nested(p, all)), leadIn);
  if (!principles.length) return [];
  const holder = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "") && !nested(b, all);
  const bodies = concepts(ctx, "Body").filter(holder);
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  if (heading) {
    // the bodies the heading names («Принципы взаимодействия органов прокуратуры и судов»: both, of an interaction;
    // of any kind: «Принципы деятельности Высшего Судебного Совета»), else the branch of the activity it names
    const { ids, first } = headParties(heading);
    const props = first && OF_INTERACTION.test(text.slice(Math.max(heading.sentence.start, first.start - 30), first.start)) ? { interaction: true } : {};
    for (const p of principles) for (const id of ids) out.push(edge(ctx, "GOVERNS", idOf(p), id, [p.start, p.end], props));
  }
  for (const p of principles) {
    // the body whose activity the principle governs: named before it, else the lead-in of the list it stands
    // in, else right after it ("принцип законности в деятельности прокуратуры")
    // (a cue between the two: "прокурор должен учитывать независимость судей", not "указов Президента … законности")
    const tied = (b: ConceptMention) => holder(b) && CUE.test(text.slice(b.end, p.start));
    const before = subjectBefore(ctx, p.start, tied);
    const pred = PREDICATE.exec(text.slice(p.end, p.end + 80));
    const tail = p.end + (pred ? pred[0].length : 0); // what the principle is of: after "является принципом"
    const body = before ?? (pred || /принцип\p{L}*\s*$/iu.test(text.slice(Math.max(0, p.start - 30), p.start)) ? bodies.find((b) => b.start >= tail && b.start - tail < 60) : undefined);
    // a principle of interaction ("принцип демократизма во взаимодействии … с органами судебной власти")
    // also governs the bodies it names as the other parties
    const after = text.slice(tail, Math.min(ctx.sentence.end, tail + 200));
    const cue = INTERACTION.exec(after);
    const stop = tail + (/[.;]/.exec(after)?.index ?? after.length);
    const parties = cue ? bodies.filter((b) => b.start >= tail + cue[0].length && b.end <= stop && idOf(b) !== (body && idOf(body))) : [];
    // bodies joined with the one found ("Прокуратура и суды осуществляют … на основе принципов …"); after
    // "взаимодействие" they are the parties of an interaction ("Взаимодействие органов прокуратуры и судов
    // осуществляется на основе принципов …")
    // "Взаимоотношения прокуратуры с судом основаны на принципе …": the body before «с» is the other party
    const withParty = body && findLast(bodies, (b) => b.end <= body.start && /^\s+со?\s+$/u.test(text.slice(b.end, body.start)) && OF_INTERACTION.test(text.slice(Math.max(ctx.sentence.start, b.start - 30), b.start)));
    const joined = withParty ? [withParty] : body ? joinedWith(text, bodies, body) : [];
    const first = Math.min(...joined.map((b) => b.start), body?.start ?? 0);
    const ofInteraction = joined.length > 0 && OF_INTERACTION.test(text.slice(Math.max(ctx.sentence.start, first - 30), first));
    const props = cue || ofInteraction ? { interaction: true } : {};
    for (const b of joined) out.push(edge(ctx, "GOVERNS", idOf(p), idOf(b), [Math.min(p.start, b.start), Math.max(p.end, b.end)], props));
    if (body) out.push(edge(ctx, "GOVERNS", idOf(p), idOf(body), [Math.min(p.start, body.start), Math.max(p.end, body.end)], props));
    for (const b of parties) out.push(edge(ctx, "GOVERNS", idOf(p), idOf(b), [p.start, b.end], props));
  }
  // an item's quote alone ("1) законности;") does not say what it is: the lead-in comes first
  if (leadIn) for (const e of out) e.evidence.unshift(evidence(ctx.doc, leadIn.sentence.start, leadIn.sentence.end));
  return out;
};
