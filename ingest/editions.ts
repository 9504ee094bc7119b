// Successive acts under one title: the Law «О Прокуратуре» of 21 December 1995 № 2709, the Law «О прокуратуре»
// of 30 June 2017 № 81-VI and the Constitutional Law «О прокуратуре» of 5 November 2022 № 155-VII are three
// acts, though their titles give one id (find/act-ref.ts actIdOf). A reference that gives a number or a date
// names its own edition; a bare title («Закон «О прокуратуре»») stays with the primary edition: the one whose
// text is in the corpus, else the latest dated one. Ids stay structural: the primary keeps the title's id, the
// others add their number (or date) to it (act:law_о_прокуратуре_2709). Where the corpus knows one edition
// only, nothing changes.
import { slug } from "../graph/schema.js";
import { actIdOf } from "./find/act-ref.js";
import type { ActFrame, ActRef, Sentence, Unit } from "./types.js";

interface Edition {
  numbers: Set<string>;
  dates: Set<string>;
  inCorpus: boolean;
  id: string;
}

/** Title id → its editions, for titles the corpus names with more than one number or date. */
export type Editions = Map<string, Edition[]>;

/** Whether the act's id comes from its title (laws, codes; other acts without a number). */
function titleKeyed(ref: ActRef): boolean {
  if (!ref.title || ref.shortTitle || ref.backRef) return false;
  return !ref.number || ["law", "constitutional_law", "code"].includes(ref.actKind ?? "other");
}

function matches(e: Edition, ref: ActRef): boolean {
  if (ref.number && e.numbers.size) return e.numbers.has(ref.number);
  return Boolean(ref.date && e.dates.has(ref.date));
}

/** Groups the identified references to title-keyed acts into editions (`inCorpus`: the act's own text). */
export function findEditions(refs: { ref: ActRef; inCorpus: boolean }[]): Editions {
  const byTitle = new Map<string, Edition[]>();
  for (const { ref, inCorpus } of refs) {
    if (!titleKeyed(ref) || (!ref.number && !ref.date)) continue;
    const base = actIdOf(ref);
    const list = byTitle.get(base) ?? [];
    byTitle.set(base, list);
    let e = list.find((x) => matches(x, ref));
    if (!e) list.push((e = { numbers: new Set(), dates: new Set(), inCorpus: false, id: base }));
    if (ref.number) e.numbers.add(ref.number);
    if (ref.date) e.dates.add(ref.date);
    e.inCorpus ||= inCorpus;
  }
  const out: Editions = new Map();
  for (const [base, list] of byTitle) {
    if (list.length < 2) continue;
    const latest = (e: Edition) => [...e.dates].sort().pop() ?? "";
    // (two acts of the title in the corpus: the latest keeps the title's id)
    const inCorpus = list.filter((e) => e.inCorpus);
    const primary = [...(inCorpus.length ? inCorpus : list)].sort((a, b) => latest(b).localeCompare(latest(a)))[0];
    for (const e of list) if (e !== primary) e.id = `${base}_${slug([...e.numbers][0] ?? [...e.dates][0])}`;
    out.set(base, list);
  }
  return out;
}

/** The id of the edition a reference names; a reference without a number or date names the primary one. */
export function editionIdOf(editions: Editions, ref: ActRef): string {
  const base = actIdOf(ref);
  if (!titleKeyed(ref)) return base;
  return editions.get(base)?.find((e) => matches(e, ref))?.id ?? base;
}

/** The reference of an act in the corpus whose id comes from its title (not a code or the Constitution). */
export function frameRef(f: ActFrame): ActRef | undefined {
  const ref: ActRef = { actKind: f.actKind, number: f.number, date: f.date, title: f.title };
  return titleKeyed(ref) && actIdOf(ref) === f.id ? ref : undefined;
}

/** The edition ids of a document's act frames that differ from the ids the structure stage gave them. */
function renamings(acts: ActFrame[], editions: Editions): Map<string, string> {
  const out = new Map<string, string>();
  if (!editions.size) return out;
  for (const f of acts) {
    const ref = frameRef(f);
    const e = ref && !f.parentActId ? editions.get(f.id)?.find((x) => matches(x, ref)) : undefined;
    if (e && e.id !== f.id) out.set(f.id, e.id);
  }
  return out;
}

const renamed = (id: string, map: Map<string, string>) => {
  const hash = id.indexOf("#");
  const to = map.get(hash < 0 ? id : id.slice(0, hash));
  return to === undefined ? id : to + (hash < 0 ? "" : id.slice(hash));
};

function renameUnits(units: Unit[], map: Map<string, string>): void {
  for (const u of units) {
    u.id = renamed(u.id, map);
    if (u.parentId) u.parentId = renamed(u.parentId, map);
    renameUnits(u.children, map);
  }
}

/**
 * Gives the act frames of one document (and its sentences) the ids of their editions, in place: where the corpus
 * holds the texts of two acts under one title, the earlier one's frame and units move to its edition's id.
 * Idempotent; a no-op where the corpus knows one edition of each title.
 */
export function applyEditions(doc: { acts: ActFrame[]; sentences?: Sentence[] }, editions: Editions): void {
  const map = renamings(doc.acts, editions);
  if (!map.size) return;
  for (const f of doc.acts) {
    f.id = renamed(f.id, map);
    if (f.parentActId) f.parentActId = renamed(f.parentActId, map);
    renameUnits(f.units, map);
  }
  for (const s of doc.sentences ?? []) {
    if (s.actId) s.actId = renamed(s.actId, map);
    if (s.unitId) s.unitId = renamed(s.unitId, map);
  }
}

/** A frame with its edition's id, for the corpus index (a copy: the document's own frame is renamed later). */
export function frameOfEdition(f: ActFrame, editions: Editions): ActFrame {
  if (!renamings([f], editions).size) return f;
  const copy = structuredClone(f);
  applyEditions({ acts: [copy] }, editions);
  return copy;
}
