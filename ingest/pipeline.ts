// The whole ingest path on one screen:
//   readCorpus → decode → clean → structure → findMentions        (each document, one at a time)
//   → buildCorpusIndex                                             (acts seen anywhere in the corpus)
//   → resolveMentions → relate                                     (each document, with the index)
//   → mergeFragments → validate → export
// A failure in one document becomes a diagnostic; the others are still ingested.
import type { GraphDocument } from "../graph/schema.js";
import { cleanDocument, locator } from "./clean.js";
import { loadDocument, scanCorpus, type CorpusFile } from "./corpus.js";
import { decodeDocument } from "./decode.js";
import { assertValidGraph, graphDocument, writeGraph } from "./export.js";
import { findMentions } from "./find/index.js";
import { mergeFragments } from "./merge.js";
import { relate } from "./relate/index.js";
import { buildCorpusIndex, resolveMentions } from "./resolve.js";
import { structureDocument } from "./structure.js";
import { IngestError, type Diagnostic, type GraphFragment, type Mention, type StructuredDocument } from "./types.js";
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
}

/** One document through the stages that need no other document: up to its mentions. */
function readDocument(file: CorpusFile, maxBytes: number | undefined, diagnostics: Diagnostic[]) {
  const decoded = decodeDocument(loadDocument(file, { maxBytes }), { maxBytes });
  diagnostics.push(...decoded.diagnostics);
  if (!decoded.doc) return null;
  const cleaned = cleanDocument(decoded.doc);
  const structured = structureDocument(cleaned.clean);
  diagnostics.push(...cleaned.diagnostics, ...structured.diagnostics);
  return { structured: structured.doc, mentions: findMentions(structured.doc) };
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

const countBy = (xs: { type: string }[]) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[x.type] = (acc[x.type] ?? 0) + 1), acc), {});

export function ingestCorpus(opts: IngestOptions): { graph: GraphExport; diagnostics: Diagnostic[]; summary: IngestSummary } {
  const started = performance.now();
  const { files, diagnostics } = scanCorpus(opts.corpus);
  const read: { structured: StructuredDocument; mentions: Mention[] }[] = [];
  files.forEach((file, i) => {
    const t0 = performance.now();
    const done = guarded(file, diagnostics, () => readDocument(file, opts.maxBytes, diagnostics));
    if (done) read.push(done);
    opts.onProgress?.({ index: i + 1, total: files.length, path: file.path, bytes: file.size, ms: performance.now() - t0, ok: done !== null });
  });
  const index = buildCorpusIndex(read);
  const documents: GraphDocument[] = [];
  const fragments: GraphFragment[] = [];
  for (const { structured, mentions } of read) {
    const clean = structured.clean;
    const related = guarded(clean, diagnostics, () => relate(resolveMentions(structured, mentions, index), index));
    if (!related) continue;
    // later stages give places as offsets into the cleaned text: turn them into places in the file
    const locate = related.diagnostics.some((d) => d.place && !d.place.line) ? locator(clean) : null;
    for (const d of related.diagnostics)
      diagnostics.push(locate && d.place && !d.place.line && d.place.offset !== undefined ? { ...d, place: locate(d.place.offset) } : d);
    documents.push(graphDocument(clean));
    fragments.push(related.fragment);
  }
  if (documents.length === 0)
    throw new IngestError(`no document could be ingested from ${opts.corpus} (${files.length} file(s) found); nothing was written`, "NOTHING_INGESTED");
  const graph = mergeFragments(documents, fragments);
  let out: IngestSummary["out"];
  if (opts.out) out = { file: opts.out, bytes: writeGraph(graph, opts.out) };
  else assertValidGraph(graph);
  const summary: IngestSummary = {
    documents: files.length,
    ingested: documents.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    ms: performance.now() - started,
    nodes: countBy(graph.nodes),
    edges: countBy(graph.edges),
    ...(out ? { out } : {}),
  };
  return { graph, diagnostics, summary };
}
