// «обеспечивают участие прокуроров в рассмотрении гражданских дел в судах первой инстанции»: participation named
// as a noun. The participant is the body in the genitive right after «участие»; the court is the one named in the
// same clause after the object («в рассмотрении …», «в заседаниях …»). A verb of participation is `interacts`.
import type { GraphEdge } from "../../graph/schema.js";
import { lower, partyBodies, type SentenceContext } from "./context.js";
import { family, type Rule } from "./edge.js";
import { interaction, interactionForm } from "./interaction.js";
import { nominativeSubject } from "./grammar-case.js";

const NOUN = /(?<![\p{L}])участи(?:е|я|ю|ем|и)\s+((?:\p{L}+\s+){0,2}?)(?:в|на)\s+(?:\p{L}+\s+){0,6}?(?:заседани|рассмотрени|судопроизводств|разбирательств)\p{L}*/giu;

export const participates: Rule = (ctx: SentenceContext) => {
  if (!lower(ctx).includes("участи")) return [];
  const bodies = partyBodies(ctx);
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(NOUN)) {
    if (!m[1]) continue;
    const cs = s.start + m.index!, ce = cs + m[0].length;
    const objStart = cs + /^\p{L}+\s+/u.exec(m[0])![0].length;
    const participant = bodies.find((b) => b.start >= objStart && b.end <= objStart + m[1].length && family(b) !== "court");
    if (!participant) continue;
    let stop = s.end;
    for (const c of [",", ";", ":"]) { const i = text.indexOf(c, ce); if (i >= 0 && i < stop) stop = i; }
    // (or the court the object itself names: «Участие прокурора в судебном разбирательстве … обязательно»)
    const court =
      bodies.find((b) => b.start >= ce && b.end <= Math.min(stop, ce + 120) && family(b) === "court" && !nominativeSubject(text, b)) ??
      bodies.find((b) => b.start >= objStart + m[1].length && b.end <= ce && family(b) === "court");
    if (!court) continue;
    const e = interaction(ctx, participant, court, [cs, ce], interactionForm(text.slice(cs, stop)));
    if (e) out.push(e);
  }
  return out;
};
