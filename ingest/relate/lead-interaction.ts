// An item of a list whose lead-in names the body, and whose verb is mutual: «Департамент … осуществляет следующие
// функции: … 5) взаимодействует с Верховным Судом по вопросам формирования единообразной судебной практики;»,
// «6) сотрудничает с органами прокуратуры …». The body of the lead-in and the body after «с» interact (a mutual
// interaction, stored once; the lead-in is quoted too).
import { concepts, evidence, sentenceOf, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const MUTUAL_CUE = cue("взаимодейств", "сотруднич");

const ITEM = /^\s*\d+(?:-\d+)?\)\s*/u;
/** The item opens with the mutual verb and its partner: «взаимодействует с», «осуществляет взаимодействие с». */
const MUTUAL = /^(?:взаимодейству\p{L}*|сотруднича\p{L}*|осуществля\p{L}*\s+(?:\p{L}+\s+)?(?:взаимодействие|сотрудничество))\s+со?\s+$/iu;

export const leadInteracts: Rule = (ctx: SentenceContext) => {
  const lead = ctx.lead;
  if (!lead || !HOLDER_KINDS.has(lead.bodyKind ?? "") || !hasAny(ctx, MUTUAL_CUE)) return [];
  const item = ITEM.exec(ctx.text);
  if (!item) return [];
  const text = ctx.doc.clean.text;
  const from = ctx.sentence.start + item[0].length;
  const partner = concepts(ctx, "Body").find((b) => b.start > from && MUTUAL.test(text.slice(from, b.start)));
  if (!partner || !HOLDER_KINDS.has(partner.bodyKind ?? "") || family(partner) === family(lead)) return [];
  const e = interaction(ctx, lead, partner, [from, partner.end], "взаимодействие");
  if (!e) return [];
  const at = sentenceOf(ctx, lead);
  if (at) e.evidence.unshift(evidence(ctx.doc, at.sentence.start, at.sentence.end, [lead.start, lead.end]));
  return [e];
};
