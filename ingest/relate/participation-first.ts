// Participation told with the sitting first and the body taking part after the verb: «В пленарном заседании
// Верховного Суда участвует Генеральный Прокурор», «В судебном разбирательстве принимает участие прокурор».
// The body named in the sitting is the one addressed; the body in the nominative right after the verb (and those
// listed with it) takes part.
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, joinedWith } from "./context.js";
import { HOLDER_KINDS, type Rule } from "./edge.js";
import { FORMS, interaction } from "./interaction.js";
import { nominative } from "./object-first.js";
import { cue, hasAny } from "./cues.js";

const MAY_PARTICIPATE = cue("участву", "участие");

const SITTING_FIRST =
  /(?<![\p{L}])во?\s+((?:[\p{L}-]+\s+){0,3}?(?:заседани|рассмотрени|разбирательств|судопроизводств)\p{L}*)(?:\s+[\p{L}-]+){0,5}?\s+(?:участву(?:ет|ют)|принима(?:ет|ют)\s+участие)(?=\s)/giu;

export const participationFirst: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_PARTICIPATE)) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (bodies.length < 2) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(SITTING_FIRST)) {
    const start = ctx.sentence.start + m.index!, verbEnd = start + m[0].length;
    const addressed = bodies.find((b) => b.start > start && b.end <= verbEnd);
    const first = bodies.find((b) => b.start > verbEnd && /^\s+$/u.test(text.slice(verbEnd, b.start)));
    if (!addressed || !first || !nominative(first)) continue;
    const form = FORMS.find(([re]) => re.test(`участие в ${m[1]}`))?.[1] ?? "участие в заседаниях";
    for (const actor of [first, ...joinedWith(text, bodies, first).filter((b) => b.start > first.end && nominative(b))]) {
      const e = interaction(ctx, actor, addressed, [start, actor.end], form, true);
      if (e) out.push(e);
    }
  }
  return out;
};
