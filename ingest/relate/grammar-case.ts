// Case cues for the bodies a procedural rule pairs: a body named in the locative after «в» («в судах», «в
// Верховном Суде») is a place, not where a sending goes («направляют им информацию о рассмотрении дел в судах»);
// a body in the nominative right after a phrase («… об участии прокурора в судопроизводстве пленарное заседание
// Верховного Суда») is the subject of the next clause, not the place the phrase names.
import type { ConceptMention } from "../types.js";

const headOf = (b: ConceptMention) => b.text.toLowerCase().split(/\s+/u)[0];
const AFTER_INTO = /(?<![\p{L}])во?\s+$/u;

/** «в судах», «в суде», «в Верховном Суде», «в районной прокуратуре»: after «в», a locative form. */
export function inLocative(text: string, b: ConceptMention): boolean {
  return AFTER_INTO.test(text.slice(Math.max(0, b.start - 4), b.start)) && /(?:[^иы]е|ах|ях|ом|ем|ой|ей)$/u.test(headOf(b));
}

/** A sending verb whose destination is named in the accusative after «в» (направлять, вносить, приносить). */
export const SENDING_VERB = /^(?:направ|внос|внес|принос|принес)/iu;

/** «направляют им …», «вносит ему …»: the verb's addressee is a pronoun (named before), not a body after it. */
export function pronounAddressee(text: string, verbEnd: number): boolean {
  return /^\s+(?:им|ему|ей)(?![\p{L}])/iu.test(text.slice(verbEnd, verbEnd + 6));
}

/** A body that opens a clause in the nominative, with no preposition before it («пленарное заседание …», «Верховный Суд …»). */
export function nominativeSubject(text: string, b: ConceptMention): boolean {
  if (/(?<![\p{L}])(?:в|во|на|при|перед|с|со)\s+$/iu.test(text.slice(Math.max(0, b.start - 6), b.start))) return false;
  return /(?:ое|ый|ий|ая|ые|ие)$|^(?:суд|суды|сенат|парламент)$/u.test(headOf(b));
}

/** «информируют прокурора области о …», «уведомляет суд о …»: the body right after a verb of telling is told, it does not act. */
export function reportAddressee(text: string, b: ConceptMention): boolean {
  return /(?<![\p{L}])(?:информиру|уведомля|извеща|сообща|докладыва)\p{L}*\s+$/iu.test(text.slice(Math.max(0, b.start - 30), b.start));
}

/** «с согласия прокурора», «по ходатайству прокурора»: the body whose consent or motion it is does not do what the verb says. */
export function ownerOfMotion(text: string, b: ConceptMention): boolean {
  return /(?<![\p{L}])(?:с\s+согласия|по\s+(?:ходатайству|представлению|поручению|требованию|заявлению|протесту|запросу))\s+$/iu.test(text.slice(Math.max(0, b.start - 30), b.start));
}

const ADJECTIVE_END = /[\p{L}-]+(?:ых|их|ого|его|ой|ей|ым|им|ые|ие|ую|юю|ая|яя)$/u;
const ADJECTIVE_START = /^\s+(?:и\s+)?[\p{L}-]+(?:ых|их|ого|его|ой|ей|ым|им|ые|ие|ую|юю|ая|яя)(?![\p{L}])/u;

/**
 * Where `stop` (a comma) only separates coordinated adjectives («уголовных, гражданских и административных дел»):
 * the first comma after it that ends the clause, else `limit`.
 */
export function pastAdjectiveCommas(text: string, stop: number, limit: number): number {
  while (stop < limit && text[stop] === "," && ADJECTIVE_END.test(text.slice(Math.max(0, stop - 30), stop)) && ADJECTIVE_START.test(text.slice(stop + 1, stop + 40))) {
    const next = text.slice(stop + 1, limit).search(/[,;.:]/u);
    stop = next < 0 ? limit : stop + 1 + next;
  }
  return stop;
}

/**
 * «Суд … извещает о принесенном протесте прокурора лиц …»: a body whose act one is told about (in the «о …» phrase
 * right after a verb of telling) is not the one told.
 */
export function inTopic(verb: string, text: string, verbEnd: number, b: ConceptMention): boolean {
  // (the body's own act is what one is told about: «о … протесте прокурора»; «извещает о времени заседания прокурора» tells him)
  return /^(?:изве|уведом|информир|сообща)/iu.test(verb) && /^\s+об?\s[^,;:]*(?:протест|представлени|ходатайств|жалоб|иск|заявлени|указани|требовани)\p{L}*\s+$/iu.test(text.slice(verbEnd, b.start));
}

/** «внес ходатайство о пересмотре постановления апелляционной инстанции»: the court whose act is reviewed is not addressed
 * (the court right after the act's noun, or after a proper adjective: «приговора Алматинского районного суда»). */
export const REVIEWED = /(?<![\p{L}])о\s+пересмотре\s+(?:[\p{L}-]+\s+){0,6}?(?:постановлени|решени|определени|приговор|акт)\p{L}*\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/** A court inside the object of a protest or a petition, right after an act's noun: «о пересмотре … приговора, постановления суда». */
const OBJECT_COURT = /(?<![\p{L}])(?:о\s+пересмотре|(?:протест|ходатайств)\p{L}*\s+на|отменить|изменить|пересмотреть)\s+[^;.:]*?(?:постановлени|решени|определени|приговор|акт)\p{L}*\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/** Whether the text before a court (from the clause's act on) makes it the court whose act is opposed, not a destination. */
export const objectCourt = (before: string) => OBJECT_COURT.test(before) && !/(?<![\p{L}])(?:во?|к)\s+$/iu.test(before);
