// An item of a list whose lead-in names the participant: «2. … прокурор в пределах своей компетенции: 1) участвует в
// судебном разбирательстве уголовных дел в суде первой, апелляционной и кассационной инстанций;» — the body of the
// lead-in participates in the court named in the item (`interacts` reads a participant named in the sentence).
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, evidence, listLeadIn, sentenceOf, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, interactionForm, PARTICIPATION } from "./interaction.js";
import { cue, hasAny } from "./cues.js";

const MAY_PARTICIPATE = cue("участв", "присутств");

const ITEM = /^\s*\d+(?:-\d+)?\)/u;

/** A court named in the list's lead-in, after the participant. */
function leadCourt(ctx: SentenceContext): ConceptMention | undefined {
  const lead = listLeadIn(ctx, 30);
  return lead ? concepts(lead, "Body").find((b) => family(b) === "court" && ctx.lead !== undefined && b.start > ctx.lead.start) : undefined;
}

export const leadParticipates: Rule = (ctx) => {
  const lead = ctx.lead;
  if (!lead || family(lead) === "court" || !HOLDER_KINDS.has(lead.bodyKind ?? "") || !ITEM.test(ctx.text) || !hasAny(ctx, MAY_PARTICIPATE)) return [];
  const bodies = concepts(ctx, "Body");
  const text = ctx.doc.clean.text;
  const out: GraphEdge[] = [];
  for (const m of ctx.text.matchAll(PARTICIPATION)) {
    const cs = ctx.sentence.start + m.index!, ce = cs + m[0].length;
    // a participant named in the item itself is `interacts`' business
    if (bodies.some((b) => b.end <= cs && family(b) !== "court")) continue;
    // the court named after the phrase, else one inside it («в судебном разбирательстве»)
    const court = (from: number) => bodies.find((b) => b.start >= from && b.start < Math.min(ctx.sentence.end, ce + 120) && family(b) === "court");
    // (else the court the lead-in names: «Прокурор в суде: 1) участвует в рассмотрении дел;»)
    const host = court(ce) ?? court(cs) ?? leadCourt(ctx);
    const e = host && interaction(ctx, lead, host, [cs, Math.max(ce, host.end)], interactionForm(text.slice(cs, Math.max(ce, host.end))), true);
    if (!e) continue;
    // quote the lead-in too: the sentence that names the participant
    const at = sentenceOf(ctx, lead);
    e.evidence.unshift(at ? evidence(ctx.doc, at.sentence.start, at.sentence.end, [lead.start, lead.end]) : evidence(ctx.doc, lead.start, lead.end));
    out.push(e);
  }
  return out;
};
