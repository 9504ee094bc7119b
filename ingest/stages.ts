// The per-document stages of the ingest, shared by the sequential path (pipeline.ts) and the worker threads
// of the parallel one (parallel.ts, worker.ts), so that both give the same graph:
//   readDocument:   decode → clean → structure → act mentions   (needs no other document)
//   relateDocument: findMentions → resolve → relate             (needs the corpus index)
//   finishIngest:   the merged graph → validate / write → summary
// A failure in one document becomes a `pipeline/failed` diagnostic; the others are still ingested.
import type { Evidence, GraphDocument, GraphEdge, GraphExport, GraphNode } from "../graph/schema.js";
import { cleanDocument, locator, type Locate } from "./clean.js";
import { loadDocument, type CorpusFile } from "./corpus.js";
import { decodeDocument } from "./decode.js";
import { assertValidGraph, graphDocument, writeGraph } from "./export.js";
import { findActMentionsIn, findMentions } from "./find/index.js";
import type { IngestSummary } from "./pipeline.js";
import { relate } from "./relate/index.js";
import { resolveMentions, type CorpusIndex } from "./resolve.js";
import { structureDocument } from "./structure.js";
import { IngestError, type ActMention, type Diagnostic, type GraphFragment, type StructuredDocument } from "./types.js";

/** Milliseconds spent in each stage: text (read → structure), mentions, relate (resolve + relate), merge, export. */
export type Clock = Record<string, number>;

export function timed<T>(clock: Clock, stage: string, run: () => T): T {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    clock[stage] = (clock[stage] ?? 0) + performance.now() - t0;
  }
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

/** A document after the first phase: its structure, the acts it names, and a locator for later diagnostics. */
export interface Read {
  file: CorpusFile;
  structured: StructuredDocument;
  mentions: ActMention[];
  locate: Locate;
}

/** One document through the stages that need no other document: up to its act mentions (null: not read). */
export function readDocument(file: CorpusFile, maxBytes: number | undefined, diagnostics: Diagnostic[], clock: Clock): Read | null {
  return guarded(file, diagnostics, () => {
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
    return { file, structured: structured.doc, mentions, locate };
  });
}

/** One read document through the stages that need the corpus index: its graph fragment (null: failed). */
export function relateDocument(read: Read, index: CorpusIndex, diagnostics: Diagnostic[], clock: Clock): { fragment: GraphFragment; document: GraphDocument } | null {
  const { structured, mentions: acts, locate } = read;
  const clean = structured.clean;
  const related = guarded(clean, diagnostics, () => {
    const all = timed(clock, "mentions", () => findMentions(structured, acts));
    return timed(clock, "relate", () => relate(resolveMentions(structured, all, index), index));
  });
  if (!related) return null;
  // later stages give places as offsets into the cleaned text: turn them into places in the file
  for (const d of related.diagnostics)
    diagnostics.push(d.place && !d.place.line && d.place.offset !== undefined ? { ...d, place: locate(d.place.offset) } : d);
  return { fragment: related.fragment, document: graphDocument(clean) };
}

const countBy = (xs: (GraphNode | GraphEdge)[]) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[x.type] = (acc[x.type] ?? 0) + 1), acc), {});

/** The end of a run: refuse an empty graph, validate it (and write it when `out` is given), sum it up. */
export function finishIngest(
  run: { corpus: string; out?: string; files: CorpusFile[]; started: number; clock: Clock },
  graph: GraphExport,
): IngestSummary {
  const { files, clock } = run;
  if (graph.documents.length === 0)
    throw new IngestError(`no document could be ingested from ${run.corpus} (${files.length} file(s) found); nothing was written`, "NOTHING_INGESTED");
  let out: IngestSummary["out"];
  if (run.out) out = timed(clock, "export", () => ({ file: run.out as string, bytes: writeGraph(graph, run.out as string) }));
  else timed(clock, "export", () => assertValidGraph(graph));
  return {
    documents: files.length,
    ingested: graph.documents.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    ms: performance.now() - run.started,
    nodes: countBy(graph.nodes),
    edges: countBy(graph.edges),
    ...(out ? { out } : {}),
    stages: clock,
  };
}

// Between threads (parallel.ts): a quote is a slice of its document's text, which the main thread receives
// anyway. A worker sends evidence without the quotes it can drop, the main thread slices them again: the
// copy is smaller, and the quotes share the text's memory as they do on one thread.
const eachEvidence = (f: GraphFragment, doc: GraphDocument, run: (e: Evidence, text: string) => void) => {
  if (doc.text !== undefined) for (const x of [...f.nodes, ...f.edges]) for (const e of x.evidence) if (e.doc === doc.id) run(e, doc.text);
};

/** Empties each quote that is exactly its slice of the document's text (restoreQuotes puts it back). */
export function dropQuotes(f: GraphFragment, doc: GraphDocument): void {
  eachEvidence(f, doc, (e, text) => {
    if (e.quote === text.slice(e.start, e.end)) e.quote = "";
  });
}

export function restoreQuotes(f: GraphFragment, doc: GraphDocument): void {
  eachEvidence(f, doc, (e, text) => {
    if (e.quote === "") e.quote = text.slice(e.start, e.end);
  });
}
