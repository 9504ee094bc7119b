// Amendment told in prose (articles, lectures): "Конституционный закон … «О прокуратуре» внес изменения в Закон
// «О судебной системе и статусе судей»", "Законом … № 155-VII внесены дополнения в Уголовно-процессуальный кодекс".
// (Amendments an act makes itself — "Внести изменения …" in its units — are read in relate/index.ts.)
import type { GraphEdge } from "../../graph/schema.js";
import { normsOf } from "./context.js";
import { edge, type Rule } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const MAY_AMEND = cue("изменени", "дополнени", "поправк");

const AMENDED = /(?<![\p{L}])(?:внес(?:ли|ло|ла)?|внесены|внесено|внесен|внесена|вносятся|вносит|вносят)\s+(?:\p{L}+\s+){0,2}?(?:изменени|дополнени|поправк)\p{L}*/iu;
/** The first word of an act named in the instrumental ("Законом", "приказом"): the act that amends, in a passive clause. */
const INSTRUMENTAL = /^\p{L}+(?:ом|ой|ым)(?!\p{L})/iu;

const PREPOSITION = /(?:^|[\s(])(?:с|со|согласно|основании|по|к|от|из|для|на|о|об|при)\s+$/iu;

/** The act that amends (before the verb, or in the instrumental) AMENDS the acts or units named after «в». */
export const amendsInProse: Rule = (ctx) => {
  if (!hasAny(ctx, MAY_AMEND)) return [];
  const cue = AMENDED.exec(ctx.text);
  if (!cue) return [];
  const text = ctx.doc.clean.text, s = ctx.sentence;
  const cs = s.start + cue.index, ce = cs + cue[0].length;
  const norms = normsOf(ctx);
  const into = (n: { start: number }) => /(?:^|\s)во?\s+$/iu.test(text.slice(Math.max(s.start, n.start - 4), n.start));
  const targets = norms.filter((n) => into(n));
  if (!targets.length) return [];
  // before the verb the subject (not "в соответствии с Конституцией"), after it the agent in the instrumental
  const isActor = (n: { id: string; start: number }) =>
    !n.id.includes("#") && !into(n) && (n.start < cs ? !PREPOSITION.test(text.slice(Math.max(s.start, n.start - 14), n.start)) : INSTRUMENTAL.test(text.slice(n.start, n.start + 30)));
  const actor = norms.filter((n) => n.start < cs && isActor(n)).pop() ?? norms.find((n) => n.start >= ce && isActor(n));
  if (!actor) return [];
  const out: GraphEdge[] = [];
  for (const t of targets)
    if (t.id !== actor.id && !t.id.startsWith(`${actor.id}#`))
      out.push(edge(ctx, "AMENDS", actor.id, t.id, [Math.min(actor.start, t.start, cs), Math.max(actor.end, t.end, ce)]));
  return out;
};
