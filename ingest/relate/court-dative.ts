// A body addressing the court named in the dative: «Государственный обвинитель … излагает суду свое мнение по существу
// обвинения», «При рассмотрении дела в суде прокурор: 1) представляет суду доказательства; 2) заявляет суду
// ходатайства …». The acting body is the subject before the verb, else the lead-in of the list the sentence is an
// item of; the form is what is given to the court.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, evidence, listLeadIn, subjectBefore } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

const VERB_DATIVE = /(?<![\p{L}])(?:представля|излага|заявля|да[её]т|дают|предъявля)\p{L}*\s+(суду|судам)(?![\p{L}])/giu;
const FORMS: [RegExp, string][] = [
  [/доказательств/iu, "представление доказательств"],
  [/мнени|соображени|позици/iu, "изложение мнения суду"],
  [/ходатайств|отвод/iu, "заявление ходатайства"],
  [/заключени/iu, "дача заключения"],
];

export const courtDative: Rule = (ctx) => {
  if (!/суду|судам/u.test(ctx.text)) return [];
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(VERB_DATIVE)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    const court = concepts(ctx, "Body").find((b) => b.start >= ce - m[1].length && b.start < ce && family(b) === "court");
    if (!court) continue;
    // what is given: the words after the court up to the clause's end
    const rest = text.slice(ce, Math.min(ctx.sentence.end, ce + 80)).split(/[,;.]/u)[0];
    const form = FORMS.find(([re]) => re.test(rest))?.[1];
    if (!form) continue;
    // (not a body inside a participial clause: «прокурор, представляющий интересы органов прокуратуры …, представляет»)
    const subject = subjectBefore(ctx, cs, (b) => HOLDER_KINDS.has(b.bodyKind ?? "") && family(b) !== "court" && !inParticipial(text, b.start, cs, ctx.sentence.start));
    // (the lead-in may name the court first: «При рассмотрении дела в суде прокурор:»)
    const leadIn = subject ? undefined : listLeadIn(ctx, 30);
    const fits = (b: ConceptMention) => family(b) !== "court" && HOLDER_KINDS.has(b.bodyKind ?? "");
    const lead = leadIn ? concepts(leadIn, "Body").find(fits) : ctx.lead && fits(ctx.lead) ? ctx.lead : undefined;
    const actor: ConceptMention | undefined = subject ?? lead;
    if (!actor) continue;
    const e = interaction(ctx, actor, court, [subject ? Math.min(subject.start, cs) : cs, ce], form, true);
    if (!e) continue;
    if (!subject && lead) {
      let at = leadIn ?? ctx.previous;
      for (let k = 0; at && k < 30 && !(at.sentence.start <= lead.start && lead.end <= at.sentence.end); k++) at = at.previous;
      if (at) e.evidence.unshift(evidence(ctx.doc, at.sentence.start, at.sentence.end, [lead.start, lead.end]));
    }
    out.push(e);
  }
  return out;
};

/** Whether `pos` lies in a participial clause set off by commas before `verb` («, представляющий … ,»). */
function inParticipial(text: string, pos: number, verb: number, from: number): boolean {
  const open = text.lastIndexOf(",", pos);
  if (open < from) return false; // (a comma of the sentence before)
  const close = text.indexOf(",", pos);
  return open >= 0 && close >= 0 && close < verb && /^,\s*\p{L}+(?:ющ|ющ|вш|ащ|ящ|емы|имы|нн)\p{L}*/u.test(text.slice(open, pos));
}
