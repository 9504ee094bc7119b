// A body putting candidates or proposals before another, named in the dative: «Высший Судебный Совет: 1) рекомендует
// Президенту Республики Казахстан кандидатуры для назначения на должности судей …; 3) вносит Президенту представления об
// освобождении судей от должности», «дает заключения … Сенату». Any body may do it (a council as well as an official):
// the subject before the verb, else the list's lead-in → the body addressed (form from what is put forward).
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, evidence, subjectBefore } from "./context.js";
import { type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

/** The first look: a cue word of the rule in the sentence. */
const CUE = cue("рекоменд", "внос", "внест", "направля");

// (not «представляет Президенту кандидатуры»: reporting.test.ts holds that to no interaction)
const PUTTING = /(?<![\p{L}])(?:рекоменду(?:ет|ют)|рекомендовать|внос(?:ит|ят)|вносить|внести|направля(?:ет|ют))\s+$/iu;
const FORMS: [RegExp, string][] = [
  [/^кандидатур/iu, "рекомендация кандидатур"],
  [/^(?:представлени|предложени)/iu, "внесение представления"],
  [/^рекомендаци/iu, "рекомендация кандидатур"],
];
const DATIVE = /^[\p{L}-]+(?:у|ю|ам|ям|ье|ому|ему)(?![\p{L}])/u;
const PREPOSITION = /(?<![\p{L}])(?:в|во|на|к|от|у|с|со|о|об|при|перед|через|по|для)\s+$/iu;

export const recommends: Rule = (ctx) => {
  if (!hasAny(ctx, CUE)) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const to of concepts(ctx, "Body")) {
    if (!DATIVE.test(to.text)) continue;
    const verb = PUTTING.exec(text.slice(Math.max(ctx.sentence.start, to.start - 30), to.start));
    if (!verb) continue;
    // what is put forward: the word right after the addressee («Президенту Республики Казахстан кандидатуры …»)
    const what = text.slice(to.end, Math.min(ctx.sentence.end, to.end + 40)).trimStart();
    const form = FORMS.find(([re]) => re.test(what))?.[1];
    if (!form) continue;
    const cs = to.start - verb[0].length;
    const subject = subjectBefore(ctx, cs, (b) => b !== to && !PREPOSITION.test(text.slice(Math.max(0, b.start - 8), b.start)));
    const actor: ConceptMention | undefined = subject ?? ctx.lead;
    if (!actor) continue;
    // (the subject may be the lead-in of the list: named outside the sentence)
    const outside = actor.start < ctx.sentence.start || actor.end > ctx.sentence.end;
    const e = interaction(ctx, actor, to, [outside ? cs : Math.min(actor.start, cs), to.end], form, true);
    if (!e) continue;
    if (outside && ctx.previous) {
      // the list's lead-in, quoted first («Высший Судебный Совет:»)
      let at: typeof ctx.previous | undefined = ctx.previous;
      for (let k = 0; at && k < 30 && !(at.sentence.start <= actor.start && actor.end <= at.sentence.end); k++) at = at.previous;
      if (at) e.evidence.unshift(evidence(ctx.doc, at.sentence.start, at.sentence.end, [actor.start, actor.end]));
    }
    out.push(e);
  }
  return out;
};
