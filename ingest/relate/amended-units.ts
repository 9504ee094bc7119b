// Units an amending point changes: «2. Внести в приказ … № 60 … следующие изменения: в Правилах …, утвержденных
// указанным приказом: пункт 12 изложить в следующей редакции: «12. Прокурор вступает …»; подпункт 3) пункта 15
// исключить.» A unit named without an act inside such a point is a unit of the act being amended (the last act
// named after «в»: «в Правилах …», «Внести в приказ …»), never of the amending order itself; the new wording in
// quotes is the text of the amended unit (what it cites, regulates or grounds is that unit's), and the order's
// point AMENDS each unit it rewords, strikes out or adds (an extension of AMENDS to provisions).
import { edgeId, provisionId, type Evidence, type GraphEdge, type PathStep, type UnitKind } from "../../graph/schema.js";
import { findUnit, type CorpusIndex } from "../resolve.js";
import type { ActFrame, ResolvedDocument, ResolvedMention, Sentence, Unit } from "../types.js";
import { evidence } from "./context.js";

/** The lead of an amending point: «Внести в приказ … (следующие) изменения (и дополнения)». */
/** (also «Внести изменения и дополнения в следующие законодательные акты:», the acts in its items) */
const AMEND_LEAD = /(?<![\p{L}])(?:внести|вносятся)\s+(?:в\s+[^;]{0,600}?(?:изменени|дополнени)|(?:\p{L}+\s+){0,3}?(?:изменени|дополнени)\p{L}*)/iu;
/** What is done to a unit: reworded, struck out, supplemented. */
const CHANGE = /(?<![\p{L}])(?:изложить\s+в\s+(?:следующей|новой)\s+редакции|исключить|дополнить)(?![\p{L}])/iu;
/** After the unit changed, up to its new wording in quotes: «изложить в следующей редакции: «», «следующего содержания: "». */
const WORDING = /^[^;.«"]*?(?:(?:изложить\s+)?в\s+(?:следующей|новой)\s+редакции|следующего\s+содержания)\s*:\s*(?=[«"])/iu;
const ADDING = /(?<![\p{L}])дополнить\s+$/iu;
/** A cheap first look. */
const MAY_AMEND = /внести|вносятся/i;

type Walk = { unit: Unit; frame: ActFrame };
/** Nesting rank: a unit of lower rank sits inside a unit of higher rank. */
const RANK: Record<UnitKind, number> = { subpoint: 1, point: 2, part: 3, article: 4, paragraph: 5, chapter: 6, section: 7, appendix: 8 };

function unitsOf(frames: ActFrame[]): Walk[] {
  const out: Walk[] = [];
  const visit = (f: ActFrame, us: Unit[]) => us.forEach((u) => (out.push({ unit: u, frame: f }), visit(f, u.children)));
  for (const f of frames) visit(f, f.units);
  return out;
}

/** The end of the quote that opens at `open` («…» with nested quotes, or "…"), or -1. */
function quoteEnd(text: string, open: number): number {
  if (text[open] === '"') { const i = text.indexOf('"', open + 1); return i < 0 ? -1 : i + 1; }
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 20000); i++) {
    if (text[i] === "«") depth++;
    else if (text[i] === "»" && --depth === 0) return i + 1;
  }
  return -1;
}

const resolvedIds = (r: ResolvedMention) => (r.resolution.status === "resolved" ? r.resolution.ids : []);

/**
 * Retargets the citations of the amending points of a document's acts to the acts they amend, moves the sentences of
 * each new wording to the unit it rewords, and returns the AMENDS edges of the units changed.
 */
export function amendedUnits(doc: ResolvedDocument, index: CorpusIndex): Amended {
  const s = doc.structured;
  const text = s.clean.text;
  const edges: GraphEdge[] = [];
  if (!s.acts.length || !MAY_AMEND.test(text)) return { doc, edges, provisions: [] };
  let mentions = doc.mentions;
  const quotes: Quote[] = [];
  for (const { unit, frame } of unitsOf(s.acts)) {
    // the amending point: its own text opens with the lead (its items are the changes)
    const own = text.slice(unit.textStart, Math.min(unit.end, unit.textStart + 800));
    const lead = AMEND_LEAD.exec(own);
    if (!lead || lead.index > 20 || !CHANGE.test(text.slice(unit.textStart, unit.end))) continue;
    const from = unit.textStart + lead.index;
    // the act amended at each place: the last one named after «в» before it (not the order itself)
    const containers = mentions.filter(
      (r) => r.mention.kind === "act" && r.mention.start >= from && r.mention.end <= unit.end && /(?:^|\s)во?\s+$/iu.test(text.slice(r.mention.start - 3, r.mention.start)) && resolvedIds(r)[0] && resolvedIds(r)[0] !== frame.id,
    );
    if (!containers.length) continue;
    const amendedAt = (pos: number) => containers.filter((r) => r.mention.end <= pos).pop();
    const target = index.frames;
    const changed: { id: string; at: number; end: number }[] = [];
    let within: { actId: string; path: PathStep[] } | undefined;
    mentions = mentions.map((r) => {
      const m = r.mention;
      if (m.kind !== "citation" || m.inheritOwn || m.start < from || m.end > unit.end) return r;
      const ids = resolvedIds(r);
      // «пп. 3) п. 8 настоящих Правил» in the new wording: «настоящих» is the amended act (the order is no rules)
      const own = !m.act ? ids.length > 0 && ids.every((id) => id.startsWith(`${frame.id}#`)) : m.act.backRef === "self" && r.resolution.status !== "resolved";
      if (!own) return r;
      const act = amendedAt(m.start);
      const actId = act && resolvedIds(act)[0];
      if (!actId) return r;
      const amendedFrame = target.get(actId);
      // «1) в статье 58: часть вторую изложить …»: a unit named after a unit that opens a list of changes («в … :»)
      // lies inside it when it is of a lower rank
      const inside = within && within.actId === actId ? within.path : [];
      const paths = m.paths.map((p) => (inside.length && RANK[p[0].unitKind] < RANK[inside[inside.length - 1].unitKind] ? [...inside, ...p] : p));
      // (a unit continuing the last one cited keeps the path it was given)
      const retargeted = m.inherit
        ? ids.map((id) => `${actId}${id.slice(id.indexOf("#"))}`)
        : paths.map((p) => (amendedFrame && findUnit(amendedFrame, p)?.id) || provisionId(actId, p));
      // («в статье 58:», and «статью 58 дополнить частью 4 …»: the part is the article's)
      if ((/(?:^|\s)во?\s+$/iu.test(text.slice(m.start - 3, m.start)) && /^\s*:/u.test(text.slice(m.end, m.end + 3))) || /^\s+дополнить\s/iu.test(text.slice(m.end, m.end + 12)))
        within = { actId, path: paths[0] };
      // «пункт 12 изложить в следующей редакции», «подпункт 3) пункта 15 исключить»: the unit changed
      // (and «дополнить пунктом 7-1 следующего содержания»)
      const clause = text.slice(m.end, Math.min(unit.end, m.end + 120));
      const verb = CHANGE.exec(clause);
      const added = ADDING.exec(text.slice(Math.max(from, m.start - 20), m.start));
      const end = verb && !/[;.:]/u.test(clause.slice(0, verb.index)) ? m.end + verb.index + verb[0].length : added ? m.end : -1;
      if (end >= 0) for (const id of retargeted) changed.push({ id, at: added ? m.start - added[0].length : m.start, end });
      return { mention: m, resolution: { status: "resolved", ids: retargeted } };
    });
    for (const c of changed) {
      const point = unit.id;
      edges.push({ id: edgeId("AMENDS", point, c.id), type: "AMENDS", source: point, target: c.id, props: { amendedAct: c.id.split("#")[0] }, evidence: [evidence(s, c.at, c.end)] });
      // the act amends the act the unit belongs to
      const act = c.id.split("#")[0];
      edges.push({ id: edgeId("AMENDS", frame.id, act), type: "AMENDS", source: frame.id, target: act, props: {}, evidence: [evidence(s, c.at, c.end)] });
      // the new wording in quotes after «изложить в следующей редакции:» is the amended unit's text
      const lead = WORDING.exec(text.slice(c.at, Math.min(unit.end, c.end + 160)));
      if (!lead) continue;
      const qs = c.at + lead[0].length, qe = quoteEnd(text, qs);
      // (one wording after «статью 58 дополнить частью 4 следующего содержания:» is the unit named last, nearest to it)
      const same = quotes.findIndex((q) => q.qs === qs);
      if (qe > 0 && qe <= unit.end) quotes.splice(same < 0 ? quotes.length : same, same < 0 ? 0 : 1, { qs, qe, id: c.id, point: unit });
    }
  }
  if (mentions === doc.mentions) return { doc, edges, provisions: [] };
  return { ...rehome(doc, mentions, quotes), edges };
}

type Quote = { qs: number; qe: number; id: string; point: Unit };

/** A unit's text in a new wording: trimmed, without the closing quote, and (`numbered`) without its own number («12. »). */
function wording(text: string, start: number, end: number, numbered = false): string {
  let t = text.slice(start, end).replace(/\s+/g, " ").trim().replace(/[»"]\s*[;.]?$/u, "").trim();
  if (numbered) t = t.replace(/^\d+(?:-\d+)?[.)]\s*/u, "");
  return t.slice(0, 4000);
}
export interface Amended {
  doc: ResolvedDocument;
  edges: GraphEdge[];
  /** units of the amended acts whose new wording is in this text (with its quote and own text), for nodes of their own */
  provisions: { id: string; evidence: Evidence; text: string }[];
}

/**
 * The new wordings' sentences belong to the units they reword; the items the structure stage read inside a quote
 * (««26. Прокурор вступает в процесс: 1) …; 2) ….»») are the amended unit's subpoints, not the order's (dropped from
 * its tree); a sentence after the quote that the structure put into such an item is the amending point's again.
 */
function rehome(doc: ResolvedDocument, mentions: ResolvedMention[], quotes: Quote[]): Pick<Amended, "doc" | "provisions"> {
  const s = doc.structured;
  const at = (pos: number) => quotes.find((q) => q.qs <= pos && pos < q.qe);
  const moved = new Map<string, { id: string; home: string }>();
  const provisions: Amended["provisions"] = [];
  for (const { unit: u } of unitsOf(s.acts)) {
    const q = at(u.start);
    if (!q) continue;
    const tail = provisionId("x", u.path.slice(q.point.path.length)).slice(2);
    const id = tail ? `${q.id}__${tail}` : q.id;
    moved.set(u.id, { id, home: q.point.id });
    provisions.push({ id, evidence: evidence(s, u.start, Math.min(u.end, q.qe)), text: wording(s.clean.text, u.textStart, Math.min(u.textEnd, q.qe)) });
  }
  // the reworded unit itself: its wording up to its first item (an item is a unit of its own, as in the act's text)
  const starts = unitsOf(s.acts).map((w) => w.unit.start).sort((a, b) => a - b);
  for (const q of quotes) {
    const first = starts.find((p) => p > q.qs && p < q.qe);
    const own = wording(s.clean.text, q.qs + 1, first ?? q.qe - 1, true);
    if (own) provisions.push({ id: q.id, evidence: evidence(s, q.qs, q.qe), text: own });
  }
  // (a sentence running on past the closing quote is cut there: what follows is the order's again)
  const sentences = s.sentences.flatMap((x): Sentence[] => {
    const q = at(x.start);
    if (!q) return [moved.has(x.unitId ?? "") ? { ...x, unitId: moved.get(x.unitId!)!.home } : x];
    const unitId = moved.get(x.unitId ?? "")?.id ?? q.id;
    if (x.end <= q.qe) return [{ ...x, unitId }];
    const rest = { ...x, start: q.qe, unitId: moved.has(x.unitId ?? "") ? q.point.id : x.unitId };
    return [{ ...x, end: q.qe, unitId }, rest];
  });
  const prune = (us: Unit[]): Unit[] => us.filter((u) => !at(u.start)).map((u) => ({ ...u, children: prune(u.children) }));
  const acts = moved.size ? s.acts.map((f) => ({ ...f, units: prune(f.units) })) : s.acts;
  return { doc: { ...doc, mentions, structured: { ...s, acts, sentences } }, provisions };
}
