// Units named by what they are to a body, the units after the verb: «Ведомствами Генеральной прокуратуры являются
// Комитет по правовой статистике и специальным учетам и …», «Структурными подразделениями Генеральной прокуратуры
// являются Главная военная прокуратура, …». Each unit listed is PART_OF the body named after the noun.
import type { GraphEdge } from "../../graph/schema.js";
import { isUnitKey } from "../find/units.js";
import { concepts, joinedWith } from "./context.js";
import { edge, HOLDER_KINDS, idOf, type Rule } from "./edge.js";
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
  for (let i = 0; i + 1 < bodies.length; i++) {
    const unit = bodies[i], owner = bodies[i + 1];
    if (!isUnitKey(unit.key) || !HOLDER_KINDS.has(owner.bodyKind ?? "") || /\S/.test(text.slice(unit.end, owner.start)) || idOf(unit) === idOf(owner)) continue;
    out.push(edge(ctx, "PART_OF", idOf(unit), idOf(owner), [unit.start, owner.end]));
  }
  return out;
};
