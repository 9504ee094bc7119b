// Procedural acts told object first, the acting body last: «Государственное обвинение в суде поддерживает прокурор»,
// «Протест на решение суда приносит прокурор». The body right after the active verb, in the nominative, is its
// subject (it acts); a body of another family between the object and the verb is the one addressed. After a verb of
// consideration («Протест прокурора рассматривает суд») it is the other way round.
import type { ConceptMention } from "../types.js";
import { joinedWith, type SentenceContext } from "./context.js";
import { family } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const OBJECT_FIRST =
  /(?<![\p{L}])(?:(?:государственн\p{L}*\s+)?обвинени\p{L}*|протест\p{L}*|иск(?:и|ов|овое|овые)?|ходатайств\p{L}*|представлени\p{L}*)\s+(?:[\p{L}\d-]+\s+){0,8}?(?:поддержива(?:ет|ют)|принос(?:ит|ят)|внос(?:ит|ят)|предъявля(?:ет|ют))(?=\s)/giu;

/**
 * «Протест прокурора рассматривает суд»: the act of one body (named inside the object) that another, named right
 * after the verb in the nominative, considers — the body whose act it is acts, the one that considers is addressed.
 */
const CONSIDERED =
  /(?<![\p{L}])(протест\p{L}*|представлени\p{L}*|ходатайств\p{L}*|иск(?:и|ов)?|заявлени\p{L}*)\s+(?:[\p{L}\d-]+\s+){0,8}?рассматрива(?:ет|ют)(?=\s)/giu;

/** «В Конституционный Суд вправе обратиться Президент …, Генеральный Прокурор»: the body addressed first, those who
 * may turn to it after the verb, in the nominative. */
const TURN_TO = /(?<![\p{L}])во?\s+(?:[\p{L}-]+\s+){1,5}?(?:вправе|может|могут|имеет\s+право|имеют\s+право)\s+(?:обратиться|обращаться)(?=\s)/giu;

/** A cheap first look for the verbs of OBJECT_FIRST, CONSIDERED and TURN_TO. */
const MAY_MATCH = cue("поддержива", "принос", "внос", "предъявля", "рассматрива", "обратиться", "обращаться");

export interface ObjectFirst {
  /** the clause from its object to the end of the verb, in document offsets */
  start: number;
  verbEnd: number;
  /** the text of the object and the verb, for the form */
  phrase: string;
  actor: ConceptMention;
  addressed: ConceptMention;
}

const firstWord = (s: string) => s.toLowerCase().split(/\s+/u)[0];

/** Whether a body is named in the nominative: its head word is that of its label, or its plural («прокуроры», «суды»). */
export function nominative(b: ConceptMention): boolean {
  const w = firstWord(b.text), l = firstWord(b.label);
  return w === l || w === `${l}ы` || w === `${l}и` || (/[ая]$/u.test(l) && (w === `${l.slice(0, -1)}ы` || w === `${l.slice(0, -1)}и`));
}

/** The object-first clauses of a sentence with their acting and addressed bodies (`bodies`: those that may act). */
export function objectFirstClauses(ctx: SentenceContext, bodies: ConceptMention[]): ObjectFirst[] {
  if (bodies.length < 2 || !hasAny(ctx, MAY_MATCH)) return [];
  const text = ctx.doc.clean.text;
  const out: ObjectFirst[] = [];
  for (const m of ctx.text.matchAll(OBJECT_FIRST)) {
    const start = ctx.sentence.start + m.index!, verbEnd = start + m[0].length;
    const actor = bodies.find((b) => b.start > verbEnd && /^\s+$/u.test(text.slice(verbEnd, b.start)));
    if (!actor || !nominative(actor)) continue;
    const addressed = bodies.filter((b) => b.start > start && b.end <= verbEnd && family(b) !== family(actor)).pop();
    if (addressed) out.push({ start, verbEnd, phrase: m[0], actor, addressed });
  }
  for (const m of ctx.text.matchAll(CONSIDERED)) {
    const start = ctx.sentence.start + m.index!, verbEnd = start + m[0].length;
    const addressed = bodies.find((b) => b.start > verbEnd && /^\s+$/u.test(text.slice(verbEnd, b.start)));
    if (!addressed || !nominative(addressed)) continue;
    // the body whose act it is: named right after the object noun («протест прокурора», not «протест на решение
    // суда»), of another family than the one considering
    const objectEnd = start + m[1].length;
    const actor = bodies.find((b) => b.start > objectEnd && b.end <= verbEnd && /^\s+$/u.test(text.slice(objectEnd, b.start)) && family(b) !== family(addressed));
    if (actor) out.push({ start, verbEnd, phrase: m[0], actor, addressed });
  }
  for (const m of ctx.text.matchAll(TURN_TO)) {
    const start = ctx.sentence.start + m.index!, verbEnd = start + m[0].length;
    const addressed = bodies.find((b) => b.start > start && b.end <= verbEnd && /^во?\s+$/iu.test(text.slice(start, b.start)));
    const first = bodies.find((b) => b.start > verbEnd && /^\s+$/u.test(text.slice(verbEnd, b.start)));
    if (!addressed || !first || !nominative(first)) continue;
    // (the form as the usual word order names it: «обратиться в суд», else an appeal «с обращением»)
    const phrase = `обратиться в ${addressed.text} с обращением`;
    // (the list runs on past an item that is no body: «…, депутаты Парламента в количестве не менее одной пятой …,
    // Премьер-Министр»; it ends with the clause, or at a verb)
    const clauseEnd = text.slice(first.end, ctx.sentence.end).search(/[;:.]|\s(?:\p{L}+(?:ет|ют|ит|ят|ется|ются))(?![\p{L}])/u);
    const until = clauseEnd < 0 ? ctx.sentence.end : first.end + clauseEnd;
    const listed = bodies.filter((b) => b.start > first.end && b.end <= until && nominative(b) && /,\s*$|(?<![\p{L}])и\s+$/u.test(text.slice(Math.max(0, b.start - 4), b.start)));
    for (const actor of [first, ...new Set([...joinedWith(text, bodies, first).filter((b) => b.start > first.end && nominative(b)), ...listed])])
      if (family(actor) !== family(addressed)) out.push({ start, verbEnd, phrase, actor, addressed });
  }
  return out;
}
