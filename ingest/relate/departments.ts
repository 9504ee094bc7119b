// Units named by what they are to a body, the units after the verb: «Ведомствами Генеральной прокуратуры являются
// Комитет по правовой статистике и специальным учетам и …», «Структурными подразделениями Генеральной прокуратуры
// являются Главная военная прокуратура, …». Each unit listed is PART_OF the body named after the noun.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { isUnitKey } from "../find/units.js";
import { concepts, joinedWith } from "./context.js";
import { edge, family, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const ARE_CUE = cue("являются", "выступают");
const UNITS_CUE = cue("ведомств", "подразделени");

const UNITS_OF = /(?<![\p{L}])(?:ведомствами|(?:структурными\s+|территориальными\s+)?подразделениями)\s+$/iu;
const ARE = /^\s*(?:Республики\s+Казахстан\s+)?(?:являются|выступают)\s+$/iu;

export const departments: Rule = (ctx) => {
  if (!hasAny(ctx, ARE_CUE) || !hasAny(ctx, UNITS_CUE)) return [];
  const bodies = concepts(ctx, "Body");
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (let i = 0; i + 1 < bodies.length; i++) {
    const whole = bodies[i], first = bodies[i + 1];
    if (!UNITS_OF.test(text.slice(Math.max(ctx.sentence.start, whole.start - 40), whole.start)) || !ARE.test(text.slice(whole.end, first.start))) continue;
    for (const part of [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.end)])
      if (idOf(part) !== idOf(whole)) out.push(edge(ctx, "PART_OF", idOf(part), idOf(whole), [whole.start, part.end]));
  }
  return out;
};

/**
 * A unit named by what it does and then the body it belongs to, in the genitive: «Департамент по надзору за
 * законностью судебных актов Генеральной прокуратуры», «Службе по защите общественных интересов Генеральной
 * прокуратуры» — the unit is PART_OF that body (see find/units.ts).
 */
export const unitOfBody: Rule = (ctx) => {
  const bodies = concepts(ctx, "Body");
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const unit of bodies) {
    const owner = ownerOfUnit(text, bodies, unit);
    if (owner) out.push(edge(ctx, "PART_OF", idOf(unit), idOf(owner), [unit.start, owner.end]));
  }
  return out;
};

/** Between a unit and its body: nothing, or the name of a region («… по гражданским делам Карагандинского областного суда»). */
const UNIT_TO_OWNER = /^\s+(?:\p{Lu}[\p{L}-]*(?:ского|цкого)\s+)?$/u;

/** The body a unit's name ends with, in the genitive («Судебная коллегия по уголовным делам Верховного Суда» → the Supreme Court). */
export function ownerOfUnit(text: string, bodies: ConceptMention[], unit: ConceptMention): ConceptMention | undefined {
  if (!isUnitKey(unit.key)) return undefined;
  const owner = bodies[bodies.indexOf(unit) + 1];
  if (!owner || !HOLDER_KINDS.has(owner.bodyKind ?? "") || !UNIT_TO_OWNER.test(text.slice(unit.end, owner.start)) || idOf(unit) === idOf(owner)) return undefined;
  return owner;
}

const FORMED_CUE = cue("образу", "созда", "действу");
/** «В Верховном Суде образуются …»: the body in the locative opens the clause (after a point's number). */
const IN_OPENS = /^\s*(?:\d+[.)]\s*)?(?:[Вв]о?)\s+$/u;
const FORMED = /^\s*(?:(?:могут|может)\s+)?(?:образу\p{L}*|созда(?:ются|ется|ны|на)|действу(?:ют|ет))\s+$/iu;

/**
 * The units a body forms within it: «В Верховном Суде образуются судебные коллегии по гражданским, уголовным и
 * административным делам», «В областном суде образуются судебная коллегия по гражданским делам, …» — each body listed
 * after the verb is PART_OF the body named after «В», where both are of one branch and the part is no official.
 */
export const formedIn: Rule = (ctx) => {
  if (!hasAny(ctx, FORMED_CUE)) return [];
  const bodies = concepts(ctx, "Body");
  const whole = bodies[0];
  if (!whole || bodies.length < 2 || !IN_OPENS.test(ctx.doc.clean.text.slice(ctx.sentence.start, whole.start))) return [];
  const text = ctx.doc.clean.text;
  const first = bodies[1];
  if (!FORMED.test(text.slice(whole.end, first.start))) return [];
  const out: GraphEdge[] = [];
  for (const part of [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.end)])
    if (idOf(part) !== idOf(whole) && part.bodyKind !== "official" && family(part) === family(whole)) out.push(edge(ctx, "PART_OF", idOf(part), idOf(whole), [whole.start, part.end]));
  return out;
};
