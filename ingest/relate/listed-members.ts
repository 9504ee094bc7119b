// Members named by a list: «Судами Республики являются Верховный Суд Республики, местные и другие суды Республики,
// учреждаемые законом» (Constitution art. 75.3): the body named in the plural instrumental that opens the sentence is
// the whole, the bodies listed right after «являются» are its parts. Bodies only, not offices: «Судьями являются
// лица, избранные Сенатом» names who may be a judge, not a part of anything.
import { concepts, joinedWith } from "./context.js";
import { cue, hasAny } from "./cues.js";
import { edge, idOf, type Rule } from "./edge.js";

const MAY_LIST = cue("являются");
/** «(3.) Судами (Республики (Казахстан)) являются(:)»: the subject is the body, in the plural instrumental. */
const OPENING = /^\s*(?:\d+(?:-\d+)?[.)]\s*)?(\p{L}+(?:ами|ями))\s+(?:(?:\p{L}+\s+){0,2}?)являются\s*:?\s*/u;

export const listedMembers: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_LIST)) return [];
  const m = OPENING.exec(ctx.text);
  if (!m) return [];
  const bodies = concepts(ctx, "Body");
  const opening = ctx.sentence.start + m.index + m[0].indexOf(m[1]);
  const verb = ctx.sentence.start + m.index + m[0].search(/являются/u);
  const from = ctx.sentence.start + m.index + m[0].length;
  const whole = bodies.find((b) => b.start === opening && b.end <= verb);
  const first = bodies.find((b) => b.start >= from && b.start - from < 2);
  if (!whole || !first || whole.bodyKind === "official") return [];
  const text = ctx.doc.clean.text;
  return [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.start)]
    .filter((b) => b.bodyKind !== "official" && idOf(b) !== idOf(whole))
    .map((b) => edge(ctx, "PART_OF", idOf(b), idOf(whole), [b.start, b.end]));
};
