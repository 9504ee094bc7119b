// Interaction between bodies, as the text states it: named outright ("взаимодействие суда и прокуратуры",
// "совместные распоряжения …", "участвовать в заседаниях Сената"), or as a procedural act one body addresses
// to another ("прокурор обращается в суд с иском", "суды рассматривают протесты прокурора").
// One edge per pair and form; its basis is the act that names the interaction, else the norms of the sentence.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, evidence, findLast, joinedWith, listLeadIn, partyBodies, subjectBefore, type SentenceContext } from "./context.js";
import { edge, family, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
import { groundingNorms, paragraphGrounds } from "./grounds.js";
import { copiesSent } from "./court-copies.js";
import { objectFirstClauses } from "./object-first.js";
import { inLocative, inTopic, nominativeSubject, objectCourt, ownerOfMotion, pastAdjectiveCommas, pronounAddressee, REVIEWED, SENDING_VERB } from "./grammar-case.js";
import { cue, hasAny } from "./cues.js";
import { ADDRESSING, FORMS, INSTRUMENTAL, interactionForm, MAY_ADDRESS, PROCEDURE_FORMS, procedureForm } from "./interaction-forms.js";

export { FORMS, interactionForm, PROCEDURE_FORMS } from "./interaction-forms.js";

const INTERACTION = /(?<![\p{L}])(?:(?:во\s+)?взаимодейств\p{L}*|сотруднич\p{L}*|взаимоотношени\p{L}*|взаимоконтрол\p{L}*|взаимн\p{L}* контрол\p{L}*|совместн\p{L}* (?:приказ|распоряжен|постановлен|совещани|заседани|семинар|проверк|мероприяти|рабоч\p{L}* групп|план|обобщени|анализ|изучени)\p{L}*|совместно(?![\p{L}])|совместн\p{L}*(?=\s+со?\s)|обмен\p{L}* (?:\p{L}+ )?информаци\p{L}*|информационн\p{L}* обмен\p{L}*)/giu;
export const PARTICIPATION = /(?<![\p{L}])(?:присутствова\p{L}*|участвова\p{L}*|участву\p{L}*|выслуша\p{L}*|прин(?:има|ял|ять|яв)\p{L}*\s+участие)\s+(?:(?:[\p{L},]+\s+){0,6}?)(?:на|в)\s+(?:\p{L}+\s+){0,6}?(?:заседани|рассмотрени|судопроизводств|разбирательств)\p{L}*/giu;

/** A cheap first look for the words of INTERACTION and PARTICIPATION. */
const MAY_INTERACT = cue("взаим", "сотруднич", "совместн", "присутств", "участв", "участие", "выслуша", "обмен");


/** The end of the clause that starts at `from`: a comma, semicolon or full stop outside quotes. */
export function clauseEnd(text: string, from: number, limit: number, through: RegExp): number {
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
  const bodies = partyBodies(ctx);
  if (!twoFamilies(bodies) || !hasAny(ctx, MAY_INTERACT)) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  const s = ctx.sentence;
  // bodies named in an act's title interact only where the title says so ("«О прокуратуре» и «О судебной
  // системе и статусе судей»" after "взаимодействия" names two laws, not an interaction of their subjects)
  const titles = ctx.mentions.filter((r) => r.mention.kind === "act").map((r) => r.mention);
  const titled = (x: ConceptMention, cs: number) => titles.some((t) => t.start <= x.start && x.end <= t.end && !(t.start <= cs && cs < t.end));
  // (but the body whose plan it is acts by it: «Стратегический план Генеральной прокуратуры предполагает проведение
  // совместных с Верховным Судом семинаров»)
  const planOwner = (x: ConceptMention) => titles.some((t) => t.kind === "act" && t.ref.actKind === "plan" && t.start <= x.start && x.end <= t.end);
  const pair = (a: ConceptMention, b: ConceptMention, cueStart: number, cueEnd: number, windowText: string, owner = false) => {
    if ((titled(a, cueStart) && !owner) || titled(b, cueStart)) return;
    const e = interaction(ctx, a, b, [cueStart, cueEnd], interactionForm(windowText));
    if (e) out.push(e);
  };
  for (const m of ctx.text.matchAll(INTERACTION)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const joint = /^совместн/iu.test(m[0]);
    // "Генеральная прокуратура и Верховный Суд осуществляют обмен информацией": a mutual act of the bodies before it
    const mutual = joint || /^(?:взаимодейству|сотруднича|обмен|информационн)/iu.test(m[0]);
    const stop = clauseEnd(text, ce, Math.min(s.end, ce + (joint ? 400 : 140)), joint ? /[;.«]/ : /[,;.:]/);
    const right = bodies.filter((b) => b.start >= ce && b.end <= stop);
    const window = text.slice(Math.max(s.start, cs - 40), stop);
    // «Генеральная прокуратура совместно с Верховным Судом провела семинар для судей и прокуроров»: the partner right after
    // «с» (and the bodies joined to it) pairs with the subject; the bodies after them play other parts
    const partner = right.length > 1 && /^\s*со?\s+$/u.test(text.slice(ce, right[0].start)) && /^совместн\p{L}*$/iu.test(m[0]); // («совместно с …», «совместных с … семинаров»)
    if (/^во\s|^взаимодейству|^сотруднича/iu.test(m[0]) || partner || (right.length === 1 && /^\s*с\s/u.test(text.slice(ce, right[0].start)))) {
      const subject = subjectBefore(ctx, cs);
      if (subject && right[0]) for (const b of partner ? [right[0], ...joinedWith(text, right, right[0])] : [right[0]]) pair(subject, b, cs, ce, window, planOwner(subject));
    }
    if (!partner) for (let i = 0; i < right.length; i++) for (let j = i + 1; j < right.length; j++) pair(right[i], right[j], cs, ce, window);
    if (mutual && right.length < 2) {
      // "Верховный Суд и Генеральная прокуратура проводят совместные совещания", "Генеральная прокуратура и
      // Верховный Суд взаимодействуют в сфере …": the bodies of the clause before
      const from = Math.max(s.start, text.lastIndexOf(",", cs) + 1, text.lastIndexOf(";", cs) + 1);
      const left = bodies.filter((b) => b.start >= from && b.end <= cs);
      for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pair(left[i], left[j], cs, ce, text.slice(left[0].start, stop));
    }
  }
  for (const m of ctx.text.matchAll(PARTICIPATION)) {
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const stop = pastAdjectiveCommas(text, clauseEnd(text, ce, Math.min(s.end, ce + 120), /[,;.:]/), Math.min(s.end, ce + 120));
    // (a body inside the phrase «в судебном заседании» or after it, not the participant before the verb)
    const host = bodies.find((b) => b.start >= Math.max(cs, ce - 30) && b.end <= stop);
    const lead = text.slice(s.start, cs).search(/(?:что|:)\s[^:]*$/u);
    const from = lead >= 0 ? s.start + lead : s.start;
    if (host) for (const b of bodies.filter((x) => x.start >= from && x.end <= cs)) pair(b, host, cs, ce, text.slice(cs, stop));
  }
  return out;
};

export const FORMS_LEAD = /(?<![\p{L}])(?:форм|направлени)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:взаимодейств|сотрудничеств|взаимоотношени)\p{L}*/iu;

/** The lead-in of the list an item belongs to, where it names forms of interaction ("Формы взаимодействия …:"). */
function formsLead(ctx: SentenceContext): SentenceContext | undefined {
  const lead = listLeadIn(ctx, 30);
  return lead && FORMS_LEAD.test(lead.text) ? lead : undefined;
}

/**
 * "Формы взаимодействия прокуратуры и суда: 1) участие прокурора в рассмотрении дел; 2) опротестование …":
 * each item names a form of the interaction of the two bodies of the lead-in (quoted first).
 */
export const listedForms: Rule = (ctx) => {
  const lead = formsLead(ctx);
  if (!lead) return [];
  const bodies = concepts(lead, "Body");
  const a = bodies[0];
  const b = a && bodies.find((x) => family(x) !== family(a));
  if (!b) return [];
  const form = FORMS.find(([re]) => re.test(ctx.text))?.[1] ?? PROCEDURE_FORMS.find((f) => f.cue.test(ctx.text))?.form;
  const e = form && interaction(ctx, a, b, [ctx.sentence.start, ctx.sentence.end], form);
  if (!e) return [];
  e.evidence.unshift(evidence(ctx.doc, lead.sentence.start, lead.sentence.end));
  return [e];
};

/** Whether the bodies belong to two families at least (an interaction joins two; most sentences name one). */
function twoFamilies(bodies: ConceptMention[]): boolean {
  for (let i = 1; i < bodies.length; i++) if (family(bodies[i]) !== family(bodies[0])) return true;
  return false;
}

/**
 * An INTERACTS_WITH edge between two bodies of different families, grounded in the norms around the cue;
 * `directed`: a procedural act, from the body that acts (a) to the body it addresses (b); else the pair in id order.
 */
export function interaction(ctx: SentenceContext, a: ConceptMention, b: ConceptMention, cue: [number, number], form: string, directed = false): GraphEdge | undefined {
  if (family(a) === family(b) || idOf(a) === idOf(b)) return undefined;
  const [x, y] = directed || idOf(a) < idOf(b) ? [a, b] : [b, a];
  const norms = groundingNorms(ctx);
  const inside = norms.filter((n) => n.start <= cue[0] && cue[1] <= n.end);
  // a sentence naming no norm is grounded by the lead of its paragraph («В соответствии со статьей 54 ГПК …»)
  const lead = norms.length ? undefined : paragraphGrounds(ctx);
  const basis = [...new Set((inside.length ? inside : lead?.norms ?? norms).map((n) => n.id))];
  if (ctx.sentence.unitId && !basis.includes(ctx.sentence.unitId)) basis.push(ctx.sentence.unitId);
  const e = edge(ctx, "INTERACTS_WITH", idOf(x), idOf(y), [Math.min(a.start, b.start, cue[0]), Math.max(a.end, b.end, cue[1])], { form, basis }, form);
  if (lead) e.evidence.push(lead.quote);
  return e;
}


/**
 * "Прокурор вправе обратиться в суд с иском", "прокурор приносит протест на решение суда", "суды рассматривают
 * протесты прокурора", "представляет интересы государства в суде": the acting body (the nearest one named before
 * the verb) interacts with the body the act is addressed to (the first one named after the verb, in the same
 * clause). Two bodies of one family ("прокурор области вносит в Генеральную прокуратуру") are not an interaction.
 */
export const procedural: Rule = (ctx) => {
  // the actor may be the lead-in of the list the sentence is an item of ("Прокурор вправе: … 2) поддерживать
  // государственное обвинение в суде")
  const named = ctx.lead ? [ctx.lead, ...concepts(ctx, "Body")] : concepts(ctx, "Body");
  if (!twoFamilies(named) || !hasAny(ctx, MAY_ADDRESS)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (!bodies.length) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  // «Государственное обвинение в суде поддерживает прокурор»: the object first, the acting body after the verb
  const inverted = objectFirstClauses(ctx, bodies);
  for (const c of inverted) {
    const f = procedureForm(c.phrase);
    const e = f && (!f.party || family(c.actor) === f.party || family(c.addressed) === f.party) && interaction(ctx, c.actor, c.addressed, [c.start, c.actor.end], f.form, true);
    if (e) out.push(e);
  }
  for (const m of ctx.text.matchAll(ADDRESSING)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    if (inverted.some((c) => c.start <= cs && cs < c.verbEnd) || (/^направ/iu.test(m[0]) && copiesSent(ctx).some((c) => c.verbStart === cs))) continue;
    const stop = clauseEnd(text, ce, Math.min(ctx.sentence.end, ce + 100), /[;.:]/);
    // the body addressed: named after the verb, or in a place before it ("прокурор в суде поддерживает обвинение")
    let addressed =
      // "поддерживает перед судом государственное обвинение": the court inside the verb phrase
      bodies.find((b) => b.start > cs && b.end <= ce) ??
      // "опротестовать постановления судебного исполнителя в суд": where an act goes, not whose act it is
      // (not the short passive «опротестовано прокурором в суд»: its agent is read below)
      (/^(?:опротест(?!ован[аоы]?$)|принос|принес|внос|внес)(?!\p{L}*ся$)/iu.test(m[0]) ? bodies.find((b) => b.start >= ce && b.start < stop && /(?<![\p{L}])во?\s+$/u.test(text.slice(b.start - 4, b.start))) : undefined) ??
      // (a body that starts inside the clause: «… в кассационном порядке в Верховный Суд Республики Казахстан»;
      // not a place «в судах», nor after a pronoun addressee «направляют им …»)
      (SENDING_VERB.test(m[0]) && pronounAddressee(text, ce) ? undefined : bodies.find((b) => b.start >= ce && b.start < stop && !(SENDING_VERB.test(m[0]) && inLocative(text, b)) && !inTopic(m[0], text, ce, b) && !REVIEWED.test(text.slice(ce, b.start)))) ??
      findLast(bodies, (b) => b.end <= cs && cs - b.end < 40 && /(?<![\p{L}])в\s+$/u.test(text.slice(b.start - 3, b.start)));
    // "поручения … направляются … прокурором": after a passive verb, a body in the instrumental is its agent;
    // only «протест прокурора рассматривается судом» makes that agent a party (it acts on the other's act)
    // (also «протест прокурора подлежит рассмотрению судом»)
    // (and a short participle: «Судебные акты могут быть опротестованы прокурором в вышестоящий суд»)
    const passiveAgent = addressed !== undefined && addressed.start >= ce && /ся$|^подлеж|^опротестован|^(?:внесен|принесен|направлен|подан|предъявлен)[оаы]?$/iu.test(m[0]) && INSTRUMENTAL.test(addressed.text);
    if (!addressed) continue;
    // «Ходатайство … вправе внести Генеральный Прокурор в Верховный Суд»: no body before the verb, its subject
    // right after it, and the body after «в» is addressed
    const after = bodies.find((b) => b.start >= ce && b.start - ce <= 2);
    // (a court whose act the object names is no subject: «Ходатайство о пересмотре … приговора, постановления суда вправе
    // внести Генеральный Прокурор»)
    const ofObject = (b: ConceptMention) => family(b) === "court" && objectCourt(text.slice(Math.max(ctx.sentence.start, b.start - 120), b.start));
    const subjectAfter = !passiveAgent && after !== undefined && nominativeSubject(text, after) && !subjectBefore(ctx, cs, (b) => HOLDER_KINDS.has(b.bodyKind ?? "") && !ofObject(b));
    let agent: ConceptMention | undefined;
    if ((passiveAgent && !/^(?:рассматрива|подлеж|изве|уведом)/iu.test(m[0])) || (subjectAfter && after === addressed)) { // («извещается судом»: `considers`)
      // "протест … приносится Генеральным Прокурором … в Верховный Суд": the agent acts, the body it goes to is addressed
      // (also «в вышестоящий суд»)
      const to = addressed;
      // (or in the dative right after the agent: «Ходатайство … подается прокурором следственному судье»)
      const dest = bodies.find((b) => b.start > to.end && b.end <= stop && (/(?<![\p{L}])во?\s+(?:[\p{L}-]+(?:ий|ый|ой|ую|ее|ое)\s+){0,2}$/u.test(text.slice(Math.max(0, b.start - 40), b.start)) || (/^\s+(?:[\p{L}-]+(?:ому|ему)\s+){0,2}$/u.test(text.slice(to.end, b.start)) && /^[\p{L}-]+(?:у|ю|ам|ям|ье|ому|ему)(?![\p{L}])/u.test(b.text))));
      if (!dest) continue;
      agent = addressed;
      addressed = dest;
    } else if (subjectAfter) agent = after;
    // the form: from the verb and the body addressed; for «протест … рассматривается судом», from the object too;
    // after another passive verb, from the object where the verb does not name it («ходатайство прокурора …
    // вносится в Верховный Суд»)
    const end = Math.max(ce, addressed.end);
    const formIn = (from: number) => PROCEDURE_FORMS.find((f) => f.cue.test(text.slice(from, end)));
    const local = Math.min(cs, addressed.start);
    // where the verb and the body do not name it, the object after them does («вносит в суд представление»)
    const objectForm = () => PROCEDURE_FORMS.find((f) => f.cue.test(text.slice(local, stop)));
    // a sending names no form by itself: what is sent does («направление в суды … апелляционных протестов»)
    const verbForm = formIn(local), sent = verbForm?.form === "направление материалов" ? objectForm() : undefined;
    const { form, party } = (passiveAgent || subjectAfter ? formIn(ctx.sentence.start) : (sent ?? verbForm) ?? (/ся$/u.test(m[0]) ? formIn(ctx.sentence.start) : objectForm())) ?? { form: "процессуальное взаимодействие" };
    // the nearest body before the verb acts; a form that needs a party looks further back for one
    // ("прокуратура … осуществляет надзор за … указов Президента …, представляет интересы государства в суде")
    const fits = (b: ConceptMention) => !party || family(b) === party || family(addressed) === party;
    const target = addressed;
    const actor = agent ?? subjectBefore(ctx, cs, (b) => b !== target && HOLDER_KINDS.has(b.bodyKind ?? "") && fits(b) && !ownerOfMotion(text, b) && !ofObject(b));
    if (!actor) continue;
    // each body of a list addressed ("рассматривает обращения Президента, …, Генерального Прокурора")
    const also = addressed.start >= ce ? joinedWith(text, bodies, addressed).filter((b) => b.start > addressed.end) : [];
    // «суды рассматривают протесты прокурора»: the body whose act is considered acts, the court is addressed;
    // «прокурор должен быть уведомлен … судами»: the body notified is the one addressed
    // (and the participle: «неявки прокурора, извещенного о времени … , суд вправе …»)
    const considers = /^(?:рассматрива|рассмотр|удовлетвор|отклон)\p{L}*\s+\p{L}|^(?:уведомл|извещ)\p{L}*(?:ен[аоы]?|ся|енн\p{L}+)$/iu.test(m[0]);
    for (const b of [addressed, ...also]) {
      const e = considers ? interaction(ctx, b, actor, [cs, ce], form, true) : interaction(ctx, actor, b, [cs, ce], form, true);
      if (e) out.push(e);
    }
  }
  return out;
};

/** «Копии судебных актов направляются прокурору»: the court (named here or in the sentence before) → the prosecution. */
export const courtCopies: Rule = (ctx) =>
  copiesSent(ctx).flatMap((c) => {
    const e = interaction(ctx, c.sender, c.recipient, [c.verbStart, c.verbEnd], "направление прокурору копий судебных актов", true);
    if (e && c.senderIn) e.evidence.unshift(evidence(ctx.doc, c.senderIn.sentence.start, c.senderIn.sentence.end));
    return e ? [e] : [];
  });
