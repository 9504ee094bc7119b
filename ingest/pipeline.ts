// The whole ingest path on one screen:
//   readCorpus → decode → clean → structure → act mentions        (each document, one at a time)
//   → buildCorpusIndex                                             (acts seen anywhere in the corpus)
//   → findMentions → resolveMentions → relate                      (each document, with the index)
//   → mergeFragments → validate → export
// A failure in one document becomes a diagnostic; the others are still ingested.
import type { GraphDocument } from "../graph/schema.js";
import { cleanDocument, locator, type Locate } from "./clean.js";
import { loadDocument, scanCorpus, type CorpusFile } from "./corpus.js";
import { decodeDocument } from "./decode.js";
import { assertValidGraph, graphDocument, writeGraph } from "./export.js";
import { findActMentionsIn, findMentions } from "./find/index.js";
import { GraphMerger } from "./merge.js";
import { relate } from "./relate/index.js";
import { buildCorpusIndex, resolveMentions } from "./resolve.js";
import { structureDocument } from "./structure.js";
import { IngestError, type ActMention, type Diagnostic, type Mention, type StructuredDocument } from "./types.js";
import type { GraphExport } from "../graph/schema.js";

export interface IngestOptions {
  /** the corpus folder */
  corpus: string;
  /** where to write graph.json; nothing is written when absent */
  out?: string;
  /** files over this size are refused (default 50 MB) */
  maxBytes?: number;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  /** "read": decode → mentions of one document; "relate": resolve → relate of one document */
  phase: "read" | "relate";
  index: number;
  total: number;
  path: string;
  bytes: number;
  ms: number;
  ok: boolean;
}

export interface IngestSummary {
  documents: number;
  ingested: number;
  bytes: number;
  ms: number;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  out?: { file: string; bytes: number };
  /** milliseconds spent in each stage: text (read → structure), mentions, relate (resolve + relate), merge, export */
  stages: Record<string, number>;
}

type Clock = Record<string, number>;
function timed<T>(clock: Clock, stage: string, run: () => T): T {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    clock[stage] = (clock[stage] ?? 0) + performance.now() - t0;
  }
}

/** One document through the stages that need no other document: up to its mentions. */
function readDocument(file: CorpusFile, maxBytes: number | undefined, diagnostics: Diagnostic[], clock: Clock) {
  const decoded = timed(clock, "text", () => decodeDocument(loadDocument(file, { maxBytes }), { maxBytes }));
  diagnostics.push(...decoded.diagnostics);
  const doc = decoded.doc;
  if (!doc) return null;
  const { cleaned, structured } = timed(clock, "text", () => {
    const cleaned = cleanDocument(doc);
    return { cleaned, structured: structureDocument(cleaned.clean) };
  });
  diagnostics.push(...cleaned.diagnostics, ...structured.diagnostics);
  // the corpus index needs only the acts each document names; all mentions are found again per document
  // in the second phase, so that the many concept mentions of a large corpus are never all in memory
  const mentions = timed(clock, "mentions", () => findActMentionsIn(structured.doc));
  // the original text and the offset map are not needed any more: keep a compact locator instead
  const locate = locator(cleaned.clean);
  structured.doc.clean = { ...cleaned.clean, original: "", offsets: new Int32Array(0), released: true };
  return { structured: structured.doc, mentions, locate };
}

/** Runs a stage for one document; a failure becomes an error diagnostic naming the document. */
function guarded<T>(file: { id: string; path: string }, diagnostics: Diagnostic[], stage: () => T): T | null {
  try {
    return stage();
  } catch (e) {
    diagnostics.push({ doc: file.id, file: file.path, ruleId: "pipeline/failed", severity: "error", reason: `not ingested: ${(e as Error).message}` });
    return null;
  }
}

interface Read {
  file: CorpusFile;
  structured: StructuredDocument;
  mentions: Mention[];
  locate: Locate;
}

const countBy = (xs: { type: string }[]) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[x.type] = (acc[x.type] ?? 0) + 1), acc), {});

export function ingestCorpus(opts: IngestOptions): { graph: GraphExport; diagnostics: Diagnostic[]; summary: IngestSummary } {
  const started = performance.now();
  const { files, diagnostics } = scanCorpus(opts.corpus);
  const clock: Clock = {};
  const read: (Read | undefined)[] = [];
  files.forEach((file, i) => {
    const t0 = performance.now();
    const done = guarded(file, diagnostics, () => readDocument(file, opts.maxBytes, diagnostics, clock));
    if (done) read.push({ ...done, file });
    opts.onProgress?.({ phase: "read", index: i + 1, total: files.length, path: file.path, bytes: file.size, ms: performance.now() - t0, ok: done !== null });
  });
  const index = buildCorpusIndex(read as Read[]);
  const documents: GraphDocument[] = [];
  const merger = new GraphMerger();
  for (let i = 0; i < read.length; i++) {
    const { structured, mentions: acts, locate, file } = read[i] as Read;
    read[i] = undefined; // let the document go once its fragment is made
    const t0 = performance.now();
    const clean = structured.clean;
    const related = guarded(clean, diagnostics, () => {
      const all = timed(clock, "mentions", () => findMentions(structured, acts as ActMention[]));
      return timed(clock, "relate", () => relate(resolveMentions(structured, all, index), index));
    });
    opts.onProgress?.({ phase: "relate", index: i + 1, total: read.length, path: file.path, bytes: file.size, ms: performance.now() - t0, ok: related !== null });
    if (!related) continue;
    // later stages give places as offsets into the cleaned text: turn them into places in the file
    for (const d of related.diagnostics)
      diagnostics.push(d.place && !d.place.line && d.place.offset !== undefined ? { ...d, place: locate(d.place.offset) } : d);
    documents.push(graphDocument(clean));
    timed(clock, "merge", () => merger.add(related.fragment));
  }
  if (documents.length === 0)
    throw new IngestError(`no document could be ingested from ${opts.corpus} (${files.length} file(s) found); nothing was written`, "NOTHING_INGESTED");
  const graph = merger.result(documents);
  let out: IngestSummary["out"];
  if (opts.out) out = timed(clock, "export", () => ({ file: opts.out as string, bytes: writeGraph(graph, opts.out as string) }));
  else timed(clock, "export", () => assertValidGraph(graph));
  const summary: IngestSummary = {
    documents: files.length,
    ingested: documents.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    ms: performance.now() - started,
    nodes: countBy(graph.nodes),
    edges: countBy(graph.edges),
    ...(out ? { out } : {}),
    stages: clock,
  };
  return { graph, diagnostics, summary };
}
