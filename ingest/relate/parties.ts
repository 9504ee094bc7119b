// The parties of an agreement or a joint act: «Верховный Суд … и Генеральная прокуратура …, именуемые в дальнейшем
// «Стороны»» (or «(далее – Стороны)»). A later «Стороны осуществляют обмен информацией …», «Стороны: 1) проводят
// совместные совещания …» is an interaction of those bodies, in the form the sentence names; the sentence that
// names the parties is quoted too.
import type { GraphEdge } from "../../graph/schema.js";
import type { ConceptMention } from "../types.js";
import { concepts, evidence, listLeadIn, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS, type Rule } from "./edge.js";
import { interaction, interactionForm } from "./interaction.js";

/** «именуемые в дальнейшем «Стороны»», «(далее – Стороны)», «(далее именуемые – стороны)». */
const DEFINES = /(?:именуем\p{L}*\s+в\s+дальнейшем|далее\s+(?:именуем\p{L}*\s*)?[-–—])\s*[«"]?Сторон[ыа][»"]?/iu;
/** «Стороны» as the subject of a sentence or of a list's lead-in. */
const PARTIES = /(?<![\p{L}])Стороны(?![\p{L}])/u;
const LOOK_BACK = 300;

const definitions = new WeakMap<object, { parties: ConceptMention[]; in: SentenceContext } | null>();

/** The bodies the document names as its parties, with the sentence that does, looked up once per document. */
function partiesOf(ctx: SentenceContext): { parties: ConceptMention[]; in: SentenceContext } | null {
  if (definitions.has(ctx.doc)) return definitions.get(ctx.doc)!;
  let found: { parties: ConceptMention[]; in: SentenceContext } | null = null;
  for (let at: SentenceContext | undefined = ctx, k = 0; at && k < LOOK_BACK; at = at.previous, k++) {
    const m = DEFINES.exec(at.text);
    if (!m) continue;
    const cut = at.sentence.start + m.index;
    const bodies = concepts(at, "Body").filter((b) => b.end <= cut && HOLDER_KINDS.has(b.bodyKind ?? ""));
    if (bodies.length >= 2) found = { parties: bodies, in: at };
    break;
  }
  definitions.set(ctx.doc, found);
  return found;
}

const defining = new WeakMap<object, boolean>();
/**
 * Whether the parties rule may apply to a sentence that names no body: it names «Стороны», or it is a list item
 * in a document that defines its parties (so that «Стороны: 1) осуществляют обмен информацией …» is read).
 */
export function mayConcernParties(ctx: SentenceContext): boolean {
  if (ctx.text.includes("Сторон")) return true;
  if (!/^\s*\d+\)/u.test(ctx.text)) return false;
  let d = defining.get(ctx.doc);
  if (d === undefined) defining.set(ctx.doc, (d = DEFINES.test(ctx.doc.clean.text)));
  return d;
}

export const parties: Rule = (ctx) => {
  if (!mayConcernParties(ctx)) return [];
  const lead = PARTIES.test(ctx.text) ? undefined : listLeadIn(ctx, 30);
  const cue = PARTIES.exec(ctx.text) ?? (lead && PARTIES.exec(lead.text));
  if (!cue) return [];
  const def = partiesOf(ctx);
  if (!def) return [];
  const form = interactionForm(ctx.text);
  // a sentence that names no form of interaction is not about one («Стороны подписали …»)
  if (form === "взаимодействие" && !/взаимодейств|сотруднич|совместн|обмен/iu.test(ctx.text)) return [];
  const at = lead ? ctx.sentence.start : ctx.sentence.start + cue.index;
  const here = (b: ConceptMention): ConceptMention => ({ ...b, start: at, end: at + (lead ? 0 : cue[0].length) });
  const out: GraphEdge[] = [];
  const ps = def.parties;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      if (family(ps[i]) === family(ps[j])) continue;
      const e = interaction(ctx, here(ps[i]), here(ps[j]), [at, ctx.sentence.end], form);
      if (!e) continue;
      e.evidence.push(evidence(ctx.doc, def.in.sentence.start, def.in.sentence.end));
      if (lead) e.evidence.unshift(evidence(ctx.doc, lead.sentence.start, lead.sentence.end));
      out.push(e);
    }
  return out;
};
