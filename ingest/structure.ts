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
  // an act's signature block («Председатель … Республики Казахстан  К. Мами») is read by no rule
  if (acts.length) {
    const signed = signatureSentences(sentences.map((s) => clean.text.slice(s.start, s.end)));
    if (signed.size) sentences = sentences.filter((_, i) => !signed.has(i));
  }
  place(sentences, acts);
  return { doc: { clean, acts, sentences }, diagnostics };
}
