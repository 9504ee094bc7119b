// Reports and information one body gives another: «Генеральный Прокурор ежегодно представляет Президенту и
// Сенату Парламента информацию о состоянии законности», «… докладывает Президенту …», «Сенат заслушивает доклад
// Генерального Прокурора». The body that reports interacts with each body that receives the report.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, joinedWith, subjectBefore, type SentenceContext } from "./context.js";
import { HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

/** What is reported: a report, an account, information or data («о состоянии законности» follows). */
const REPORT = "(?:ежегодн\\p{L}*\\s+|письменн\\p{L}*\\s+|ежеквартальн\\p{L}*\\s+)?(?:доклад|отчет|отчёт|информаци|сведени|послани)\\p{L}*";
/** «представляет … информацию», «направляет … доклад», «докладывает», «сообщает»: the reporting verb. */
const GIVES = /(?<![\p{L}])(?:представля(?:ет|ют)|представит|представлять|направля(?:ет|ют)|докладыва(?:ет|ют|ть)|сообща(?:ет|ют|ть))(?![\p{L}])/giu;
/** «Сенат заслушивает доклад Генерального Прокурора»: the body that hears the report. */
const HEARS = new RegExp(`(?<![\\p{L}])(?:заслушива(?:ет|ют|ть)|заслуша(?:ет|ют|ть)|рассматрива(?:ет|ют))\\s+(?:\\p{L}+\\s+){0,2}?${REPORT}`, "giu");
const REPORTED = new RegExp(`(?<![\\p{L}])${REPORT}`, "iu");

/** A cheap first look for what is reported (GIVES and HEARS need it). */
const MAY_REPORT = cue("доклад", "отчет", "отчёт", "информаци", "сведени", "послани");

/** A body named in the dative («Президенту», «Сенату Парламента», «Мажилису»). */
const dative = (b: ConceptMention) => /(?:у|ю|ам|ям)$/u.test(b.text.toLowerCase().split(/\s+/u)[0]);
const holder = (b: ConceptMention) => HOLDER_KINDS.has(b.bodyKind ?? "");

/** The end of the clause from `from` (a semicolon, full stop or colon), at most `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/[;.:]/.test(text[i])) return i;
  return limit;
}

export const reports: Rule = (ctx: SentenceContext) => {
  if (!hasAny(ctx, MAY_REPORT)) return [];
  const bodies = concepts(ctx, "Body").filter(holder);
  if (bodies.length < 2) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  const add = (from: ConceptMention, to: ConceptMention, cue: [number, number], form: string) => {
    const e = interaction(ctx, from, to, cue, form, true);
    if (e) out.push(e);
  };
  for (const m of ctx.text.matchAll(GIVES)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const stop = clauseEnd(text, ce, Math.min(ctx.sentence.end, ce + 160));
    const what = REPORTED.exec(text.slice(ce, stop));
    // «докладывает» names the report itself; the other verbs need one after them
    if (!what && !/^доклад/iu.test(m[0])) continue;
    const reportAt = what ? ce + what.index : ce;
    const first = bodies.find((b) => b.start >= ce && b.start < stop && dative(b));
    if (!first) continue;
    const recipients = [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.end && dative(b))];
    // (not the recipient named earlier in the sentence: «подотчетен Президенту … и ежегодно представляет Президенту доклад»)
    const reporter = subjectBefore(ctx, cs, (b) => holder(b) && !recipients.some((r) => r === b || r.key === b.key));
    if (!reporter) continue;
    const form = /доклад|отчет|отчёт|послани/iu.test(what?.[0] ?? m[0]) ? "представление доклада" : "информирование";
    for (const r of recipients) add(reporter, r, [cs, Math.max(ce, reportAt)], form);
  }
  for (const m of ctx.text.matchAll(HEARS)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // the report's author follows in the genitive: «доклад Генерального Прокурора»
    const author = bodies.find((b) => b.start >= ce && b.start - ce <= 2);
    const hearer = author && subjectBefore(ctx, cs, (b) => holder(b) && b !== author);
    if (author && hearer) add(author, hearer, [cs, ce], /доклад|отчет|отчёт|послани/iu.test(m[0]) ? "представление доклада" : "информирование");
  }
  return out;
};
