// «Копии судебных актов направляются прокурору», «Суд направляет прокурору копию приговора»: a court sends the
// prosecution copies of its acts. The recipient is a body of the prosecution named in the dative (or after «в»)
// in the clause of the verb; the sender is the court named in the sentence, else — the acts being the court's —
// the court named in the sentence before it in the same paragraph (quoted as well).
import type { ConceptMention } from "../types.js";
import { concepts, findLast, type SentenceContext } from "./context.js";
import { family, HOLDER_KINDS } from "./edge.js";
import { cue, hasAny } from "./cues.js";

const COPIES = /(?<![\p{L}])копи(?:я|и|ю|й)\s+(?:\p{L}+\s+){0,2}?(?:судебн\p{L}*\s+(?:акт|решени|постановлени)\p{L}*|приговор\p{L}*|(?:решени|определени|постановлени)\p{L}*\s+суд\p{L}*)/iu;
// (the past tense too: «Суд направил прокурору копию приговора»)
const SENDING = /(?<![\p{L}])(?:(?:направля|вруча|высыла)(?:ет|ют|ется|ются)|(?:направил|вручил|выслал)(?:а|и|о)?)(?![\p{L}])/giu;

// (a sentence, «Копия приговора направляется прокурору», is a court's act too)
const COURT_ACTS = /(?<![\p{L}])(?:судебн\p{L}*\s+акт\p{L}*|приговор\p{L}*)/iu;

/** A sentence that opens with the copies («Копия постановления суда …», «3. Копии приговоров …»). */
const SUBJECT_COPY = /^\s*(?:\d+[.)]\s*)?Копи/u;
/** A copy of a decision not said to be the court's («копию решения»): the court's when a court sends it. */
const COPY_OF_DECISION = /(?<![\p{L}])копи(?:я|и|ю|й)\s+(?:решени|определени|постановлени)\p{L}*/iu;

/** A cheap first look for the words of COPIES. */
const MAY_COPY = cue("копи");

export interface CopiesSent {
  verbStart: number;
  verbEnd: number;
  sender: ConceptMention;
  recipient: ConceptMention;
  /** the sentence that names the sender, where it is not this one */
  senderIn?: SentenceContext;
}

/** Whether a body is named in the dative («прокурору», «прокурорам», «прокуратуре») or after «в» («в прокуратуру»). */
function receives(text: string, b: ConceptMention): boolean {
  const head = b.text.toLowerCase().split(/\s+/u)[0];
  return /(?:у|ю|ам|ям|е)$/u.test(head) || /(?<![\p{L}])во?\s+$/u.test(text.slice(Math.max(0, b.start - 4), b.start));
}

const isCourt = (b: ConceptMention) => family(b) === "court" && HOLDER_KINDS.has(b.bodyKind ?? "");

export function copiesSent(ctx: SentenceContext): CopiesSent[] {
  if (!hasAny(ctx, MAY_COPY) || (!COPIES.test(ctx.text) && !COPY_OF_DECISION.test(ctx.text))) return [];
  const bodies = concepts(ctx, "Body");
  const text = ctx.doc.clean.text;
  const out: CopiesSent[] = [];
  for (const m of ctx.text.matchAll(SENDING)) {
    const verbStart = ctx.sentence.start + m.index!, verbEnd = verbStart + m[0].length;
    // the clause of the verb: between the punctuation around it
    const from = Math.max(ctx.sentence.start, text.lastIndexOf(",", verbStart) + 1, text.lastIndexOf(";", verbStart) + 1);
    const stops = [",", ";"].map((c) => text.indexOf(c, verbEnd)).filter((i) => i >= 0 && i < ctx.sentence.end);
    const to = Math.min(ctx.sentence.end, ...stops);
    // (the copies may be the sentence's subject, cut off by a participial clause: «Копия постановления суда по делу,
    // рассмотренному с участием прокурора, в течение трех суток вручается … прокурору»)
    const subject = SUBJECT_COPY.test(ctx.text) && COPIES.test(text.slice(ctx.sentence.start, verbStart));
    // («Суд первой инстанции направляет прокурору копию решения»: a decision a court sends is the court's)
    const decision = !COPIES.test(text.slice(from, to)) && COPY_OF_DECISION.test(text.slice(from, to)) ? bodies.find((b) => b.start >= from && b.end <= verbStart && isCourt(b) && !receives(text, b)) : undefined;
    if (!COPIES.test(text.slice(from, to)) && !subject && !decision) continue;
    const recipient = bodies.find((b) => b.start >= from && b.end <= to && family(b) === "prosecution" && receives(text, b));
    if (!recipient) continue;
    const own = bodies.find((b) => b.start >= from && b.end <= to && isCourt(b) && !receives(text, b)) ?? findLast(bodies, (b) => b.end <= verbStart && isCourt(b));
    if (own) { out.push({ verbStart, verbEnd, sender: own, recipient }); continue; }
    const prev = ctx.previous;
    const sender = prev && !text.slice(prev.sentence.end, ctx.sentence.start).includes("\n") ? concepts(prev, "Body").find(isCourt) : undefined;
    if (sender) { out.push({ verbStart, verbEnd, sender, recipient, senderIn: prev }); continue; }
    // «Копии судебных актов направляются в прокуратуру»: the acts are the court's, no court is named
    const acts = COURT_ACTS.exec(text.slice(from, to));
    if (acts) out.push({ verbStart, verbEnd, recipient, sender: { kind: "concept", type: "Body", key: "суд", label: "Суд", bodyKind: "court", start: from + acts.index, end: from + acts.index + acts[0].length, text: acts[0] } });
  }
  return out;
}
