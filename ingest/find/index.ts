// Stage 3: find mentions of acts, unit citations and concepts (bodies, principles, powers) in the
// Russian segments of a structured document.
import type { ActMention, CitationMention, ConceptMention, Mention, StructuredDocument } from "../types.js";
import { findActMentions } from "./acts.js";
import { findUnitCitations } from "./citations.js";
import { findConcepts } from "./concepts.js";

const UNIT_BACKREF = /^\s+(?:рассматриваем|указанн|данн|эт|той\s+же)[\p{L}]*\s+(стат|пункт|глав)[\p{L}]*/iu;

/** Finds every mention in the document's Russian segments, ordered by position (`knownActs`: from findActMentionsIn). */
export function findMentions(doc: StructuredDocument, knownActs?: ActMention[]): Mention[] {
  const { text, segments } = doc.clean;
  const out: Mention[] = [];
  for (const seg of segments) {
    if (seg.lang !== "ru") continue;
    // the act mentions found for the corpus index are reused rather than found again
    const acts = knownActs ? knownActs.filter((a) => a.start >= seg.start && a.end <= seg.end) : findActMentions(text, seg.start, seg.end);
    out.push(...acts);
    for (const c of findUnitCitations(text, seg.start, seg.end)) {
      const after = acts.find((a) => a.start >= c.end && /^[\s,]*$/.test(text.slice(c.end, a.start)) && a.start - c.end <= 3);
      const back = after ? null : UNIT_BACKREF.exec(text.slice(c.end, c.end + 60));
      const citation: CitationMention = { kind: "citation", start: c.start, end: after?.end ?? c.end, text: "", paths: c.paths, act: after?.ref };
      if (back) {
        citation.inherit = back[1].toLowerCase().startsWith("стат") ? "article" : back[1].toLowerCase().startsWith("пункт") ? "point" : "chapter";
        citation.end = c.end + back[0].length;
      }
      citation.text = text.slice(citation.start, citation.end);
      out.push(citation);
    }
    out.push(...findConcepts(text, seg.start, seg.end).filter((m) => cueHolds(doc, m)));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Only the act mentions of the Russian segments: what the corpus index needs from every document. */
export function findActMentionsIn(doc: StructuredDocument): ActMention[] {
  const { text, segments } = doc.clean;
  return segments.filter((s) => s.lang === "ru").flatMap((s) => findActMentions(text, s.start, s.end));
}

/** A concept that needs a cue ("законность" as a principle) counts only where its sentence speaks of principles. */
function cueHolds(doc: StructuredDocument, m: ConceptMention): boolean {
  const cue = m.cue;
  if (!cue) return true;
  const ss = doc.sentences;
  let lo = 0, hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid].end <= m.start) lo = mid + 1; else hi = mid; }
  const s = lo < ss.length && ss[lo].start <= m.start && m.end <= ss[lo].end ? ss[lo] : undefined;
  // the sentence, and what comes just before it: a list of principles is introduced by "на основе принципов:"
  const window = s ? doc.clean.text.slice(Math.max(0, s.start - 300), s.end) : doc.clean.text.slice(Math.max(0, m.start - 300), m.end + 150);
  return cue.test(window);
}
