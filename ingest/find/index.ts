// Stage 3: find mentions of acts, unit citations and concepts (bodies, principles, powers) in the
// Russian segments of a structured document.
import type { ActMention, CitationMention, ConceptMention, Mention, StructuredDocument } from "../types.js";
import { findActMentions } from "./acts.js";
import { findUnitCitations } from "./citations.js";
import { findConcepts } from "./concepts.js";
import { findUnitBodies } from "./units.js";
import { withStatedPrinciples } from "./stated-principles.js";

const UNIT_BACKREF = /^\s+(?:рассматриваем|комментируем|указанн|данн|эт|той\s+же|(настоящ))[\p{L}]*\s+(стат|пункт|глав)[\p{L}]*/iu;

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
      // the act after the units, or, for units in brackets, the act the sentence names before them
      // ("Конституция РК (п. 1 ст. 83)", "Конституция закрепляет принцип независимости судей (п. 1 ст. 77)")
      const bracketed = (text[c.end - 1] === ")" || /^\s*\)/.test(text.slice(c.end, c.end + 3))) && /\(\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start));
      const from = bracketed ? sentenceStart(doc, c.start) : c.start;
      const after =
        acts.find((a) => a.start >= c.end && /^[\s,]*$/.test(text.slice(c.end, a.start)) && a.start - c.end <= 3) ??
        (bracketed ? lastAct(acts, from, c.start) : undefined);
      const back = after ? null : UNIT_BACKREF.exec(text.slice(c.end, c.end + 60));
      const citation: CitationMention = { kind: "citation", start: c.start, end: after && after.start > c.start ? after.end : c.end, text: "", paths: c.paths, act: after?.ref };
      if (back) {
        const word = back[2].toLowerCase();
        citation.inherit = word.startsWith("стат") ? "article" : word.startsWith("пункт") ? "point" : "chapter";
        if (back[1]) citation.inheritOwn = true;
        citation.end = c.end + back[0].length;
      }
      citation.text = text.slice(citation.start, citation.end);
      out.push(citation);
    }
    // (with the principles a norm states without naming them: stated-principles.ts)
    const concepts = withStatedPrinciples(doc, seg.start, seg.end, findConcepts(text, seg.start, seg.end).filter((m) => cueHolds(doc, m)), acts);
    // the units of a body named by what they do («Департамент по надзору за законностью судебных актов …»): what
    // their names say is no mention of its own
    const units = findUnitBodies(text, seg.start, seg.end, concepts.filter((c) => c.type === "Body"));
    out.push(...(units.length ? concepts.filter((c) => !units.some((u) => u.start <= c.start && c.end <= u.end)) : concepts), ...units);
  }
  // the signer's office in an act's signature block («Генеральный Прокурор Республики Казахстан  Г. Нурдаулетов»)
  // says who signed, not what the act speaks of: no mention
  const signed = doc.signatures ?? [];
  const kept = signed.length ? out.filter((m) => m.kind !== "concept" || !signed.some((g) => g.start <= m.start && m.end <= g.end)) : out;
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Only the act mentions of the Russian segments: what the corpus index needs from every document. */
export function findActMentionsIn(doc: StructuredDocument): ActMention[] {
  const { text, segments } = doc.clean;
  return segments.filter((s) => s.lang === "ru").flatMap((s) => findActMentions(text, s.start, s.end));
}

/** The last act mention within text[from, to). */
function lastAct(acts: ActMention[], from: number, to: number): ActMention | undefined {
  for (let i = acts.length - 1; i >= 0; i--) if (acts[i].end <= to && acts[i].start >= from) return acts[i];
  return undefined;
}

/** Where the sentence holding `pos` starts (a plain look back where the structure gave no sentences). */
function sentenceStart(doc: StructuredDocument, pos: number): number {
  const ss = doc.sentences;
  let lo = 0, hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid].end <= pos) lo = mid + 1; else hi = mid; }
  if (lo < ss.length && ss[lo].start <= pos) return ss[lo].start;
  return Math.max(0, pos - 300, doc.clean.text.lastIndexOf(". ", pos) + 2);
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
