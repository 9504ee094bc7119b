// Relation rules over one sentence. Each rule is a small named function: SentenceContext → edges.
// Every edge carries the sentence (or the part of it around the mentions) as its evidence.
import type { EdgeType, GraphEdge } from "../../graph/schema.js";
import { conceptEntry } from "../find/concepts.js";
import type { ConceptMention } from "../types.js";
import { concepts, findLast, joinedWith, lower, normsOf, subjectBefore } from "./context.js";
import { edge, family, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
import { appoints, consentToAppoint } from "./appointment.js";
import { listedMembers } from "./listed-members.js";
import { courtCopies, interacts, listedForms, procedural } from "./interaction.js";
import { participates } from "./participation.js";
import { governs } from "./principles.js";
import { accountable, subordinate } from "./hierarchy.js";
import { groundingNorms } from "./grounds.js";
import { inlineForms } from "./inline-forms.js";
import { amendsInProse } from "./amends-prose.js";
import { leadParticipates } from "./lead-participation.js";
import { onMotion } from "./on-motion.js";
import { involves } from "./involvement.js";
import { courtDative } from "./court-dative.js";
import { reportAddressee } from "./grammar-case.js";
import { reports } from "./reporting.js";
import { immunity } from "./immunity.js";
import { courtActs } from "./court-acts.js";
import { kinds } from "./kinds.js";
import { parties } from "./parties.js";
import { departments, formedIn, unitOfBody } from "./departments.js";
import { ensuredParticipation } from "./ensured-participation.js";
import { invited } from "./invited.js";
import { leadInteracts } from "./lead-interaction.js";
import { footnoteAmends } from "./footnotes.js";
import { participationFirst } from "./participation-first.js";
import { binding } from "./binding.js";
import { requests } from "./requests.js";
import { judicialControl } from "./judicial-control.js";
import { caseFlow } from "./case-flow.js";
import { sanction } from "./sanction.js";
import { recommends } from "./recommends.js";
import { decided, refused } from "./decided.js";
import { quotedArticleRegulates } from "./quoted-article.js";
import { withParticipation } from "./with-participation.js";
import { statedPrinciples } from "./stated-principles.js";
import { caseParticipation } from "./case-participation.js";
import { cue, hasAny } from "./cues.js";
import { inAddresseeLead } from "./addressee.js";

/** Words every alternative of REGULATING starts with: a first look before it. */
const MAY_REGULATE = cue("регулир", "регламентир", "регламентац", "закрепл", "определя", "устанавлива", "установлен", "предусм", "гаранти", "возлага", "возлож", "вытека", "разъясн", "предписыва", "наделя", "соответствии с", "согласно", "в силу ", "на основании", "основ", "содерж", "заложен", "гласящ", "предполага", "норм");

const MAY_COMPOSE = cue("систем", "структур", "состав", "являет");


const REGULATING = /регулир|регламент(?:ир|ац)|закрепл|определя|устанавлива|установлен|предусм|гаранти|возлага|возлож|вытека|разъясн(?:ил|ен[оаы]?(?![а-яё])|я[ею]т|яется|яются)|предписыва|наделя|соответствии с|согласно|в силу (?:ст|ч|п|пп|пункт|част|стать|норм|положени|требовани)|на основании|основ[аеуы]|содерж|заложен|гласящ|предполага|норм(?!атив)/; // tested on the lower-cased sentence

/** What a sentence speaks of: its concepts, not those inside an act's title («Законом «О судебной системе и статусе судей»»). */
function spokenOf(ctx: Parameters<Rule>[0]): ConceptMention[] {
  const titles = ctx.mentions.filter((r) => r.mention.kind === "act" && r.mention.end - r.mention.start > 20).map((r) => r.mention);
  const text = ctx.doc.clean.text;
  const all = concepts(ctx).filter((c) => !authorOfActs(text, c));
  return titles.length ? all.filter((c) => !titles.some((t) => t.start <= c.start && c.end <= t.end)) : all;
}

/** «указов Президента», «постановлений Правительства»: a head of state or government named only as the author of acts. */
const AUTHORED = /(?<![\p{L}])(?:указ(?:ов|а|ами|ам|ы)?|постановлени(?:й|я|ями|ям)|распоряжени(?:й|я|ями|ям))\s+$/iu;
const authorOfActs = (text: string, c: ConceptMention) =>
  c.type === "Body" && (c.bodyKind === "head_of_state" || c.bodyKind === "executive") && AUTHORED.test(text.slice(Math.max(0, c.start - 20), c.start));

/** A norm named in the sentence governs the bodies and powers, and lays down the principles, it speaks of. */
export const regulates: Rule = (ctx) => {
  // an act speaking of itself ("на основе Конституции" in the Constitution) is its units' business
  // an act named as the measure of conformity («на соответствие Конституции») is not a norm that governs
  const norms = groundingNorms(ctx).filter((n) => n.id !== ctx.frame?.id);
  if (!norms.length || !((hasAny(ctx, MAY_REGULATE) && REGULATING.test(lower(ctx))) || norms.some((n) => citedAsSource(ctx, n, norms)))) return [];
  const out: GraphEdge[] = [];
  for (const n of norms)
    for (const c of spokenOf(ctx)) {
      if (c.start >= n.start && c.end <= n.end) continue; // a body named inside the act's own title
      if (c.start < n.start && inAddresseeLead(ctx, c)) continue; // «Судам следует иметь в виду, что согласно статье …»
      const type: EdgeType = c.type === "Principle" ? "ESTABLISHES" : "REGULATES";
      out.push(edge(ctx, type, n.id, idOf(c), [Math.min(n.start, c.start), Math.max(n.end, c.end)]));
    }
  return out;
};

/**
 * A norm in brackets after what the sentence says is its source: «Прокуратура осуществляет высший надзор за
 * соблюдением законности (пункт 1 статьи 83 Конституции РК)».
 */
function citedAsSource(ctx: Parameters<Rule>[0], n: { start: number; end: number }, norms: { start: number; end: number }[]): boolean {
  const text = ctx.doc.clean.text;
  if (n.start - ctx.sentence.start <= 20) return false;
  if (/\(\s*$/.test(text.slice(Math.max(ctx.sentence.start, n.start - 3), n.start)) && /^\s*\)/.test(text.slice(n.end, n.end + 3))) return true;
  if (!ctx.text.includes("(")) return false;
  // (several norms in the brackets: «(статья 434 ГПК, статья 485 УПК)» — nothing else in them)
  // (looked for within the sentence only: a search over the whole text for every norm would grow with the square of it)
  const o = text.slice(ctx.sentence.start, n.start).lastIndexOf("("), c = text.slice(n.end, ctx.sentence.end).indexOf(")");
  const open = o < 0 ? -1 : ctx.sentence.start + o, close = c < 0 ? -1 : n.end + c;
  if (open < 0 || close < 0 || text.slice(open, n.start).includes(")") || text.slice(n.end, close).includes("(")) return false;
  let rest = text.slice(open + 1, close);
  for (const o of [...norms].sort((a, b) => b.start - a.start)) if (o.start > open && o.end <= close) rest = rest.slice(0, o.start - open - 1) + rest.slice(o.end - open - 1);
  return /^[\s,;и]*$/u.test(rest);
}

/** Inside an act, the unit a sentence belongs to governs what the sentence speaks of. */
export const unitRegulates: Rule = (ctx) => {
  const unit = ctx.sentence.unitId ?? (ctx.frame && ctx.sentence.start >= ctx.frame.headEnd ? ctx.frame.id : undefined);
  if (!unit) return [];
  return spokenOf(ctx).map((c) => edge(ctx, c.type === "Principle" ? "ESTABLISHES" : "REGULATES", unit, idOf(c), [c.start, c.end]));
};

const OBJECT = /(?<![\p{L}])(?:в|во|к|на|от|из|у|с|со|о|об|перед|через)\s+$/iu;
/**
 * Not the holder: a body the holder stands over («… по делам, подсудным местным и другим судам»), or the predicate
 * of «X является высшим судебным органом».
 */
const UNDER = /(?<![\p{L}])(?:(?:подсудн|подведомствен|подчиненн)\p{L}*\s+(?:\p{L}+\s+(?:и|или)\s+)?(?:\p{L}+\s+)?|являет\p{L}*\s+(?:\p{L}+\s+)?)$/iu;
/** The head of a unit's name before what the unit does: «Департамент(у) по …», «Управление по …», «Служба по …». */
const UNIT_NAME = /(?<![\p{L}])(?:департамент|управлени|отдел|служб|комитет|центр|сектор)\p{L}*\s+по\s+$/iu;

/**
 * A power in the sentence belongs to the body that exercises it: the nearest body before it, else after it,
 * among the bodies that can hold such a power (a court does not bring a protest).
 */
export const hasPower: Rule = (ctx) => {
  const out: GraphEdge[] = [];
  if (!concepts(ctx, "Power").length || (!concepts(ctx, "Body").length && !ctx.lead)) return out;
  // a power named in the title of an act («Об утверждении Инструкции по организации надзора …») is not held by
  // the issuer named with it
  const inTitle = (p: ConceptMention) => ctx.mentions.some((r) => r.mention.kind === "act" && r.mention.start <= p.start && p.end <= r.mention.end);
  // (nor one a motion asks another body to exercise: «Ходатайство о санкционировании ареста подается прокурором …»)
  // (but the body that considers such motions holds the power: «2) рассматривает ходатайства о принесении протеста …»)
  const asked = (p: ConceptMention) => {
    const before = ctx.doc.clean.text.slice(Math.max(0, p.start - 60), p.start);
    if (!/ходатайств|представлени|заявлени/i.test(before)) return false;
    return /(?<![\p{L}])(?:ходатайств|представлени|заявлени)\p{L}*\s+(?:прокурора\s+)?об?\s+$/iu.test(before) && !/(?<![\p{L}])(?:рассматрива(?:ет|ют|ть)|рассмотр(?:ит|ят|еть)|разреша(?:ет|ют|ть))\s+(?:\p{L}+\s+)?(?:ходатайств|представлени|заявлени)\p{L}*\s+(?:прокурора\s+)?об?\s+$/iu.test(before) && p.key !== "кассационное_ходатайство";
  };
  // (nor one that names a unit of a body: «Департаменту по надзору за законностью судебных актов Генеральной прокуратуры»)
  const unitName = (p: ConceptMention) => {
    const before = ctx.doc.clean.text.slice(Math.max(0, p.start - 30), p.start);
    return /по\s+$/.test(before) && UNIT_NAME.test(before);
  };
  const powers = concepts(ctx, "Power").filter((p) => !inTitle(p) && !asked(p) && !unitName(p));
  for (const p of powers) {
    const holders = conceptEntry(p.key)?.holders;
    const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? "") && (!holders || holders.includes(family(b))));
    const between = (a: number, b: number) => ctx.doc.clean.text.slice(a, b);
    // (also the object first: «Ходатайство прокурора о пересмотре … вправе подавать Генеральный Прокурор …»)
    const after = bodies.find((b) => b.start >= p.end && (/облада|принадлеж|наделя|отнесен|относ/iu.test(between(p.end, b.start)) || /(?<![\p{L}])(?:вправе|правомоч\p{L}*)\s+\p{L}+\s+$/iu.test(between(Math.max(p.end, b.start - 40), b.start))));
    // a body after a preposition is an object ("направляют в Генеральную прокуратуру информацию о принесенных
    // протестах"), not the one that acts
    // (nor the one told of it: «Прокуроры районов информируют прокурора области о принесенных протестах»)
    const before = findLast(bodies, (b) => b.end <= p.start && p.start - b.end < 250 && !OBJECT.test(between(Math.max(0, b.start - 8), b.start)) && !UNDER.test(between(Math.max(0, b.start - 40), b.start)) && !reportAddressee(ctx.doc.clean.text, b));
    const lead = ctx.lead && HOLDER_KINDS.has(ctx.lead.bodyKind ?? "") && (!holders || holders.includes(family(ctx.lead))) ? ctx.lead : undefined;
    // the body a power names as its agent ("Протест прокурора … приносится …") holds it where no other is named
    const agent = bodies.find((b) => b.start > p.start && b.start < p.end); // («по протесту прокурора области»)
    const holder = after ?? before ?? lead ?? agent ?? bodies.find((b) => b.start >= p.end && b.start - p.end < 120) ?? chainSubject(ctx.doc.clean.text, bodies, p, holders);
    if (!holder) continue;
    // the bodies listed with it hold it too ("осуществляют Генеральная прокуратура, прокуратуры областей и …")
    const all = holder === lead ? [holder] : [holder, ...joinedWith(ctx.doc.clean.text, bodies, holder)];
    for (const h of all) out.push(edge(ctx, "HAS_POWER", idOf(h), idOf(p), [Math.min(h.start, p.start), Math.max(h.end, p.end)]));
  }
  return out;
};

/**
 * The subject of a long chain of predicates («прокуратура … осуществляет высший надзор за …, принимает меры …, а также
 * опротестовывает законы …, представляет интересы государства в суде»): for a power only one kind of body holds,
 * the nearest such body before it in the sentence, not after a preposition, with no «;» between.
 */
function chainSubject(text: string, bodies: ConceptMention[], p: ConceptMention, holders: string[] | undefined): ConceptMention | undefined {
  if (!holders) return undefined;
  const b = findLast(bodies, (x) => x.end <= p.start && !OBJECT.test(text.slice(Math.max(0, x.start - 8), x.start)) && !UNDER.test(text.slice(Math.max(0, x.start - 40), x.start)));
  return b && p.start - b.end < 700 && !text.slice(b.end, p.start).includes(";") ? b : undefined;
}

const MEMBER = /(?<![\p{L}])являет\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:подразделени|част|звен|орган)\p{L}*\s+(?:в\s+)?(?:систем\p{L}*\s+)?(?:органов\s+)?/iu;

/**
 * "Систему органов X составляют A, B …", "A, B … образуют систему X", "A входит в систему X",
 * "A является структурным подразделением X", "A является высшим органом в системе органов X".
 */
export const composition: Rule = (ctx) => {
  const bodies = concepts(ctx, "Body");
  if (bodies.length < 2 || !hasAny(ctx, MAY_COMPOSE)) return [];
  const out: GraphEdge[] = [];
  // (also "В структуру Генеральной прокуратуры входят …", "В состав … входят …")
  const forward = /(?:систем\p{L}*|(?<![\p{L}])(?:структур[ауы]|состав)) (?:органов )?([^,]{0,80}?)\s+(?:составляют|образуют|входят|включа(?:ет|ют))/iu.exec(ctx.text);
  const backward = /(?:составляют|образуют)\s+(?:единую\s+)?систем\p{L}*\s+(?:органов\s+)?/iu.exec(ctx.text);
  const entry = /(?:входит|входят)\s+в\s+(?:систему|состав|структуру)\s+(?:органов\s+)?/iu.exec(ctx.text);
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
  // («В состав … входят … представители Генеральной прокуратуры»: the representatives are members, not the body)
  const represented = (p: ConceptMention) => /представител\p{L}*\s+$/iu.test(ctx.doc.clean.text.slice(Math.max(0, p.start - 16), p.start));
  // («… председатели судебных коллегий и судьи Верховного Суда»: a body in the genitive right after a part is its attribute)
  const attribute = (p: ConceptMention) => parts.some((q) => q.end <= p.start && /^\s+$/u.test(ctx.doc.clean.text.slice(q.end, p.start)));
  for (const p of parts) if (idOf(p) !== idOf(whole!) && !represented(p) && !attribute(p)) out.push(edge(ctx, "PART_OF", idOf(p), idOf(whole), [p.start, p.end]));
  // the head of a centralised system: the other members are subordinate to the first one named
  const members = parts.filter((p) => p.bodyKind === "prosecution" && idOf(p) !== idOf(whole!));
  // (a system only: the parts of a structure are not led by the first one named)
  const system = /систем/iu.test((forward ?? backward ?? entry)?.[0] ?? "");
  if (system && members.length > 1 && /генеральн|главн/iu.test(members[0].key) && /единую|централизован|подчин/iu.test(ctx.doc.clean.text)) {
    for (const m of members.slice(1))
      if (idOf(m) !== idOf(members[0])) out.push(edge(ctx, "SUBORDINATE_TO", idOf(m), idOf(members[0]), [members[0].start, m.end], { inferredFrom: "composition" }));
  }
  return out;
};

/** "В развитие конституционных норм … регулируются … Законом …": the acts named are subordinate to the Constitution. */
export const actHierarchy: Rule = (ctx) => {
  if (ctx.mentions.length === 0 || !ctx.text.includes("онституц") || !/в развитие (?:конституционн|Конституци)|на основе Конституции|основыва\p{L}*\s+на\s+Конституции|в соответствии с Конституцией,? (?:приняты|принят)/iu.test(ctx.text)) return [];
  return normsOf(ctx)
    .filter((n) => n.id.startsWith("act:") && !n.id.includes("#") && n.id !== "act:конституция")
    .map((n) => edge(ctx, "SUBORDINATE_TO", n.id, "act:конституция", [n.start, n.end]));
};

const APPROVED_BY = /^[\s,]*(?:\([^()]{0,80}\)\s*,?\s*)?утвержденн\p{L}*\s+(?:\p{L}+\s+)?$/iu;
const APPROVED = new Set<string>(["rules", "instruction", "regulation", "plan", "concept", "other"]);
const APPROVING = new Set<string>(["order", "joint_order", "resolution", "decree", "directive"]);

/** "Инструкция …, утвержденная приказом … № 102": the act approved is a part (an appendix) of the act approving it. */
export const approvedBy: Rule = (ctx) => {
  if (!ctx.text.includes("твержд")) return [];
  const acts = ctx.mentions.filter((r) => r.mention.kind === "act" && r.resolution.status === "resolved");
  const out: GraphEdge[] = [];
  const text = ctx.doc.clean.text;
  for (let i = 0; i + 1 < acts.length; i++) {
    // the abbreviation it defines is not the act approving it ("Инструкция … (далее – Инструкция), утвержденная …")
    let j = i + 1;
    while (j + 1 < acts.length && /^\s*\([^()]*$/u.test(text.slice(acts[i].mention.end, acts[j].mention.start))) j++;
    const [a, b] = [acts[i].mention, acts[j].mention];
    if (a.kind !== "act" || b.kind !== "act") continue;
    const between = text.slice(a.end, b.start);
    // "Правила …, утвержденные приказом …", or "Приказом … утверждены Правила …"
    const forward = APPROVED.has(a.ref.actKind ?? "other") && APPROVING.has(b.ref.actKind ?? "other") && APPROVED_BY.test(between);
    const backward = APPROVING.has(a.ref.actKind ?? "other") && APPROVED.has(b.ref.actKind ?? "other") && /^\s*утвержден\p{L}*\s+(?:прилагаем\p{L}*\s+)?$/iu.test(between);
    if (!forward && !backward) continue;
    const [x, y] = (forward ? [acts[i], acts[j]] : [acts[j], acts[i]]).map((r) => (r.resolution.status === "resolved" ? r.resolution.ids[0] : ""));
    if (x !== y) out.push(edge(ctx, "PART_OF", x, y, [a.start, b.end], { approvedBy: true }));
  }
  return out;
};

export const SENTENCE_RULES: Rule[] = [regulates, unitRegulates, hasPower, interacts, participates, procedural, courtCopies, subordinate, accountable, appoints, composition, actHierarchy, governs, approvedBy, consentToAppoint, listedForms, inlineForms, amendsInProse, reports, immunity, courtActs, kinds, parties, leadParticipates, departments, footnoteAmends, participationFirst, onMotion, involves, courtDative, decided, quotedArticleRegulates, withParticipation, statedPrinciples, caseParticipation, binding, requests, judicialControl, caseFlow, sanction, recommends, unitOfBody, formedIn, ensuredParticipation, invited, leadInteracts, refused, listedMembers];
