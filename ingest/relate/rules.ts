// Relation rules over one sentence. Each rule is a small named function: SentenceContext → edges.
// Every edge carries the sentence (or the part of it around the mentions) as its evidence.
import type { EdgeType, GraphEdge } from "../../graph/schema.js";
import { conceptEntry } from "../find/concepts.js";
import type { ConceptMention } from "../types.js";
import { concepts, cueAt, evidence, normsOf, subjectBefore, type SentenceContext } from "./context.js";
import { edge, family, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
import { interacts, procedural } from "./interaction.js";
import { governs } from "./principles.js";


const REGULATING = /регулир|регламентир|закрепл|определя|устанавлива|установлен|предусм|гаранти|возлага|предписыва|наделя|соответствии с|согласно|на основании|основ[аеуы]|содерж|заложен|гласящ|норм/iu;

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

/**
 * A power in the sentence belongs to the body that exercises it: the nearest body before it, else after it,
 * among the bodies that can hold such a power (a court does not bring a protest).
 */
export const hasPower: Rule = (ctx) => {
  const out: GraphEdge[] = [];
  const powers = concepts(ctx, "Power");
  if (!powers.length || (!concepts(ctx, "Body").length && !ctx.lead)) return out;
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

/** "X … подотчетна лишь Президенту", "Генеральный Прокурор отчитывается перед Президентом". */
export const accountable: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length) return [];
  const cue = cueAt(ctx, /подотчет(?:ен|н)\p{L}*|подконтрол(?:ен|ьн)\p{L}*|(?<![\p{L}])отчитыва\p{L}*\s+(?:\p{L}+\s+){0,2}?перед/iu);
  if (!cue) return [];
  const bodies = concepts(ctx, "Body");
  // "отчитывается перед Президентом": the body right after the cue
  const target = bodies.find((b) => b.start > cue.index && (!/перед$/iu.test(cue.match[0]) || b.start - (cue.index + cue.match[0].length) < 3));
  const source = subjectBefore(ctx, cue.index, (b) => family(b) === "prosecution") ?? subjectBefore(ctx, cue.index);
  if (!target || !source || idOf(source) === idOf(target)) return [];
  return [edge(ctx, "ACCOUNTABLE_TO", idOf(source), idOf(target), [source.start, target.end])];
};

/** "X, который назначается Президентом … с согласия Сената", "Он назначается …", "Президент назначает X",
 * "X избирается Сенатом по представлению Президента" (an election is an appointment by that body). */
export const appoints: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length) return [];
  const cue = cueAt(ctx, /(?<![\p{L}])(?:назнача(?:ется|ются)|назначен(?:а|ы)?(?![\p{L}])|назначает|избира(?:ется|ются)|избран(?:а|ы)?(?![\p{L}])|избирает)/iu);
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
  if (/(?:назначает|избирает)$/iu.test(cue.match[0])) {
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

const MEMBER = /(?<![\p{L}])являет\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:подразделени|част|звен|орган)\p{L}*\s+(?:в\s+)?(?:систем\p{L}*\s+)?(?:органов\s+)?/iu;

/**
 * "Систему органов X составляют A, B …", "A, B … образуют систему X", "A входит в систему X",
 * "A является структурным подразделением X", "A является высшим органом в системе органов X".
 */
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
    whole = bodies.find((b) => b.end > at && b.end <= verbAt); // "систему органов прокуратуры", "Судебную систему"
    parts = bodies.filter((b) => b.start >= verbAt);
  } else if (backward || entry) {
    const m = (backward ?? entry)!;
    const at = ctx.sentence.start + m.index + m[0].length;
    whole = bodies.find((b) => b.end > at); // "входят в систему органов прокуратуры"
    parts = bodies.filter((b) => b.end <= ctx.sentence.start + m.index);
  }
  const member = MEMBER.exec(ctx.text);
  if (!whole && member) {
    // "Главная военная прокуратура является структурным подразделением Генеральной прокуратуры": the body
    // right after the noun is the whole, the subject is the part
    const at = ctx.sentence.start + member.index + member[0].length;
    whole = bodies.find((b) => b.end > at && b.start <= at + 2);
    const part = subjectBefore(ctx, ctx.sentence.start + member.index);
    parts = part ? [part] : [];
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

export const SENTENCE_RULES: Rule[] = [regulates, unitRegulates, hasPower, interacts, procedural, subordinate, accountable, appoints, composition, actHierarchy, governs];
