// The whole ingest path on one screen:
//   readCorpus → decode → clean → structure → act mentions        (each document, one at a time)
//   → buildCorpusIndex                                             (acts seen anywhere in the corpus)
//   → findMentions → resolveMentions → relate                      (each document, with the index)
//   → mergeFragments → validate → export
// A failure in one document becomes a diagnostic; the others are still ingested. The stages of one
// document are in stages.ts, shared with the parallel path (parallel.ts: the same run on worker threads).
import type { GraphDocument, GraphExport } from "../graph/schema.js";
import { scanCorpus } from "./corpus.js";
import { GraphMerger } from "./merge.js";
import { buildCorpusIndex } from "./resolve.js";
import { finishIngest, readDocument, relateDocument, timed, type Clock, type Read } from "./stages.js";
import type { Diagnostic } from "./types.js";

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

export function ingestCorpus(opts: IngestOptions): { graph: GraphExport; diagnostics: Diagnostic[]; summary: IngestSummary } {
  const started = performance.now();
  const { files, diagnostics } = scanCorpus(opts.corpus);
  const clock: Clock = {};
  const read: (Read | undefined)[] = [];
  files.forEach((file, i) => {
    const t0 = performance.now();
    const done = readDocument(file, opts.maxBytes, diagnostics, clock);
    if (done) read.push(done);
    opts.onProgress?.({ phase: "read", index: i + 1, total: files.length, path: file.path, bytes: file.size, ms: performance.now() - t0, ok: done !== null });
  });
  const index = buildCorpusIndex(read as Read[]);
  const documents: GraphDocument[] = [];
  const merger = new GraphMerger();
  for (let i = 0; i < read.length; i++) {
    const doc = read[i] as Read;
    read[i] = undefined; // let the document go once its fragment is made
    const t0 = performance.now();
    const related = relateDocument(doc, index, diagnostics, clock);
    opts.onProgress?.({ phase: "relate", index: i + 1, total: read.length, path: doc.file.path, bytes: doc.file.size, ms: performance.now() - t0, ok: related !== null });
    if (!related) continue;
    documents.push(related.document);
    timed(clock, "merge", () => merger.add(related.fragment));
  }
  const graph = merger.result(documents);
  return { graph, diagnostics, summary: finishIngest({ ...opts, files, started, clock }, graph) };
}
