// Stage 3: CleanText → StructuredDocument. For an act: the act frames (the main act and the acts
// approved as its appendices) with their unit trees. For every document: the sentences of its Russian
// segments, each with the innermost unit and the act frame it lies in. Pure and linear.
import { findFrames } from "./text/frames.js";
import { signatureSentences } from "./text/signature.js";
import { splitSentences } from "./text/sentences.js";
import type { Para } from "./text/tree.js";
import type { ActFrame, CleanText, Diagnostic, Sentence, StructuredDocument, Unit } from "./types.js";

/** The paragraphs of a cleaned text (separated by "\n\n"). */
export function paragraphsOf(text: string): Para[] {
  const out: Para[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n\n", start);
    if (end === -1) end = text.length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end + 2;
  }
  return out;
}

/** Gives each sentence (sorted by start) the innermost unit and the frame that contain it. */
function place(sentences: Sentence[], acts: ActFrame[]): void {
  const flat: Unit[] = [];
  const visit = (us: Unit[]) => us.forEach((u) => (flat.push(u), visit(u.children)));
  for (const a of acts) visit(a.units);
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  const frames = [...acts].sort((a, b) => a.start - b.start);
  const open: Unit[] = [];
  let next = 0;
  let f = 0;
  for (const s of sentences) {
    while (f < frames.length - 1 && frames[f + 1].start <= s.start) f++;
    const frame = frames[f];
    if (frame && frame.start <= s.start && s.start < frame.end) s.actId = frame.id;
    // `open` is the chain of nested units around the current position, innermost last
    while (next < flat.length && flat[next].start <= s.start) {
      const u = flat[next++];
      while (open.length && open[open.length - 1].end <= u.start) open.pop();
      open.push(u);
    }
    while (open.length && open[open.length - 1].end <= s.start) open.pop();
    if (open.length) s.unitId = open[open.length - 1].id;
  }
}

export function structureDocument(clean: CleanText): { doc: StructuredDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // (a translation appended after the act, «Article 58 … 2. The prosecutor shall …», is no part of its units)
  const foreign = clean.segments.filter((g) => g.lang !== "ru");
  const paras = paragraphsOf(clean.text).filter((p) => !foreign.some((g) => g.start <= p.start && p.end <= g.end));
  const acts = clean.meta.kind === "act" ? findFrames(paras, clean.meta.title) : [];
  if (clean.meta.kind === "act" && acts.length === 0)
    diagnostics.push({
      doc: clean.id,
      file: clean.path,
      ruleId: "structure/none",
      severity: "info",
      reason: "named an act, but no structure of an act (articles, points, chapters) was found; read as plain text",
    });
  let sentences: Sentence[] = [];
  for (const seg of clean.segments)
    if (seg.lang === "ru") for (const s of splitSentences(clean.text, seg.start, seg.end)) sentences.push({ start: s.start, end: s.end });
  // an act's signature block («Председатель … Республики Казахстан  К. Мами») is read by no rule, and is no part
  // of the text of the unit it closes
  let signatures: StructuredDocument["signatures"];
  if (acts.length) {
    const signed = signatureSentences(sentences.map((s) => clean.text.slice(s.start, s.end)));
    if (signed.size) {
      signatures = runsOf(sentences, signed);
      sentences = sentences.filter((_, i) => !signed.has(i));
      for (const a of acts) for (const sig of signatures) cutBefore(clean.text, a.units, sig);
    }
  }
  place(sentences, acts);
  return { doc: signatures ? { clean, acts, sentences, signatures } : { clean, acts, sentences }, diagnostics };
}

/** The spans of runs of consecutive marked sentences. */
function runsOf(sentences: Sentence[], marked: Set<number>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const i of [...marked].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && marked.has(i - 1)) last.end = sentences[i].end;
    else out.push({ start: sentences[i].start, end: sentences[i].end });
  }
  return out;
}

/** Ends the units a signature block closes (only blank text after it) before the block. */
function cutBefore(text: string, units: Unit[], sig: { start: number; end: number }): void {
  const at = sig.start - (/\s*$/.exec(text.slice(Math.max(0, sig.start - 200), sig.start))?.[0].length ?? 0);
  const closes = (start: number, end: number) => start < at && sig.start <= end && !text.slice(sig.end, end).trim();
  for (const u of units) {
    if (!closes(u.start, u.end)) continue;
    u.end = at;
    if (closes(u.textStart, u.textEnd)) u.textEnd = at;
    cutBefore(text, u.children, sig);
  }
}
