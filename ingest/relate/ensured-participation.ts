// Participation a prosecutor's office ensures, named as a noun without its participant: «Территориальные прокуроры
// … обеспечивают по месту своей дислокации участие при рассмотрении гражданских и административных дел в судах
// первой и апелляционной инстанций», «Специализированные военные прокуроры обеспечивают … участие при рассмотрении
// военными судами …», and the object first: «Участие в специализированных межрайонных экономических судах …
// обеспечивают прокуроры …», «В специализированном межрайонном экономическом суде … участие обеспечивает Главная
// транспортная прокуратура». The body that ensures it takes part; each court named in the clause is where.
// (With the participant after the noun, «обеспечивают участие прокуроров в …», it is participation.ts.)
import type { GraphEdge } from "../../graph/schema.js";
import { concepts, findLast, lower, type SentenceContext } from "./context.js";
import { family, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

const ENSURE = /(?<![\p{L}])обеспечива\p{L}*/iu;
/** «участие (и последующий надзор) при / в рассмотрении …», «участие в … судах», «(в … суде) участие обеспечивает». */
const PART = /(?<![\p{L}])участи(?:е|я)(?:\s+и\s+(?:\p{L}+\s+){0,2}?\p{L}+)?(?:\s+(?:при|в)\s+|(?=\s+обеспечива))/iu;
/** What is not where the office takes part: «за исключением дел, отнесенных к ведению специализированных судов». */
const EXCEPT = /(?<![\p{L}])(?:за\s+исключением|кроме)(?![\p{L}])/iu;
const FORM = "участие прокурора в рассмотрении дел";

export const ensuredParticipation: Rule = (ctx: SentenceContext) => {
  const low = lower(ctx);
  if (!low.includes("участи") || !low.includes("обеспечива")) return [];
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const ensure = ENSURE.exec(ctx.text), part = PART.exec(ctx.text);
  if (!ensure || !part) return [];
  const verbAt = s.start + ensure.index, partAt = s.start + part.index;
  const bodies = concepts(ctx, "Body");
  // (a participant named right after the noun is participation.ts's: «участие прокуроров в …»)
  if (bodies.some((b) => b.start >= partAt && b.start < partAt + part[0].length && family(b) === "prosecution")) return [];
  const except = EXCEPT.exec(ctx.text);
  const end = except ? s.start + except.index : s.end;
  // who ensures it: the subject before the verb; with the object first («Участие в … обеспечивают прокуроры»), the
  // body right after the verb, past an adjective or two («Главная транспортная прокуратура») (a body before it is then an attribute: «по делам, подведомственным транспортным прокурорам»)
  const offices = bodies.filter((b) => family(b) === "prosecution" && b.end <= end);
  const after = offices.find((b) => b.start >= verbAt + ensure[0].length && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(verbAt + ensure[0].length, b.start)));
  const office = partAt < verbAt ? after : (findLast(offices, (b) => b.end <= verbAt) ?? after);
  if (!office) return [];
  const courts = bodies.filter((b) => family(b) === "court" && b.end <= end && (b.start >= partAt || b.end <= Math.min(partAt, verbAt)));
  const out: GraphEdge[] = [];
  for (const court of courts) {
    const e = interaction(ctx, office, court, [Math.min(partAt, court.start), Math.max(partAt + part[0].length, court.end)], FORM);
    if (e) out.push(e);
  }
  return out;
};
