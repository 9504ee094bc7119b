// Relation rules over one sentence. Each rule is a small named function: SentenceContext → edges.
// Every edge carries the sentence (or the part of it around the mentions) as its evidence.
import { conceptId, edgeId, type EdgeType, type GraphEdge } from "../../graph/schema.js";
import { conceptEntry } from "../find/concepts.js";
import { familyOf } from "../find/vocabulary.js";
import type { ConceptMention } from "../types.js";
import { concepts, cueAt, evidence, normsOf, subjectBefore, type SentenceContext } from "./context.js";

export type Rule = (ctx: SentenceContext) => GraphEdge[];

const idOf = (m: ConceptMention) => conceptId(m.type, m.key);

function edge(ctx: SentenceContext, type: EdgeType, source: string, target: string, focus: [number, number], props: Record<string, unknown> = {}, qualifier?: string): GraphEdge {
  const s = ctx.sentence;
  return { id: edgeId(type, source, target, qualifier), type, source, target, props, evidence: [evidence(ctx.doc, s.start, s.end, focus)] };
}

const family = (m: ConceptMention) => familyOf(m.key, m.bodyKind);

const REGULATING = /регулир|регламентир|закрепл|определя|устанавлива|предусм|гаранти|возлага|предписыва|наделя|соответствии с|согласно|на основании|основ[аеуы]|содерж|заложен|гласящ|норм/iu;

/** A norm named in the sentence governs the bodies and powers, and lays down the principles, it speaks of. */
export const regulates: Rule = (ctx) => {
  // an act speaking of itself ("на основе Конституции" in the Constitution) is its units' business
  const norms = normsOf(ctx).filter((n) => n.id !== ctx.frame?.id);
  if (!norms.length || !REGULATING.test(ctx.text)) return [];
  const out: GraphEdge[] = [];
  for (const n of norms)
    for (const c of concepts(ctx)) {
      if (c.start >= n.start && c.end <= n.end) continue; // a body named inside the act's own title
      const type: EdgeType = c.type === "Principle" ? "ESTABLISHES" : "REGULATES";
      out.push(edge(ctx, type, n.id, idOf(c), [Math.min(n.start, c.start), Math.max(n.end, c.end)]));
    }
  return out;
};

/** Inside an act, the unit a sentence belongs to governs what the sentence speaks of. */
export const unitRegulates: Rule = (ctx) => {
  const unit = ctx.sentence.unitId ?? (ctx.frame && ctx.sentence.start >= ctx.frame.headEnd ? ctx.frame.id : undefined);
  if (!unit) return [];
  return concepts(ctx).map((c) => edge(ctx, c.type === "Principle" ? "ESTABLISHES" : "REGULATES", unit, idOf(c), [c.start, c.end]));
};

const HOLDER_KINDS = new Set(["prosecution", "court", "official", "head_of_state", "legislature", "executive"]);

/**
 * A power in the sentence belongs to the body that exercises it: the nearest body before it, else after it,
 * among the bodies that can hold such a power (a court does not bring a protest).
 */
export const hasPower: Rule = (ctx) => {
  const out: GraphEdge[] = [];
  const powers = concepts(ctx, "Power");
  if (!powers.length || !concepts(ctx, "Body").length) return out;
  for (const p of powers) {
    const holders = conceptEntry(p.key)?.holders;
    const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? "") && (!holders || holders.includes(family(b))));
    const between = (a: number, b: number) => ctx.doc.clean.text.slice(a, b);
    const after = bodies.find((b) => b.start >= p.end && /облада|принадлеж|наделя|отнесен|относ/iu.test(between(p.end, b.start)));
    const before = [...bodies].reverse().find((b) => b.end <= p.start && p.start - b.end < 250);
    const lead = ctx.lead && HOLDER_KINDS.has(ctx.lead.bodyKind ?? "") && (!holders || holders.includes(family(ctx.lead))) ? ctx.lead : undefined;
    const holder = after ?? before ?? lead ?? bodies.find((b) => b.start >= p.end && b.start - p.end < 120);
    if (holder) out.push(edge(ctx, "HAS_POWER", idOf(holder), idOf(p), [Math.min(holder.start, p.start), Math.max(holder.end, p.end)]));
  }
  return out;
};

const INTERACTION = /(?<![\p{L}])(?:(?:во\s+)?взаимодейств\p{L}*|сотруднич\p{L}*|взаимоотношени\p{L}*|взаимоконтрол\p{L}*|взаимн\p{L}* контрол\p{L}*|совместн\p{L}* (?:приказ|распоряжен|постановлен)\p{L}*)/giu;
const PARTICIPATION = /(?<![\p{L}])(?:присутствова\p{L}*|участвова\p{L}*|участву\p{L}*|выслуша\p{L}*)\s+(?:(?:[\p{L},]+\s+){0,6}?)(?:на|в)\s+(?:\p{L}+\s+){0,6}?(?:заседани|рассмотрени|судопроизводств)\p{L}*/giu;

const FORMS: [RegExp, string][] = [
  [/информационн\p{L}* взаимодейств/iu, "информационное взаимодействие"],
  [/участ\p{L}* (?:прокурор\p{L}* )?в (?:гражданском |уголовном |административном )?судопроизводств/iu, "участие прокурора в судопроизводстве"],
  [/участ\p{L}* (?:прокурор\p{L}* )?в рассмотрении/iu, "участие прокурора в рассмотрении дел"],
  [/присутствова|заседани/iu, "участие в заседаниях"],
  [/семинар|совещан/iu, "совместные семинары-совещания"],
  [/взаимн\p{L}* контрол|взаимоконтрол/iu, "взаимный контроль"],
  [/сотруднич/iu, "сотрудничество"],
  [/совместн\p{L}* (?:приказ|распоряжен|постановлен)/iu, "совместные акты"],
];

export function interactionForm(text: string): string {
  return FORMS.find(([re]) => re.test(text))?.[1] ?? "взаимодействие";
}

/** The end of the clause that starts at `from`: a comma, semicolon or full stop outside quotes. */
function clauseEnd(text: string, from: number, limit: number, through: RegExp): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "«") depth++;
    else if (c === "»") { if (depth === 0) return i; depth--; }
    else if (depth === 0 && through.test(c)) return i;
  }
  return limit;
}

/**
 * Interaction as the text states it: "взаимодействие суда и прокуратуры", "взаимодействия между Верховным Судом
 * и Генеральной прокуратурой", "прокурор … во взаимодействии с судом", "совместные распоряжения Верховного Суда и
 * Генеральной прокуратуры", "Генеральный Прокурор … имеют право присутствовать на заседаниях Сената".
 * One edge per pair and form; the basis is the act that names the interaction, else the norms of the sentence.
 */
export const interacts: Rule = (ctx) => {
  const bodies = concepts(ctx, "Body");
  if (bodies.length < 2) return [];
  const text = ctx.doc.clean.text;
  const norms = normsOf(ctx);
  const out: GraphEdge[] = [];
  const s = ctx.sentence;
  const pair = (a: ConceptMention, b: ConceptMention, cueStart: number, cueEnd: number, windowText: string) => {
    if (family(a) === family(b) || idOf(a) === idOf(b)) return;
    const [x, y] = idOf(a) < idOf(b) ? [a, b] : [b, a];
    const form = interactionForm(windowText);
    const inside = norms.filter((n) => n.start <= cueStart && cueEnd <= n.end);
    const basis = [...new Set((inside.length ? inside : norms).map((n) => n.id))];
    if (s.unitId) basis.push(s.unitId);
    out.push(edge(ctx, "INTERACTS_WITH", idOf(x), idOf(y), [Math.min(a.start, b.start, cueStart), Math.max(a.end, b.end, cueEnd)], { form, basis }, form));
  };
  for (const m of ctx.text.matchAll(INTERACTION)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const joint = /^совместн/iu.test(m[0]);
    const stop = clauseEnd(text, ce, Math.min(s.end, ce + (joint ? 400 : 140)), joint ? /[;.«]/ : /[,;.:]/);
    const right = bodies.filter((b) => b.start >= ce && b.end <= stop);
    const window = text.slice(Math.max(s.start, cs - 40), stop);
    if (/^во\s|^взаимодейству/iu.test(m[0]) || (right.length === 1 && /^\s*с\s/u.test(text.slice(ce, right[0].start)))) {
      const subject = [...bodies].reverse().find((b) => b.end <= cs);
      if (subject && right[0]) pair(subject, right[0], cs, ce, window);
    }
    for (let i = 0; i < right.length; i++) for (let j = i + 1; j < right.length; j++) pair(right[i], right[j], cs, ce, window);
  }
  for (const m of ctx.text.matchAll(PARTICIPATION)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const stop = clauseEnd(text, ce, Math.min(s.end, ce + 120), /[,;.:]/);
    const host = bodies.find((b) => b.start >= ce - 30 && b.end <= stop);
    const lead = text.slice(s.start, cs).search(/(?:что|:)\s[^:]*$/u);
    const from = lead >= 0 ? s.start + lead : s.start;
    if (host) for (const b of bodies.filter((x) => x.start >= from && x.end <= cs)) pair(b, host, cs, ce, text.slice(cs, stop));
  }
  return out;
};

/** "X … подчиняется Y", "с подчинением нижестоящих прокуроров … Генеральному Прокурору". */
export const subordinate: Rule = (ctx) => {
  if (concepts(ctx, "Body").length < 2) return [];
  const cue = cueAt(ctx, /(?<![\p{L}])подчин(?:ени|яет|яют|ен)\p{L}*/iu);
  if (!cue || /не подчин|подчинени\p{L}* (?:их )?только (?:закону|Конституции)/iu.test(ctx.text)) return [];
  if (/^подчиненн/iu.test(cue.match[0])) {
    // "Генеральный Прокурор направляет подчиненным прокурорам": the attribute names the lower body
    const bodies = concepts(ctx, "Body");
    const lower = bodies.find((b) => b.start >= cue.index + cue.match[0].length && b.start - cue.index < 40);
    const higher = [...bodies].reverse().find((b) => b.end <= cue.index);
    return lower && higher && idOf(lower) !== idOf(higher) ? [edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(higher), [higher.start, lower.end])] : [];
  }
  const bodies = concepts(ctx, "Body");
  const after = bodies.filter((b) => b.start > cue.index);
  const before = bodies.filter((b) => b.end <= cue.index);
  const out: GraphEdge[] = [];
  if (/^подчинени/iu.test(cue.match[0])) {
    // "с подчинением нижестоящих прокуроров вышестоящим и Генеральному Прокурору": the first body after the
    // noun is the lower one, the others are what it is subordinate to
    const [lower, ...higher] = after;
    for (const h of higher) if (idOf(h) !== idOf(lower)) out.push(edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(h), [lower.start, h.end]));
  } else if (before.length && after.length) {
    const lower = before[before.length - 1];
    out.push(edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(after[0]), [lower.start, after[0].end]));
  }
  return out;
};

/** "X … подотчетна лишь Президенту". */
export const accountable: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length) return [];
  const cue = cueAt(ctx, /подотчет(?:ен|н)\p{L}*|подконтрол(?:ен|ьн)\p{L}*/iu);
  if (!cue) return [];
  const bodies = concepts(ctx, "Body");
  const target = bodies.find((b) => b.start > cue.index);
  const source = subjectBefore(ctx, cue.index, (b) => b.bodyKind === "prosecution") ?? subjectBefore(ctx, cue.index);
  if (!target || !source || idOf(source) === idOf(target)) return [];
  return [edge(ctx, "ACCOUNTABLE_TO", idOf(source), idOf(target), [source.start, target.end])];
};

/** "X, который назначается Президентом … с согласия Сената", "Он назначается …", "Президент назначает X". */
export const appoints: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length) return [];
  const cue = cueAt(ctx, /(?<![\p{L}])(?:назнача(?:ется|ются)|назначен(?:а|ы)?(?![\p{L}])|назначает)/iu);
  if (!cue) return [];
  const text = ctx.doc.clean.text;
  const bodies = concepts(ctx, "Body");
  const gap = (a: number, b: number) => text.slice(a, b);
  const cueEnd = cue.index + cue.match[0].length;
  const after = bodies.filter((b) => b.start >= cueEnd);
  const consent = after.find((b) => /с согласия\s*$/iu.test(gap(Math.max(0, b.start - 20), b.start)));
  const nominator = after.find((b) => /по представлению\s*$/iu.test(gap(Math.max(0, b.start - 20), b.start)));
  const next = after.find((b) => b !== consent && b !== nominator && /^\s*(?:на должность\s+)?$/iu.test(gap(cueEnd, b.start)));
  const prev = [...bodies].reverse().find((b) => b.end <= cue.index);
  let appointee: ConceptMention | undefined, appointer: ConceptMention | undefined;
  if (/назначает$/iu.test(cue.match[0])) {
    appointer = subjectBefore(ctx, cue.index);
    appointee = next ?? after.find((b) => b !== consent && b !== nominator && /^\s*(?:на должност\p{L}*\s+)?(?:и освобождает от должност\p{L}*\s+)?(?:с согласия\s+\S+(?:\s+\S+)?\s+)?$/iu.test(gap(cueEnd, b.start)));
  } else {
    appointer = next;
    if (/^\s*(Он|Она|Они)\s+(?:\p{L}+\s+)?$/u.test(gap(ctx.sentence.start, cue.index))) appointee = ctx.previous && concepts(ctx.previous, "Body")[0];
    else if (prev && /^[\s,]*(?:который|которая|которые)?\s*$/u.test(gap(prev.end, cue.index))) appointee = prev;
  }
  if (!appointee || !appointer || idOf(appointee) === idOf(appointer)) return [];
  const props: Record<string, unknown> = {};
  if (consent) props.consentOf = idOf(consent);
  if (nominator) props.nominatedBy = idOf(nominator);
  const e = edge(ctx, "APPOINTS", idOf(appointer), idOf(appointee), [Math.min(appointer.start, cue.index), Math.max(appointer.end, cue.index)], props);
  if (pronounSentence(ctx) && ctx.previous) e.evidence.unshift(evidence(ctx.doc, ctx.previous.sentence.start, ctx.previous.sentence.end));
  return [e];
};

const pronounSentence = (ctx: SentenceContext) => /^\s*(Он|Она|Они)\s/u.test(ctx.text);

/** "Систему органов X составляют A, B …", "A, B … образуют систему X", "A входит в систему X". */
export const composition: Rule = (ctx) => {
  const bodies = concepts(ctx, "Body");
  if (bodies.length < 2) return [];
  const out: GraphEdge[] = [];
  const forward = /систем\p{L}* (?:органов )?([^,]{0,80}?)\s+(?:составляют|образуют|входят)/iu.exec(ctx.text);
  const backward = /(?:составляют|образуют)\s+(?:единую\s+)?систем\p{L}*\s+(?:органов\s+)?/iu.exec(ctx.text);
  const entry = /(?:входит|входят)\s+в\s+(?:систему|состав)\s+(?:органов\s+)?/iu.exec(ctx.text);
  let whole: ConceptMention | undefined, parts: ConceptMention[] = [];
  if (forward) {
    const at = ctx.sentence.start + forward.index;
    const verbAt = at + forward[0].length;
    whole = bodies.find((b) => b.start >= at && b.end <= verbAt);
    parts = bodies.filter((b) => b.start >= verbAt);
  } else if (backward || entry) {
    const m = (backward ?? entry)!;
    const at = ctx.sentence.start + m.index + m[0].length;
    whole = bodies.find((b) => b.start >= at);
    parts = bodies.filter((b) => b.end <= ctx.sentence.start + m.index);
  }
  if (!whole) return out;
  for (const p of parts) if (idOf(p) !== idOf(whole!)) out.push(edge(ctx, "PART_OF", idOf(p), idOf(whole), [p.start, p.end]));
  // the head of a centralised system: the other members are subordinate to the first one named
  const members = parts.filter((p) => p.bodyKind === "prosecution" && idOf(p) !== idOf(whole!));
  if (members.length > 1 && /генеральн|главн/iu.test(members[0].key) && /единую|централизован|подчин/iu.test(ctx.doc.clean.text)) {
    for (const m of members.slice(1))
      if (idOf(m) !== idOf(members[0])) out.push(edge(ctx, "SUBORDINATE_TO", idOf(m), idOf(members[0]), [members[0].start, m.end], { inferredFrom: "composition" }));
  }
  return out;
};

/** "В развитие конституционных норм … регулируются … Законом …": the acts named are subordinate to the Constitution. */
export const actHierarchy: Rule = (ctx) => {
  if (ctx.mentions.length === 0 || !/в развитие (?:конституционн|Конституци)|на основе Конституции|в соответствии с Конституцией,? (?:приняты|принят)/iu.test(ctx.text)) return [];
  return normsOf(ctx)
    .filter((n) => n.id.startsWith("act:") && !n.id.includes("#") && n.id !== "act:конституция")
    .map((n) => edge(ctx, "SUBORDINATE_TO", n.id, "act:конституция", [n.start, n.end]));
};

export const SENTENCE_RULES: Rule[] = [regulates, unitRegulates, hasPower, interacts, subordinate, accountable, appoints, composition, actHierarchy];
