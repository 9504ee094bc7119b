// A court deciding on another body's act, the act named before the verb: «Судебная коллегия … областного суда протест
// прокурора удовлетворила», «Решением районного суда иск прокурора удовлетворен», «Ходатайство Генерального Прокурора
// Верховным Судом отклонено», «… в удовлетворении протеста прокурора отказал», «Судебная коллегия …, рассмотрев в
// судебном заседании протест заместителя Генерального Прокурора …», «Суд, согласившись с доводами протеста прокурора, …». The body whose act it is (named right
// after the act's noun, in the genitive) addresses the court that decides (a court of the same clause). The verb
// before its object («Суд удовлетворил протест прокурора») is the procedural rule's (interaction.ts ADDRESSING).
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, PROCEDURE_FORMS } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const ACT = "(протест|ходатайств|представлени|иск|заявлени)\\p{L}*";
/** The act and then the verb of deciding on it («протест … удовлетворила»): costly, and possible only with that verb. */
const FIRST = `${ACT}\\s+(?:[\\p{L}\\d«»"-]+\\s+){0,10}?(?:(?:удовлетвор|отклон)(?:ил|ила|или|ен|ена|ено|ены|ит|ят|яет|яют)|оставл\\p{L}*\\s+без\\s+удовлетворения)`;
const decidedRe = (first: string) => new RegExp(`(?<![\\p{L}])(?:${first}|(?:в\\s+)?удовлетворени\\p{L}*\\s+${ACT}|рассм(?:отр|атрива)\\p{L}*\\s+(?:[\\p{L}-]+\\s+){0,4}?${ACT}|соглас\\p{L}*\\s+с\\s+доводами\\s+(?:(?:апелляционн|кассационн)\\p{L}*\\s+)?${ACT})(?![\\p{L}])`, "giud");
const DECIDED = decidedRe(FIRST);
/** (the same groups where the sentence has no verb of granting or rejecting: the first alternative cannot match) */
const DECIDED_NO_VERB = decidedRe(`(?!)${ACT}`);
/** A cheap first look. */
const MAY = cue("удовлетвор", "отклон", "рассм", "соглас");

export const decided: Rule = (ctx) => {
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (bodies.length < 2 || !bodies.some((b) => family(b) === "court") || !hasAny(ctx, MAY)) return [];
  const l = lower(ctx);
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(l.includes("удовлетвор") || l.includes("отклон") || l.includes("оставл") ? DECIDED : DECIDED_NO_VERB)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const g = [1, 2, 3, 4].find((k) => m[k] !== undefined)!;
    const noun = m[g];
    // (the noun's word ends at the first space after it)
    const at = m.indices![g]![0];
    const nounEnd = ctx.sentence.start + at + /^\S+/u.exec(ctx.text.slice(at))![0].length;
    // the owner: right after the act's noun («протест прокурора», «ходатайство Генерального Прокурора»)
    const owner = bodies.find((b) => b.start > nounEnd && /^\s+$/u.test(text.slice(nounEnd, b.start)) && family(b) !== "court");
    if (!owner) continue;
    // the court: in the same clause (no «;» and no full stop between), not the owner's
    const sameClause = (b: { start: number; end: number }) => !/[;]/u.test(text.slice(Math.min(b.end, cs), Math.max(b.start, ce)));
    const courts = bodies.filter((b) => family(b) === "court" && sameClause(b));
    // the subject before the act, else the agent after it («… Верховным Судом отклонено»), else the court whose act
    // is opposed («Протест прокурора на решение суда оставлен без удовлетворения»)
    const court = courts.filter((b) => b.end <= cs).pop() ?? courts.find((b) => b.start >= ce) ?? courts.find((b) => b.start > owner.end);
    if (!court) continue;
    const form = PROCEDURE_FORMS.find((f) => f.cue.test(noun))?.form ?? "процессуальное взаимодействие";
    const e = interaction(ctx, owner, court, [Math.min(cs, court.start), Math.max(ce, owner.end)], form, true);
    if (e) out.push(e);
  }
  return out;
};

/** «Суд отказывает прокурору в удовлетворении ходатайства»: the body refused, in the dative, and the act refused. */
const REFUSED = /(?<![\p{L}])отказ(?:ывает|ывают|ал|ала|али|ано|ать)\s+$/iu;
const REFUSED_ACT = /^\s+в\s+удовлетворени\p{L}*\s+(протест|ходатайств|представлени|иск|заявлени)\p{L}*/iu;

/** A court refuses a body's motion or protest, the body named in the dative: that body addressed the court. */
export const refused: Rule = (ctx) => {
  if (!lower(ctx).includes("отказ") || !lower(ctx).includes("удовлетворени")) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const to of bodies) {
    if (family(to) === "court" || !REFUSED.test(text.slice(Math.max(ctx.sentence.start, to.start - 20), to.start))) continue;
    const act = REFUSED_ACT.exec(text.slice(to.end, Math.min(ctx.sentence.end, to.end + 60)));
    // the court: the subject before the verb
    const court = bodies.filter((b) => family(b) === "court" && b.end <= to.start).pop();
    if (!act || !court) continue;
    const form = PROCEDURE_FORMS.find((f) => f.cue.test(act[1]))?.form ?? "процессуальное взаимодействие";
    const e = interaction(ctx, to, court, [court.start, to.end + act[0].length], form, true);
    if (e) out.push(e);
  }
  return out;
};
