// Subordination and accountability between bodies: "X … подчиняется Y", "с подчинением нижестоящих прокуроров …
// Генеральному Прокурору", "X … подотчетна лишь Президенту", "Генеральный Прокурор отчитывается перед Президентом".
import type { Evidence, GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, cueAt, evidence, findLast, joinedWith, subjectBefore, type SentenceContext } from "./context.js";
import { edge, family, idOf, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const MAY_ACCOUNT = cue("подотчет", "подконтрол", "отчитыва", "доклад", "отчет", "отчёт", "ответственност");

/** "X … подчиняется Y", "с подчинением нижестоящих прокуроров … Генеральному Прокурору". */
export const subordinate: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length || !ctx.text.includes("одчин")) return [];
  const cue = cueAt(ctx, /(?<![\p{L}])подчин(?:ени|яет|яют|ен)\p{L}*/iu);
  if (!cue || /не подчин|подчинени\p{L}* (?:их )?только (?:закону|Конституции)/iu.test(ctx.text)) return [];
  // "Ему подчинены все прокуроры": the lower bodies follow the verb, the pronoun stands for the higher one
  const pronoun = pronounAntecedent(ctx, cue.index);
  if (pronoun) return fromPronoun(ctx, "SUBORDINATE_TO", pronoun, concepts(ctx, "Body").filter((b) => b.start > cue.index && looksNominative(b.text)));
  if (concepts(ctx, "Body").length < 2) return [];
  if (/^подчиненн/iu.test(cue.match[0])) {
    // "Генеральный Прокурор направляет подчиненным прокурорам": the attribute names the lower body
    const bodies = concepts(ctx, "Body");
    const lower = bodies.find((b) => b.start >= cue.index + cue.match[0].length && b.start - cue.index < 40);
    const higher = findLast(bodies, (b) => b.end <= cue.index);
    return lower && higher && idOf(lower) !== idOf(higher) ? [edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(higher), [higher.start, lower.end])] : [];
  }
  const bodies = concepts(ctx, "Body");
  const after = bodies.filter((b) => b.start > cue.index);
  const before = bodies.filter((b) => b.end <= cue.index);
  const out: GraphEdge[] = [];
  const held = /(?:наход|состо)\p{L}*\s+в\s+(?:\p{L}+\s+)?$/iu.test(text0(ctx, cue.index));
  if (held && /^подчинени/iu.test(cue.match[0])) {
    // "Военные прокуроры находятся в подчинении Главного военного прокурора": the subject is the lower one, the
    // body after the noun (and those listed with it) the higher
    const lower = findLast(before, (b) => looksNominative(b.text));
    const higher = after.length ? [after[0], ...joinedWith(ctx.doc.clean.text, after, after[0]).filter((b) => b.start > after[0].end)] : [];
    if (lower) for (const h of higher) if (idOf(h) !== idOf(lower)) out.push(edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(h), [lower.start, h.end]));
  } else if (/^подчинени/iu.test(cue.match[0])) {
    // "с подчинением нижестоящих прокуроров вышестоящим и Генеральному Прокурору": the first body after the
    // noun is the lower one, the others are what it is subordinate to
    const [lower, ...higher] = after;
    for (const h of higher) if (idOf(h) !== idOf(lower)) out.push(edge(ctx, "SUBORDINATE_TO", idOf(lower), idOf(h), [lower.start, h.end]));
  } else if (before.length && after.length) {
    // the subject, not a genitive attribute ("… входит в систему органов военной прокуратуры и подчиняется …");
    // the subject after the verb where the body before it is not one ("Генеральному Прокурору подчинены все прокуроры")
    const lower = findLast(before, (b) => looksNominative(b.text));
    if (!lower && looksNominative(after[0].text)) {
      const higher = before[before.length - 1];
      if (idOf(after[0]) !== idOf(higher)) out.push(edge(ctx, "SUBORDINATE_TO", idOf(after[0]), idOf(higher), [higher.start, after[0].end]));
      return out;
    }
    // (no nominative before the verb: a genitive attribute is the subject only where it opens the sentence — not in
    // «Руководители ведомств Генеральной прокуратуры подчиняются …»)
    const opens = /^[\s\d.)]*$/u.test(ctx.doc.clean.text.slice(ctx.sentence.start, before[0].start));
    const subject = lower ?? (opens ? before[before.length - 1] : undefined);
    if (!subject) return out;
    // each body of a list it is subordinate to ("подчиняются Главному военному прокурору и Генеральному
    // Прокурору"), not a nominative that starts another clause ("… и районные прокуратуры …")
    const text = ctx.doc.clean.text;
    const higher = [after[0], ...joinedWith(text, after, after[0]).filter((b) => b.start > after[0].end && !looksNominative(b.text))];
    for (const h of higher) if (idOf(h) !== idOf(subject)) out.push(edge(ctx, "SUBORDINATE_TO", idOf(subject), idOf(h), [subject.start, h.end]));
    // "…, а военные прокуроры – Главному военному прокурору": the verb left out in the pairs that follow
    for (let i = 1; i + 1 < after.length; i++) {
      const [a, b] = [after[i], after[i + 1]];
      if (/,\s*а\s+(?:\p{L}+\s+)?$/u.test(text.slice(after[i - 1].end, a.start)) && /^\s*[–—-]\s*$/u.test(text.slice(a.end, b.start)) && idOf(a) !== idOf(b))
        out.push(edge(ctx, "SUBORDINATE_TO", idOf(a), idOf(b), [a.start, b.end]));
    }
  }
  return out;
};

/** The sentence's text from its start up to a position. */
const text0 = (ctx: SentenceContext, at: number) => ctx.doc.clean.text.slice(ctx.sentence.start, at);

const ACCOUNTABILITY =
  /подотчет(?:ен|н)\p{L}*|(?<![\p{L}])нес(?:ет|ут)\s+(?:\p{L}+\s+){0,2}?ответственност\p{L}*\s+перед|подконтрол(?:ен|ьн)\p{L}*|(?<![\p{L}])отчитыва\p{L}*\s+(?:\p{L}+\s+){0,4}?перед|(?<![\p{L}])представля\p{L}*\s+(?:ежегодн\p{L}*\s+)?(?=(?:\p{L}+\s+){1,4}?(?:ежегодн\p{L}*\s+)?(?:доклад|отч[её]т)\p{L}*)/iu;

/** Nominative endings of a subject, by the ending of the short adjective it goes with ("подотчетен", "-на", "-ны"). */
const SUBJECT_ENDINGS: [RegExp, RegExp][] = [
  [/ен$/u, /(?:ый|ий|ой|[бвгджзклмнпрстфхцчшщь])$/u], // («Председатель … подотчетен»)
  [/на$/u, /[ая]$/u],
  [/ны$/u, /[ыи]$|(?:ые|ие)$/u],
  [/но$/u, /[ое]$/u],
];

/** Whether the first word of a body's name may be in the nominative (not "органов", "военной", "Президенту"). */
export function looksNominative(text: string): boolean {
  return !/(?:ой|ей|ого|его|ому|ему|ым|им|ом|ем|ов|ев|ам|ям|ами|ями|ах|ях|ую|юю|у|ю)$/u.test(text.split(/\s/u)[0].toLowerCase());
}

/** Whether a body named by `text` can be the subject of the short adjective `adjective`; other cues accept any. */
export function agreesWith(text: string, adjective: string): boolean {
  const rule = SUBJECT_ENDINGS.find(([a]) => a.test(adjective.toLowerCase()));
  if (!rule) return true;
  const word = text.split(/\s/u)[0].toLowerCase();
  return rule[1].test(word) && !/(?:ов|ев|ей)$/u.test(word);
}

/** "X … подотчетна лишь Президенту", "Генеральный Прокурор отчитывается перед Президентом", "… ежегодно
 * представляет Президенту доклад о состоянии законности". */
export const accountable: Rule = (ctx) => {
  if (!concepts(ctx, "Body").length) return [];
  if (!hasAny(ctx, MAY_ACCOUNT)) return [];
  const cue = cueAt(ctx, ACCOUNTABILITY);
  if (!cue) return reportHeard(ctx);
  const bodies = concepts(ctx, "Body");
  const pronoun = pronounAntecedent(ctx, cue.index);
  if (pronoun) return fromPronoun(ctx, "ACCOUNTABLE_TO", pronoun, bodies.filter((b) => b.start > cue.index && looksNominative(b.text) && agreesWith(b.text, cue.match[0])));
  // "отчитывается перед Президентом", "представляет Президенту доклад": the body right after the cue
  const near = /перед$|^представля/iu.test(cue.match[0]);
  const target = bodies.find((b) => b.start > cue.index && (!near || b.start - (cue.index + cue.match[0].length) < 3));
  // "Генеральный Прокурор возглавляет систему органов прокуратуры и подотчетен Президенту": the subject
  // agrees with the short adjective ("подотчетен" — not "органов прокуратуры")
  const agrees = (b: ConceptMention) => agreesWith(b.text, cue.match[0]);
  const source = subjectBefore(ctx, cue.index, (b) => family(b) === "prosecution" && agrees(b)) ?? subjectBefore(ctx, cue.index, agrees);
  // "Президенту подотчетна прокуратура": the body before is the one accounted to, the subject follows
  const before = findLast(bodies, (b) => b.end <= cue.index);
  if (!source && target && before && !near && !looksNominative(before.text) && agrees(target) && idOf(before) !== idOf(target))
    return [edge(ctx, "ACCOUNTABLE_TO", idOf(target), idOf(before), [before.start, target.end])];
  if (!target || !source || idOf(source) === idOf(target)) return [];
  return [edge(ctx, "ACCOUNTABLE_TO", idOf(source), idOf(target), [source.start, target.end])];
};

const HEARING = /(?<![\p{L}])заслушива\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:доклад|отч[её]т)\p{L}*\s+/iu;

/** "Сенат … ежегодно заслушивает доклад Генерального Прокурора о состоянии законности": the body whose report
 * another body hears (named right after the report) is accountable to that body (named before the verb). */
function reportHeard(ctx: SentenceContext): GraphEdge[] {
  const cue = cueAt(ctx, HEARING);
  if (!cue) return [];
  const end = cue.index + cue.match[0].length;
  const reporter = concepts(ctx, "Body").find((b) => b.start === end);
  const hearer = subjectBefore(ctx, cue.index, (b) => looksNominative(b.text));
  if (!reporter || !hearer || idOf(reporter) === idOf(hearer)) return [];
  return [edge(ctx, "ACCOUNTABLE_TO", idOf(reporter), idOf(hearer), [hearer.start, reporter.end])];
}

const DATIVE_PRONOUN = /(?<![\p{L}])(ему|ей|им)\s+(?:же\s+|также\s+|непосредственно\s+)?$/iu;
/** The short adjective a subject of the pronoun's gender and number agrees with. */
const PRONOUN_GENDER: Record<string, string> = { ему: "подотчетен", ей: "подотчетна", им: "подотчетны" };

/**
 * "Генеральный Прокурор возглавляет … . Ему подотчетны все нижестоящие прокуроры": the body a dative pronoun right
 * before the cue stands for — the subject of its own sentence before it, else of the previous sentence (with the
 * quote of that sentence) — of the pronoun's gender and number.
 */
function pronounAntecedent(ctx: SentenceContext, at: number): { body: ConceptMention; quote?: Evidence } | undefined {
  const m = DATIVE_PRONOUN.exec(ctx.doc.clean.text.slice(ctx.sentence.start, at));
  if (!m) return undefined;
  const fits = (b: ConceptMention) => looksNominative(b.text) && agreesWith(b.text, PRONOUN_GENDER[m[1].toLowerCase()]);
  const own = concepts(ctx, "Body").find((b) => b.end <= ctx.sentence.start + m.index && fits(b));
  if (own) return { body: own };
  const p = ctx.previous;
  const body = p && concepts(p, "Body").find(fits);
  return body && p ? { body, quote: evidence(ctx.doc, p.sentence.start, p.sentence.end) } : undefined;
}

/** Edges from the bodies after the cue (the first one and those listed with it) to the pronoun's antecedent. */
function fromPronoun(ctx: SentenceContext, type: "SUBORDINATE_TO" | "ACCOUNTABLE_TO", to: { body: ConceptMention; quote?: Evidence }, after: ConceptMention[]): GraphEdge[] {
  if (!after.length) return [];
  const out: GraphEdge[] = [];
  for (const b of [after[0], ...joinedWith(ctx.doc.clean.text, after, after[0]).filter((x) => x.start > after[0].end)]) {
    if (idOf(b) === idOf(to.body)) continue;
    const e = edge(ctx, type, idOf(b), idOf(to.body), [b.start, b.end]);
    if (to.quote) e.evidence.unshift(to.quote);
    out.push(e);
  }
  return out;
}
