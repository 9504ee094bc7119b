// A protest or a motion against a court's act names the court through its act: «Прокурор вправе принести протест
// на судебный акт, вступивший в законную силу», «прокурор опротестовывает приговоры», «ходатайство прокурора о
// пересмотре судебных актов». Where the sentence names no court, the prosecution body that acts interacts with
// the court (the body whose act it is), grounded like any other interaction.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower, subjectBefore, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { objectCourt } from "./grammar-case.js";
import { cue, hasAny } from "./cues.js";

// (also the act of an instance: «постановления апелляционной инстанции», «решение суда первой инстанции»)
const COURT_ACT = "(?:судебн\\p{L}*\\s+(?:акт|решени|постановлени|определени)\\p{L}*|приговор\\p{L}*|(?:решени|определени|постановлени)\\p{L}*\\s+(?:суд\\p{L}*|(?:первой|апелляционной|кассационной)\\s+инстанции))";
const LEGAL_FORCE = "(?:(?:не\\s+)?вступивш\\p{L}*\\s+в\\s+законную\\s+силу\\s+)?";
/** «на незаконные и необоснованные судебные акты»: up to three adjectives before the act. */
const QUALITIES = "(?:[\\p{L}-]+(?:ые|ый|ое|ий|ие|ую|ых|их|ое)\\s+(?:и\\s+)?){0,3}";
/** «принести апелляционный (кассационный) протест»: a protest against a court's act by its very name. */
const INSTANCE_PROTEST = "(?:принес|принос)\\p{L}*\\s+(?:апелляционн|кассационн)\\p{L}*\\s+протест\\p{L}*";
/** The act first, the verb passive, its agent after it: «Приговор был опротестован прокурором района в апелляционном порядке»,
 * «Судебные акты, вынесенные по делам, рассмотренным с участием прокурора, могут быть обжалованы прокурором …». */
const PASSIVE = `${COURT_ACT}(?:,[^,;.:]{0,80}(?:,[^,;.:]{0,80})?,)?\\s+(?:был\\p{L}*\\s+|могут\\s+быть\\s+|может\\s+быть\\s+)?(?:опротестован|обжалован)\\p{L}*`;
/** A ruling's account of the protest: «В протесте заместитель Генерального Прокурора просит отменить приговор …». */
const ASKS = `(?:протест|ходатайств)\\p{L}*\\s+(?:[\\p{L}-]+\\s+){1,4}?прос(?:ит|ят|ил|ила|или)\\s+(?:\\p{L}+\\s+){0,2}?(?:отменить|изменить|пересмотреть)\\s+${QUALITIES}${COURT_ACT}`;
/** «принести (апелляционный) протест на …», «опротестовать …», «ходатайство о пересмотре …». */
/** Protests and motions with the verb or noun first, and an appeal protest by its name. */
const BASIC = `(?<![\\p{L}])(?:(?:принес|принос|внес|внос)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:протест|ходатайств)\\p{L}*\\s+(?:о\\s+пересмотре\\s+)?(?:на\\s+)?|опротестов\\p{L}*\\s+(?:\\d[\\d\\s]*\\s)?|(?:обжаловал|обжаловать|обжалу(?:ет|ют))\\p{L}*\\s+|(?:протест|ходатайств)\\p{L}*\\s+(?:прокурор\\p{L}*\\s+)?(?:о\\s+пересмотре\\s+|на\\s+))${LEGAL_FORCE}${QUALITIES}${COURT_ACT}|${INSTANCE_PROTEST}`;
const AGAINST = new RegExp(`${BASIC}|${PASSIVE}|${ASKS}`, "giu");
/** (without the act-first passive and a ruling's account: the same matches where neither can be, much faster) */
const AGAINST_BASIC = new RegExp(BASIC, "giu");

const COURT_ACT_RE = new RegExp(COURT_ACT, "iu");

/** A cheap first look for the words of AGAINST. */
const MAY_OPPOSE = cue("протест", "ходатайств", "обжал");

const holder = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "");

/**
 * The object first, its holder after «вправе / может + verb»: «Ходатайство о пересмотре … судебных актов вправе внести
 * Генеральный Прокурор».
 */
function holderAfter(ctx: SentenceContext, bodies: ConceptMention[], from: number): ConceptMention | undefined {
  const text = ctx.doc.clean.text;
  return bodies.find((b) => b.start >= from && family(b) === "prosecution" && /^[^;.]{0,60}?(?:вправе|может|могут|правомоч\p{L}*)\s+\p{L}+\s+$/iu.test(text.slice(from, b.start)));
}

/** The agent of a passive «опротестован»: a prosecution body in the instrumental right after it. */
function agentAfter(ctx: SentenceContext, bodies: ConceptMention[], match: string, from: number): ConceptMention | undefined {
  if (!/(?:опротестован|обжалован)\p{L}*$/iu.test(match)) return undefined;
  return bodies.find((b) => b.start >= from && b.start - from <= 2 && family(b) === "prosecution" && /^\p{L}+(?:ом|ем|ой|ей|ами|ями)(?!\p{L})/iu.test(b.text));
}

export const courtActs: Rule = (ctx: SentenceContext) => {
  if (!hasAny(ctx, MAY_OPPOSE) || !/судебн|приговор|решени|определени|постановлени|(?:апелляционн|кассационн)\S* протест/.test(lower(ctx))) return [];
  const bodies = concepts(ctx, "Body");
  const named = ctx.lead ? [ctx.lead, ...bodies] : bodies;
  // a court named in the sentence is the procedural rule's business; here only the prosecution acts
  // (a court of another clause only decides on it: «…опротестовано 45 судебных актов, из которых 38 удовлетворено судом»)
  if (!named.some((b) => family(b) === "prosecution")) return [];
  const courts = bodies.filter((b) => family(b) === "court");
  const out: GraphEdge[] = [];
  const text = ctx.doc.clean.text;
  const l = lower(ctx);
  const against = l.includes("опротестован") || l.includes("обжалован") || /прос(?:ит|ят|ил)/.test(l) ? AGAINST : AGAINST_BASIC;
  for (const m of ctx.text.matchAll(against)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // (not the court whose act is reviewed: «о пересмотре постановления апелляционной инстанции»; an appeal motion is
    // brought through the court whose act it is, which the procedural rule links: «апелляционное ходатайство на решение
    // суда первой инстанции»)
    const appeal = /апелляционн\p{L}*\s+ходатайств/iu.test(m[0]);
    if (courts.some((b) => !/[,;]/u.test(ctx.doc.clean.text.slice(Math.min(b.end, cs), Math.max(b.start, ce))) && (appeal || !objectCourt(ctx.doc.clean.text.slice(cs, b.start))))) continue;
    // a request to bring one («представление о принесении протеста на …») goes to a prosecution body, not a court
    const before = text.slice(Math.max(0, cs - 40), cs);
    if (/о\s+(?:принесении|внесении)\s+(?:\p{L}+\s+)?$/iu.test(before) || (/^(?:принесени|внесени)/iu.test(m[0]) && /(?<![\p{L}])о\s+$/u.test(before))) continue;
    // the body that acts, not one the act is brought to («… вносят в Генеральную прокуратуру …»)
    const actor = subjectBefore(ctx, cs, (b) => holder(b) && family(b) === "prosecution" && !/(?<![\p{L}])во?\s+$/u.test(text.slice(Math.max(0, b.start - 4), b.start))) ?? bodies.find((b) => b.start >= cs && b.end <= ce && family(b) === "prosecution") ?? holderAfter(ctx, bodies, ce) ?? agentAfter(ctx, bodies, m[0], ce);
    if (!actor) continue;
    const act = COURT_ACT_RE.exec(m[0]) ?? /протест\p{L}*/iu.exec(m[0])!;
    const court: ConceptMention = { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: cs + act.index, end: cs + act.index + act[0].length, text: act[0] };
    // (a prosecution body appealing a court's act brings a protest: «Прокуратура области обжаловала приговор»; the
    // verb only: «меры … по своевременному обжалованию судебных актов» names no one who appeals)
    const form = /протест|опротест|обжалова/iu.test(m[0]) ? "опротестование актов" : appeal ? "принесение апелляционного ходатайства" : "заявление ходатайства";
    const e = interaction(ctx, actor, court, [cs, ce], form, true);
    if (e) out.push(e);
  }
  return out;
};
