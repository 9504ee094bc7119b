// Which bodies a principle governs, as the text states it: "Служба в органах прокуратуры основана на
// принципах законности, независимости …", "Прокуратура осуществляет свою деятельность на основе принципов:
// 1) законности; …", "прокурор должен учитывать независимость судей …, презумпцию невиновности",
// "принцип демократизма во взаимодействии … с органами судебной власти".
// (Where a principle is laid down is ESTABLISHES, from the norm: see rules.ts.)
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
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
  const item = /^\s*\d+\)\s*/u.exec(ctx.text);
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

export const governs: Rule = (ctx: SentenceContext) => {
  if (!concepts(ctx, "Principle").length || !concepts(ctx, "Body").length && !ctx.lead) return [];
  const all = concepts(ctx);
  const leadIn = ctx.lead ? leadInCues(ctx) : undefined;
  if (!CUE.test(ctx.text) && !leadIn) return [];
  const principles = listed(ctx, concepts(ctx, "Principle").filter((p) => !nested(p, all)), leadIn);
  if (!principles.length) return [];
  const holder = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "") && !nested(b, all);
  const bodies = concepts(ctx, "Body").filter(holder);
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
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
