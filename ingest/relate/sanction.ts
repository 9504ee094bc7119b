// A sanction one body gives to another's decision: «Постановление судебного исполнителя о вскрытии помещений подлежит
// санкционированию прокурором», «… санкционируется прокурором», «Прокурор санкционирует постановление судебного
// исполнителя». The body that sanctions → the body whose decision it is (form «санкционирование»).
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, lower } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction } from "./interaction.js";

/** «Постановление (решение) X …» at the clause's start: the decision and its author right after it. */
const DECISION = /(?<![\p{L}])(?:постановлени|решени|ходатайств)\p{L}*\s+$/iu;
const PASSIVE = /(?<![\p{L}])(?:подлеж\p{L}*\s+(?:обязательному\s+)?санкционированию|санкциониру(?:ется|ются))\s+$/iu;
const ACTIVE = /(?<![\p{L}])(?:санкциониру(?:ет|ют)|санкционировать)\s+(?:постановлени|решени|ходатайств)\p{L}*\s+$/iu;

export const sanction: Rule = (ctx) => {
  if (!lower(ctx).includes("санкционир")) return [];
  const bodies = concepts(ctx, "Body").filter((b) => HOLDER_KINDS.has(b.bodyKind ?? ""));
  if (bodies.length < 2) return [];
  const text = ctx.doc.clean.text;
  const s = ctx.sentence;
  const out: GraphEdge[] = [];
  const push = (by: ConceptMention, of: ConceptMention) => {
    const e = interaction(ctx, by, of, [Math.min(by.start, of.start), Math.max(by.end, of.end)], "санкционирование", true);
    if (e) out.push(e);
  };
  for (const b of bodies) {
    const before = text.slice(Math.max(s.start, b.start - 60), b.start);
    // passive: the sanctioning body in the instrumental right after the verb; the author of the decision before it
    if (PASSIVE.test(before)) {
      const of = bodies.find((x) => x.end <= b.start && family(x) !== family(b) && DECISION.test(text.slice(Math.max(s.start, x.start - 20), x.start)));
      if (of) push(b, of);
    }
    // active: «Прокурор санкционирует постановление судебного исполнителя»
    const active = ACTIVE.exec(before);
    if (active) {
      const by = bodies.filter((x) => x.end <= b.start - active[0].length && family(x) !== family(b)).pop();
      if (by) push(by, b);
    }
  }
  return out;
};
