// Editorial notes of the official database (adilet.zan.kz) that record amendments in the act they stand in:
// «Сноска. Статья 5 с изменениями, внесенными Законом РК от 03.07.2013 № 124-V», «Заголовок с изменением,
// внесенным Конституционным законом РК от 05.11.2022 № 154-VII», «Статья 7 исключена Законом РК от …»,
// «По всему тексту слова "…" заменены словами "…" в соответствии с Конституционным законом РК от …».
// Each act the note names after its cue AMENDS the act the note stands in.
import type { GraphEdge } from "../../graph/schema.js";
import { normsOf } from "./context.js";
import { edge, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const CUES = [
  /с\s+(?:изменени|дополнени)\p{L}*(?:\s+и\s+дополнени\p{L}*)?\s*,\s*внесенн\p{L}*/iu,
  // (a unit excluded; an act that «утратил силу» as a whole is repealed, not amended: see relate/index.ts)
  /исключен\p{L}*\s+(?:в\s+соответствии\s+с\s+)?(?=(?:законом|конституционным|указом|приказом|постановлением)(?![\p{L}]))/iu,
  // «Пункт 2 в редакции Закона РК от 03.07.2013 № 124-V»
  /(?<![\p{L}])в\s+редакции\s+(?=(?:закона|конституционного|указа|приказа|постановления)(?![\p{L}]))/iu,
  /^\s*(?:Сноска\.\s*)?По\s+всему\s+тексту\s[^]*?(?:заменены|исключены|дополнены)[^]*?(?:в\s+соответствии\s+с|согласно)\s+/iu,
];

/** A cheap first look for the words of CUES. */
const MAY_MATCH = cue("внесенн", "исключен", "в редакции", "по всему тексту");

export const footnoteAmends: Rule = (ctx) => {
  const frame = ctx.frame;
  if (!frame || !hasAny(ctx, MAY_MATCH)) return [];
  const cue = CUES.map((re) => re.exec(ctx.text)).find((m) => m);
  if (!cue) return [];
  const cs = ctx.sentence.start + cue.index, ce = cs + cue[0].length;
  const out: GraphEdge[] = [];
  for (const n of normsOf(ctx))
    if (n.start >= ce && !n.id.includes("#") && n.id !== frame.id && n.id !== frame.parentActId)
      out.push(edge(ctx, "AMENDS", n.id, frame.id, [cs, n.end], { footnote: true }));
  return out;
};
