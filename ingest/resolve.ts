// Stage 4: resolve mentions to node ids, across the corpus.
//   acts: by id from their identifiers, partial references ("Закон от 21 декабря 1995 г") through the
//   corpus registry, back-references ("настоящей Инструкции", "указанным приказом") and abbreviations
//   defined in the text ("(далее – Закон)"); citations: to the structural unit of an act in the corpus
//   when there is one, else to a Provision of the cited act. Uncertainty stays data (Resolution).
import { conceptId, provisionId, type PathStep } from "../graph/schema.js";
import { ACT_KIND_WORDS } from "./find/act-ref.js";
import { applyEditions, editionIdOf, findEditions, frameOfEdition, frameRef, type Editions } from "./editions.js";
import type { ActFrame, ActMention, ActRef, CitationMention, Mention, ResolvedDocument, ResolvedMention, Resolution, StructuredDocument, Unit } from "./types.js";

export interface CorpusIndex {
  /** acts whose text is in the corpus */
  frames: Map<string, ActFrame>;
  /** the most complete reference seen for each act id */
  refs: Map<string, ActRef>;
  /** "law|2709" and "law|1995-12-21" → act id, for partial references */
  byNumber: Map<string, string>;
  byDate: Map<string, string>;
  /** successive acts under one title, told apart by number or date (editions.ts) */
  editions: Editions;
}

const family = (kind?: string) => (kind === "constitutional_law" ? "law" : kind ?? "other");

function completeness(r: ActRef): number {
  return (r.title ? 4 : 0) + (r.number ? 2 : 0) + (r.date ? 1 : 0) + (r.issuer ? 1 : 0);
}

/** Registers a reference under its id, keeping the most complete fields. */
function register(index: CorpusIndex, id: string, ref: ActRef): void {
  const had = index.refs.get(id);
  if (!had) index.refs.set(id, { ...ref });
  else if (completeness(ref) > completeness(had)) {
    const merged: ActRef = { ...had };
    for (const k in ref) { const v = ref[k as keyof ActRef]; if (v !== undefined) (merged as Record<string, unknown>)[k] = v; }
    index.refs.set(id, merged);
  } else for (const k in ref) if (had[k as keyof ActRef] === undefined) (had as Record<string, unknown>)[k] = ref[k as keyof ActRef];
  // partial references ("Закон от 21 декабря 1995 г") find the act through a reference that names it fully
  const full = Boolean(ref.title || ref.shortTitle);
  const put = (map: Map<string, string>, key: string) => {
    if (full || !map.has(key)) map.set(key, id);
  };
  if (ref.number) put(index.byNumber, `${family(ref.actKind)}|${ref.number}`);
  if (ref.date) put(index.byDate, `${family(ref.actKind)}|${ref.date}`);
}

const isIdentified = (r: ActRef) => Boolean(r.shortTitle || r.title || r.number || r.date);

/** Builds the corpus-wide index from every document's acts and act mentions (all it reads: parallel.ts sends no more). */
export function buildCorpusIndex(docs: { structured: Pick<StructuredDocument, "acts">; mentions: Mention[] }[]): CorpusIndex {
  const editions = findEditions([
    ...docs.flatMap(({ structured }) => structured.acts.flatMap((f) => { const ref = frameRef(f); return ref ? [{ ref, inCorpus: true }] : []; })),
    ...docs.flatMap(({ mentions }) => mentions.flatMap((m) => (m.kind === "act" ? [{ ref: m.ref, inCorpus: false }] : []))),
  ]);
  const index: CorpusIndex = { frames: new Map(), refs: new Map(), byNumber: new Map(), byDate: new Map(), editions };
  for (const { structured } of docs)
    for (const a of structured.acts) {
      const f = frameOfEdition(a, editions);
      index.frames.set(f.id, f);
      register(index, f.id, { actKind: f.actKind, number: f.number, date: f.date, title: f.title, issuer: f.issuer });
    }
  for (const { mentions } of docs)
    for (const m of mentions) if (m.kind === "act" && isIdentified(m.ref) && !m.ref.backRef) register(index, editionIdOf(editions, m.ref), m.ref);
  return index;
}

/** The act id a self-contained reference names, using the registry for partial ones. */
export function actIdInCorpus(index: CorpusIndex, ref: ActRef): string {
  const own = editionIdOf(index.editions, ref);
  if (ref.shortTitle || ref.title) return own;
  const f = family(ref.actKind);
  if (ref.number && index.byNumber.has(`${f}|${ref.number}`)) return index.byNumber.get(`${f}|${ref.number}`)!;
  if (ref.date && index.byDate.has(`${f}|${ref.date}`)) return index.byDate.get(`${f}|${ref.date}`)!;
  return own;
}

/** The innermost unit whose span holds `pos`. */
function unitAt(units: Unit[], pos: number): Unit | undefined {
  const u = units.find((x) => x.start <= pos && pos < x.end);
  return u ? (unitAt(u.children, pos) ?? u) : undefined;
}

function frameAt(doc: StructuredDocument, pos: number): ActFrame | undefined {
  // the innermost frame: appendices lie inside their order's span
  let best: ActFrame | undefined;
  for (const f of doc.acts) if (f.start <= pos && pos < f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
  return best;
}

const KIND_WORD_RES = ACT_KIND_WORDS.map((k) => ({ kind: k.actKind, re: new RegExp(`^(?:${k.pattern.replace(/~/g, "[\\p{L}]*").replace(/ /g, "\\s+")})$`, "iu") }));

function kindOfWord(word: string): string | undefined {
  return KIND_WORD_RES.find((k) => k.re.test(word.trim()))?.kind;
}

/** Finds a unit of a frame whose path, filtered to the cited kinds, equals the cited path. */
export function findUnit(frame: ActFrame, path: PathStep[]): Unit | undefined {
  const kinds = new Set(path.map((p) => p.unitKind));
  const last = path[path.length - 1];
  const stack = [...frame.units];
  while (stack.length) {
    const u = stack.pop()!;
    if (u.unitKind === last.unitKind && u.number === last.number) {
      const got = u.path.filter((p) => kinds.has(p.unitKind));
      if (got.length === path.length && got.every((p, i) => p.unitKind === path[i].unitKind && p.number === path[i].number)) return u;
    }
    stack.push(...u.children);
  }
  return undefined;
}

/** The head of a commentary on a whole act, right before the act's name. */
const COMMENTARY_HEAD = /^\s*(?:(?:Постатейный|Научно-практический|Практический)\s+)?комментари\p{L}*\s+к\s+$/iu;

export function resolveMentions(doc: StructuredDocument, mentions: Mention[], index: CorpusIndex): ResolvedDocument {
  applyEditions(doc, index.editions); // the earlier of two acts under one title in the corpus gets its own id
  const resolved: ResolvedMention[] = [];
  const abbreviations = new Map<string, string>(); // kind → act id, from "(далее – Закон)"
  const lastOfKind = new Map<string, string>();
  const lastAt = new Map<string, number>();
  let lastCitation: { actId: string; paths: PathStep[][] } | null = null;
  // «Комментарий к статье 54 ГПК … Статья 54. Участие прокурора …»: the act each article was cited with (null: two)
  const articleActs = new Map<string, string | null>();
  // «Постатейный комментарий к Уголовно-процессуальному кодексу …» at the head of the document: the act commented
  let commented: string | undefined;

  const resolveAct = (m: ActMention): Resolution => {
    const r = m.ref;
    const frame = frameAt(doc, m.start);
    if (r.backRef === "self") {
      for (let f = frame; f; f = f.parentActId ? doc.acts.find((a) => a.id === f!.parentActId) : undefined)
        if (family(f.actKind) === family(r.actKind)) return { status: "resolved", ids: [f.id] };
      return frame ? { status: "ambiguous", candidates: [frame.id] } : { status: "unknown", reason: "«настоящий» outside an act" };
    }
    if (r.backRef === "previous") {
      const id = lastOfKind.get(family(r.actKind));
      return id ? { status: "resolved", ids: [id] } : { status: "unknown", reason: "no earlier act of this kind" };
    }
    if (!isIdentified(r)) {
      const abbr = abbreviations.get(family(r.actKind));
      if (abbr) return { status: "resolved", ids: [abbr] };
      if (frame && family(frame.actKind) === family(r.actKind)) return { status: "resolved", ids: [frame.id] };
      return { status: "unknown", reason: `an act named only by its kind: «${m.text}»` };
    }
    return { status: "resolved", ids: [actIdInCorpus(index, r)] };
  };

  const resolveCitation = (c: CitationMention, actRes: Resolution | undefined): Resolution => {
    let actId: string | undefined;
    let prefix: PathStep[] = [];
    const own = c.inheritOwn ? frameAt(doc, c.start) : undefined;
    const ownUnit = own && unitAt(own.units, c.start);
    if (actRes?.status === "resolved") actId = actRes.ids[0];
    else if (own) {
      // "частью четвертой настоящей статьи": the article the citation stands in
      actId = own.id;
      const i = ownUnit ? ownUnit.path.findIndex((s) => s.unitKind === c.inherit) : -1;
      if (i < 0) return { status: "unknown", reason: `«${c.text}» stands in no ${c.inherit}` };
      prefix = ownUnit!.path.slice(0, i + 1);
    } else if (c.inherit && lastCitation) {
      actId = lastCitation.actId;
      const p = lastCitation.paths[0];
      prefix = p.slice(0, p.findIndex((s) => s.unitKind === c.inherit) + 1);
    } else if (!c.act) actId = frameAt(doc, c.start)?.id;
    // a bare article outside an act, cited before with its act in this document, is that act's
    if (!actId && !c.act && !c.inherit && c.paths.length && c.paths.every((p) => p[0]?.unitKind === "article")) {
      const acts = new Set(c.paths.map((p) => articleActs.get(p[0].number)));
      const only = acts.size === 1 ? [...acts][0] : undefined;
      if (only) actId = only;
      else if (commented && [...acts].every((a) => a === undefined)) actId = commented;
    }
    if (!actId) return { status: "unknown", reason: `the act of «${c.text}» is not named` };
    const frame = index.frames.get(actId);
    const ids = c.paths.map((p) => {
      const path = [...prefix, ...p];
      // "пунктом 3) части 1 статьи 193": the items of a code's part are numbered "3)" (subpoints of the tree)
      const item = path.length > 1 && path[path.length - 1].unitKind === "point" && path[path.length - 2].unitKind === "part";
      const asItem = item ? [...path.slice(0, -1), { ...path[path.length - 1], unitKind: "subpoint" as const }] : path;
      const unit = frame ? (findUnit(frame, path) ?? (item ? findUnit(frame, asItem) : undefined)) : undefined;
      // (an act not in the corpus: its id as the structure stage would name it, one id whichever word cites it)
      return unit ? unit.id : provisionId(actId!, frame ? path : asItem);
    });
    lastCitation = { actId, paths: c.paths.map((p) => [...prefix, ...p]) };
    for (const p of lastCitation.paths)
      if (p[0]?.unitKind === "article" && !frameAt(doc, c.start)) articleActs.set(p[0].number, articleActs.has(p[0].number) && articleActs.get(p[0].number) !== actId ? null : actId);
    return { status: "resolved", ids };
  };

  for (const m of mentions) {
    if (m.kind === "act") {
      const resolution = resolveAct(m);
      if (resolution.status === "resolved" && !commented && !doc.acts.length && COMMENTARY_HEAD.test(doc.clean.text.slice(0, m.start))) commented = resolution.ids[0];
      if (resolution.status === "resolved") {
        const own = family(m.ref.actKind);
        const k = m.defines ? kindOfWord(m.defines) : undefined;
        // "Инструкцией …, утвержденной приказом … № 102 (далее – Инструкция)": the abbreviation names the act of
        // its kind just before, not the order that approved it
        const named = k && family(k) !== own && (lastAt.get(family(k)) ?? -Infinity) > m.start - 400 ? lastOfKind.get(family(k)) : undefined;
        lastOfKind.set(own, resolution.ids[0]);
        lastAt.set(own, m.end);
        if (k) abbreviations.set(family(k), named ?? resolution.ids[0]);
      }
      resolved.push({ mention: m, resolution });
    } else if (m.kind === "citation") {
      const actRes = m.act ? resolveAct({ kind: "act", ref: m.act, start: m.end - 1, end: m.end, text: m.text }) : undefined;
      resolved.push({ mention: m, resolution: resolveCitation(m, actRes) });
    } else {
      resolved.push({ mention: m, resolution: { status: "resolved", ids: [conceptId(m.type, m.key)] } });
    }
  }
  return { structured: doc, mentions: resolved };
}
