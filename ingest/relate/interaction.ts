// Interaction between bodies, as the text states it: named outright ("взаимодействие суда и прокуратуры",
// "совместные распоряжения …", "участвовать в заседаниях Сената"), or as a procedural act one body addresses
// to another ("прокурор обращается в суд с иском", "суды рассматривают протесты прокурора").
// One edge per pair and form; its basis is the act that names the interaction, else the norms of the sentence.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, normsOf, subjectBefore, type SentenceContext } from "./context.js";
import { edge, family, HOLDER_KINDS, idOf, type Rule } from "./edge.js";

const INTERACTION = /(?<![\p{L}])(?:(?:во\s+)?взаимодейств\p{L}*|сотруднич\p{L}*|взаимоотношени\p{L}*|взаимоконтрол\p{L}*|взаимн\p{L}* контрол\p{L}*|совместн\p{L}* (?:приказ|распоряжен|постановлен|совещани|заседани|семинар|проверк|мероприяти|рабоч\p{L}* групп|план)\p{L}*)/giu;
const PARTICIPATION = /(?<![\p{L}])(?:присутствова\p{L}*|участвова\p{L}*|участву\p{L}*|выслуша\p{L}*)\s+(?:(?:[\p{L},]+\s+){0,6}?)(?:на|в)\s+(?:\p{L}+\s+){0,6}?(?:заседани|рассмотрени|судопроизводств)\p{L}*/giu;

/** A cheap first look for the words of INTERACTION and PARTICIPATION. */
const MAY_INTERACT = /взаим|сотруднич|совместн|присутств|участв|выслуша/i;

const FORMS: [RegExp, string][] = [
  [/информационн\p{L}* взаимодейств/iu, "информационное взаимодействие"],
  [/участ\p{L}* (?:прокурор\p{L}* )?в (?:гражданском |уголовном |административном )?судопроизводств/iu, "участие прокурора в судопроизводстве"],
  [/участ\p{L}* (?:прокурор\p{L}* )?в рассмотрении/iu, "участие прокурора в рассмотрении дел"],
  [/присутствова|заседани/iu, "участие в заседаниях"],
  [/семинар|совещан/iu, "совместные семинары-совещания"],
  [/совместн\p{L}* проверк/iu, "совместные проверки"],
  [/совместн\p{L}* (?:мероприяти|рабоч|план)/iu, "совместные мероприятия"],
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
  if (!twoFamilies(bodies) || !MAY_INTERACT.test(ctx.text)) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  const s = ctx.sentence;
  const pair = (a: ConceptMention, b: ConceptMention, cueStart: number, cueEnd: number, windowText: string) => {
    const e = interaction(ctx, a, b, [cueStart, cueEnd], interactionForm(windowText));
    if (e) out.push(e);
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
    if (joint && right.length < 2) {
      // "Верховный Суд и Генеральная прокуратура проводят совместные совещания": the bodies of the clause before
      const from = Math.max(s.start, text.lastIndexOf(",", cs) + 1, text.lastIndexOf(";", cs) + 1);
      const left = bodies.filter((b) => b.start >= from && b.end <= cs);
      for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pair(left[i], left[j], cs, ce, text.slice(left[0].start, stop));
    }
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

/** Whether the bodies belong to two families at least (an interaction joins two; most sentences name one). */
function twoFamilies(bodies: ConceptMention[]): boolean {
  for (let i = 1; i < bodies.length; i++) if (family(bodies[i]) !== family(bodies[0])) return true;
  return false;
}

/** An INTERACTS_WITH edge between two bodies of different families, grounded in the norms around the cue. */
function interaction(ctx: SentenceContext, a: ConceptMention, b: ConceptMention, cue: [number, number], form: string): GraphEdge | undefined {
  if (family(a) === family(b) || idOf(a) === idOf(b)) return undefined;
  const [x, y] = idOf(a) < idOf(b) ? [a, b] : [b, a];
  const norms = normsOf(ctx);
  const inside = norms.filter((n) => n.start <= cue[0] && cue[1] <= n.end);
  const basis = [...new Set((inside.length ? inside : norms).map((n) => n.id))];
  if (ctx.sentence.unitId) basis.push(ctx.sentence.unitId);
  return edge(ctx, "INTERACTS_WITH", idOf(x), idOf(y), [Math.min(a.start, b.start, cue[0]), Math.max(a.end, b.end, cue[1])], { form, basis }, form);
}

/** Procedural acts one body addresses to another; the body addressed is the first one named after the verb. */
const ADDRESSING = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      "обра(?:щ|т)\\p{L}*\\s+в",
      "направля\\p{L}*",
      "внос(?:ит|ят)",
      "внести",
      "внесени\\p{L}*",
      "принос(?:ит|ят)",
      "принести",
      "принесени\\p{L}*",
      "опротестов\\p{L}*",
      "предъяв\\p{L}*",
      "представля\\p{L}*\\s+интерес\\p{L}*",
      "поддержива\\p{L}*\\s+(?:государственн\\p{L}*\\s+)?обвинени\\p{L}*",
      "изве(?:щ|ст)\\p{L}*",
      "уведом\\p{L}*",
      "рассматрива\\p{L}*\\s+(?:протест|представлени|ходатайств|заявлени|иск)\\p{L}*",
      "рассматрива(?:ется|ются)",
    ].join("|") +
    ")(?![\\p{L}])",
  "giu",
);

/** A cheap first look for the verbs of ADDRESSING (no Unicode classes: ~10× faster on sentences without them). */
const MAY_ADDRESS = /обра[щт]|направл|внос|внес|принос|принес|опротест|предъяв|представл|поддержив|изве[щс]|уведом|рассматрив/i;

const INSTRUMENTAL = /^\p{L}+(?:ом|ем|ой|ей|ами|ями)(?!\p{L})/iu;

/** Forms of procedural interaction; `party`: a family one of the two bodies must belong to. */
const PROCEDURE_FORMS: { cue: RegExp; form: string; party?: string }[] = [
  { cue: /протест/iu, form: "опротестование актов", party: "prosecution" },
  { cue: /обвинени/iu, form: "поддержание государственного обвинения", party: "prosecution" },
  { cue: /интерес\p{L}* государства/iu, form: "представительство интересов государства в суде", party: "prosecution" },
  { cue: /иск|обра(?:щ|т)\p{L}* в суд/iu, form: "обращение в суд", party: "court" },
  { cue: /представлени/iu, form: "внесение представления" },
  { cue: /ходатайств/iu, form: "заявление ходатайства" },
  { cue: /заключени/iu, form: "дача заключения" },
  { cue: /изве(?:щ|ст)|уведом/iu, form: "извещение" },
  { cue: /направл/iu, form: "направление материалов" },
];

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
  if (!twoFamilies(named) || !MAY_ADDRESS.test(ctx.text)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (!bodies.length) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(ADDRESSING)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const stop = clauseEnd(text, ce, Math.min(ctx.sentence.end, ce + 100), /[;.:]/);
    // the body addressed: named after the verb, or in a place before it ("прокурор в суде поддерживает обвинение")
    const addressed =
      bodies.find((b) => b.start >= ce && b.end <= stop) ??
      [...bodies].reverse().find((b) => b.end <= cs && cs - b.end < 40 && /(?<![\p{L}])в\s+$/u.test(text.slice(b.start - 3, b.start)));
    // "поручения … направляются … прокурором": after a passive verb, a body in the instrumental is its agent;
    // only «протест прокурора рассматривается судом» makes that agent a party (it acts on the other's act)
    const passiveAgent = addressed !== undefined && addressed.start >= ce && /ся$/u.test(m[0]) && INSTRUMENTAL.test(addressed.text);
    if (!addressed || (passiveAgent && !/^рассматрива/iu.test(m[0]))) continue;
    // the form: from the verb and the body addressed; for «протест … рассматривается судом», from the object too
    const window = text.slice(passiveAgent ? ctx.sentence.start : Math.min(cs, addressed.start), Math.max(ce, addressed.end));
    const { form, party } = PROCEDURE_FORMS.find((f) => f.cue.test(window)) ?? { form: "процессуальное взаимодействие" };
    // the nearest body before the verb acts; a form that needs a party looks further back for one
    // ("прокуратура … осуществляет надзор за … указов Президента …, представляет интересы государства в суде")
    const fits = (b: ConceptMention) => !party || family(b) === party || family(addressed) === party;
    const actor = subjectBefore(ctx, cs, (b) => b !== addressed && HOLDER_KINDS.has(b.bodyKind ?? "") && fits(b));
    if (!actor) continue;
    const e = interaction(ctx, actor, addressed, [cs, ce], form);
    if (e) out.push(e);
  }
  return out;
};
