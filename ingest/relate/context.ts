// The window relations are looked for in: a sentence with its resolved mentions, and evidence from spans.
import type { Evidence } from "../../graph/schema.js";
import type { ActFrame, ConceptMention, ResolvedDocument, ResolvedMention, Sentence, StructuredDocument, Unit } from "../types.js";

export interface SentenceContext {
  doc: StructuredDocument;
  sentence: Sentence;
  text: string;
  mentions: ResolvedMention[];
  /** the previous sentence's context, for pronouns ("Он назначается …") */
  previous?: SentenceContext;
  frame?: ActFrame;
  /** the body that introduces a list the sentence belongs to ("Президент Республики: … 5) назначает …") */
  lead?: ConceptMention;
}

const MAX_QUOTE = 700;

/** Evidence for a span of the cleaned text, trimmed of white space; long spans are narrowed around `focus`. */
export function evidence(doc: StructuredDocument, start: number, end: number, focus?: [number, number]): Evidence {
  const text = doc.clean.text;
  if (end - start > MAX_QUOTE) {
    const [fs, fe] = focus ?? [start, start];
    const mid = Math.floor((fs + fe) / 2);
    let s = Math.max(start, Math.min(fs - 100, mid - MAX_QUOTE / 2));
    let e = Math.min(end, Math.max(fe + 100, s + MAX_QUOTE));
    while (s > start && /\S/.test(text[s - 1])) s--;
    while (e < end && /\S/.test(text[e])) e++;
    start = s;
    end = e;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { doc: doc.clean.id, start, end, quote: text.slice(start, end) };
}

/** Sentences of the document; a plain split when the structure stage gave none. */
export function sentencesOf(doc: StructuredDocument): Sentence[] {
  if (doc.sentences.length) return doc.sentences;
  const out: Sentence[] = [];
  for (const seg of doc.clean.segments) {
    if (seg.lang !== "ru") continue;
    const re = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;
    re.lastIndex = seg.start;
    const t = doc.clean.text.slice(0, seg.end);
    for (let m = re.exec(t); m && m.index < seg.end; m = re.exec(t)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Units by id with their parents, for every act frame of the document. */
function unitIndex(doc: StructuredDocument): Map<string, { unit: Unit; parent?: Unit }> {
  const map = new Map<string, { unit: Unit; parent?: Unit }>();
  const walk = (u: Unit, parent?: Unit) => {
    map.set(u.id, { unit: u, parent });
    for (const c of u.children) walk(c, u);
  };
  for (const f of doc.acts) for (const u of f.units) walk(u);
  return map;
}

/** The first body named in a list's lead-in ("Прокуратура:"), found among the document's mentions. */
function leadOf(doc: ResolvedDocument, units: Map<string, { unit: Unit; parent?: Unit }>, unitId?: string): ConceptMention | undefined {
  const entry = unitId ? units.get(unitId) : undefined;
  if (!entry) return undefined;
  for (const u of [entry.parent, entry.unit]) {
    if (!u) continue;
    const own = doc.structured.clean.text.slice(u.textStart, u.textEnd).trimEnd();
    if (!own.endsWith(":")) continue;
    const m = firstMentionIn(doc.mentions, u.textStart, u.textEnd);
    if (m) return m;
  }
  return undefined;
}

// (dash bullets and letter items of textbooks too: «– законность;», «а) участие прокурора …»)
const LIST_ITEM = /^\s*(?:\d+\)|\p{Ll}\)|[-–—•]\s)/u;

/**
 * For an item of a list ("5) назначает …"), the sentence that opens the list ("Президент:"), looking back over
 * at most `max` sentences, all of them items of the same list.
 */
export function listLeadIn(ctx: SentenceContext, max: number): SentenceContext | undefined {
  if (!LIST_ITEM.test(ctx.text)) return undefined;
  let p = ctx.previous;
  for (let k = 0; p && k < max; k++, p = p.previous) {
    if (p.text.trimEnd().endsWith(":")) return p;
    if (!LIST_ITEM.test(p.text)) return numberedLeadIn(ctx, max);
  }
  return undefined;
}

const NUMBERED = /^\s*(\d{1,2})\)\s/u;

/**
 * A numbered item with prose between it and the items before it (a writing that comments on each item: «1) Принцип
 * единства … [paragraphs] 2) Принцип открытости и гласности.»): items n-1 … 1, each the first item of its number
 * looking back, and the sentence ending in «:» right before item 1.
 */
function numberedLeadIn(ctx: SentenceContext, max: number): SentenceContext | undefined {
  let want = Number(NUMBERED.exec(ctx.text)?.[1] ?? 0) - 1;
  if (want < 1) return undefined;
  let p = ctx.previous;
  for (let k = 0; p && k < max * 4; k++, p = p.previous) {
    const n = NUMBERED.exec(p.text);
    if (!n) continue;
    if (Number(n[1]) !== want) return undefined;
    if (want === 1) return p.previous?.text.trimEnd().endsWith(":") ? p.previous : undefined;
    want--;
  }
  return undefined;
}

/** For an item of a list, the first body of the sentence that opens the list. */
function listLead(ctx: SentenceContext): ConceptMention | undefined {
  const lead = listLeadIn(ctx, 80);
  return lead && concepts(lead, "Body")[0];
}

function firstMentionIn(ms: ResolvedMention[], start: number, end: number): ConceptMention | undefined {
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].mention.start < start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < ms.length && ms[i].mention.start < end; i++) {
    const m = ms[i].mention;
    if (m.kind === "concept" && m.type === "Body") return m;
  }
  return undefined;
}

/** Groups resolved mentions by sentence (both are ordered by position). */
export function sentenceContexts(doc: ResolvedDocument): SentenceContext[] {
  const { structured } = doc;
  const sentences = sentencesOf(structured);
  const units = unitIndex(structured);
  const out: SentenceContext[] = [];
  let k = 0;
  const ms = doc.mentions;
  for (const s of sentences) {
    while (k < ms.length && ms[k].mention.start < s.start) k++;
    const inside: ResolvedMention[] = [];
    for (let j = k; j < ms.length && ms[j].mention.start < s.end; j++) inside.push(ms[j]);
    const frame = s.actId ? structured.acts.find((a) => a.id === s.actId) : structured.acts.find((a) => a.start <= s.start && s.start < a.end);
    const ctx: SentenceContext = { doc: structured, sentence: s, text: structured.clean.text.slice(s.start, s.end), mentions: inside, previous: out[out.length - 1], frame };
    ctx.lead = leadOf(doc, units, s.unitId) ?? listLead(ctx);
    out.push(ctx);
  }
  return out;
}

const lowerCache = new WeakMap<SentenceContext, string>();
/**
 * The sentence in lower case, made once: the rules' first cheap looks test it with plain expressions (no `i`
 * flag: case-insensitive matching of Cyrillic costs several times more, and ~30 rules look at every sentence).
 */
export function lower(ctx: SentenceContext): string {
  let l = lowerCache.get(ctx);
  if (l === undefined) lowerCache.set(ctx, (l = ctx.text.toLowerCase()));
  return l;
}

const conceptCache = new WeakMap<SentenceContext, Map<string, ConceptMention[]>>();

/** The concept mentions of a sentence, optionally of one type (computed once per sentence). */
export function concepts(ctx: SentenceContext, type?: ConceptMention["type"]): ConceptMention[] {
  let byType = conceptCache.get(ctx);
  if (!byType) conceptCache.set(ctx, (byType = new Map()));
  const key = type ?? "*";
  let list = byType.get(key);
  if (!list) {
    list = ctx.mentions.map((r) => r.mention).filter((m): m is ConceptMention => m.kind === "concept" && (!type || m.type === type));
    byType.set(key, list);
  }
  return list;
}

/** The bodies of the sentence that can be parties, not those inside a principle's name ("судей" in "независимость судей"). */
export function partyBodies(ctx: SentenceContext): ConceptMention[] {
  const principles = concepts(ctx, "Principle");
  const bodies = concepts(ctx, "Body");
  return principles.length ? bodies.filter((b) => !principles.some((p) => p.start <= b.start && b.end <= p.end)) : bodies;
}

/** Ids of acts and provisions the sentence refers to (citations first, they are more precise). */
export function normsOf(ctx: SentenceContext): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  const covered: [number, number][] = [];
  for (const r of ctx.mentions)
    if (r.mention.kind === "citation" && r.resolution.status === "resolved") {
      for (const id of r.resolution.ids) out.push({ id, start: r.mention.start, end: r.mention.end });
      covered.push([r.mention.start, r.mention.end]);
    }
  for (const r of ctx.mentions)
    if (r.mention.kind === "act" && r.resolution.status === "resolved" && !covered.some(([s, e]) => r.mention.start >= s && r.mention.end <= e))
      for (const id of r.resolution.ids) out.push({ id, start: r.mention.start, end: r.mention.end });
  return out;
}

/** The last element that satisfies `pred` (without copying the array). */
/** The sentence (among the 30 before `ctx`) that names a list's lead-in body: quoted with what an item says. */
export function sentenceOf(ctx: SentenceContext, lead: ConceptMention): SentenceContext | undefined {
  let at = ctx.previous;
  for (let k = 0; at && k < 30 && !(at.sentence.start <= lead.start && lead.end <= at.sentence.end); k++) at = at.previous;
  return at;
}

export function findLast<T>(xs: readonly T[], pred: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return xs[i];
  return undefined;
}

/**
 * The body acting at a position: the nearest body before it in the sentence; for a sentence that opens
 * with a pronoun ("Она … подотчетна"), the first body of the previous sentence; in a list, its lead-in.
 */
export function subjectBefore(ctx: SentenceContext, pos: number, accept: (m: ConceptMention) => boolean = () => true): ConceptMention | undefined {
  const bodies = concepts(ctx, "Body");
  const own = findLast(bodies, (b) => b.end <= pos && accept(b));
  if (own) {
    // "Комитет по правовой статистике Генеральной прокуратуры взаимодействует …": a body right before the one
    // found heads the noun phrase, the other is its genitive attribute
    // (unless the one found is in the nominative: «О времени судебного заседания прокурор извещается …»)
    const nominative = own.text.toLowerCase().split(/\s+/u)[0] === own.label.toLowerCase().split(/\s+/u)[0];
    const head = nominative ? undefined : bodies.find((b) => b.end < own.start && own.start - b.end <= 2 && /^\s+$/u.test(ctx.doc.clean.text.slice(b.end, own.start)));
    return head && accept(head) ? head : own;
  }
  if (/^\s*(?:Он|Она|Оно|Они)\s/u.test(ctx.text) && ctx.previous) return concepts(ctx.previous, "Body").find(accept);
  return ctx.lead && accept(ctx.lead) ? ctx.lead : undefined;
}

/** Position of a cue in the sentence, in document offsets, or -1. */
export function cueAt(ctx: SentenceContext, cue: RegExp): { index: number; match: RegExpExecArray } | null {
  const m = cue.exec(ctx.text);
  return m ? { index: ctx.sentence.start + m.index, match: m } : null;
}

const JOINER = /^\s*(?:,|и|,\s*а также|а также|и\s+подчиненн\p{L}*\s+(?:ему|ей|им))\s*$/u; // («Генеральный Прокурор … и подчиненные ему прокуроры»)

/**
 * The bodies joined to `body` by "и" / "," in one list with it ("органов прокуратуры и судов", "Генеральная
 * прокуратура, прокуратуры областей и …"), in text order, `body` left out; `bodies` are in text order.
 */
export function joinedWith(text: string, bodies: ConceptMention[], body: ConceptMention): ConceptMention[] {
  const at = bodies.indexOf(body);
  if (at < 0) return [];
  const out: ConceptMention[] = [];
  for (let i = at - 1, right = body; i >= 0; i--) {
    const b = bodies[i];
    if (b.end > right.start || !JOINER.test(text.slice(b.end, right.start))) break;
    out.unshift(b);
    right = b;
  }
  for (let i = at + 1, left = body; i < bodies.length; i++) {
    const b = bodies[i];
    if (b.start < left.end || !JOINER.test(text.slice(left.end, b.start))) break;
    out.push(b);
    left = b;
  }
  return out.filter((b) => b.key !== body.key);
}
