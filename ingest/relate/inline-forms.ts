// Forms of one interaction listed inside one sentence: "Формы взаимодействия суда и прокуратуры: участие прокурора
// в судебных заседаниях, опротестование незаконных судебных актов, обобщение судебной практики, обмен информацией."
// (a numbered list of items, one sentence each, is `listedForms` in interaction.ts).
import type { GraphEdge } from "../../graph/schema.js";
import { concepts } from "./context.js";
import { family, type Rule } from "./edge.js";
import { FORMS, FORMS_LEAD, interaction, PROCEDURE_FORMS } from "./interaction.js";

/** The form an item names (a named form, else a procedural act), if any. */
const itemForm = (text: string) => FORMS.find(([re]) => re.test(text))?.[1] ?? PROCEDURE_FORMS.find((f) => f.cue.test(text))?.form;

/** Each item after the colon of "Формы взаимодействия X и Y: a, b, c" is one form of the interaction of X and Y. */
export const inlineForms: Rule = (ctx) => {
  const colon = ctx.text.indexOf(":");
  // cheap guards: a colon with a list after it, and "форм…" before it
  if (colon < 0 || colon > 200 || !/форм/i.test(ctx.text.slice(0, colon))) return [];
  const lead = FORMS_LEAD.exec(ctx.text.slice(0, colon));
  if (!lead) return [];
  const s = ctx.sentence;
  const bodies = concepts(ctx, "Body").filter((b) => b.start >= s.start + lead.index && b.end <= s.start + colon);
  const a = bodies[0];
  const b = a && bodies.find((x) => family(x) !== family(a));
  if (!b) return [];
  const out: GraphEdge[] = [];
  const seen = new Set<string>();
  const items = /[^,;]+/gu;
  items.lastIndex = colon + 1;
  for (let m = items.exec(ctx.text); m; m = items.exec(ctx.text)) {
    const form = itemForm(m[0]);
    if (!form || seen.has(form)) continue;
    seen.add(form);
    const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
    const e = interaction(ctx, a, b, [start, s.start + m.index + m[0].trimEnd().length], form);
    if (e) out.push(e);
  }
  return out;
};
