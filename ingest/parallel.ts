// The ingest on two or more threads: the same run as ingestCorpus (pipeline.ts), with the same graph,
// diagnostics and summary (but builtAt and timings), the per-document stages spread over workers — the
// main thread and worker threads (parallel-run.ts, worker.ts):
//   main: scanCorpus → share the files out, bytes balanced
//   each worker: decode → clean → structure → act mentions of its documents  (kept by the worker)
//   main: buildCorpusIndex from each document's acts and act mentions (in document order) → to the workers
//   each worker: findMentions → resolve → relate of its documents → a fragment each
//   main: merge the fragments in document order (a fragment that comes early waits) → validate → export
// One worker, a small corpus (starting a thread costs more than it saves), or worker threads that cannot
// start (a one-line notice) take the sequential path. A thread that dies ends the run: nothing is written.
import { availableParallelism } from "node:os";
import type { GraphExport } from "../graph/schema.js";
import { scanCorpus, type CorpusFile } from "./corpus.js";
import { DEFAULT_MAX_BYTES } from "./decode.js";
import { runWorkers } from "./parallel-run.js";
import { ingestCorpus, type IngestOptions, type IngestSummary } from "./pipeline.js";
import { finishIngest, type Clock } from "./stages.js";
import { IngestError, type Diagnostic } from "./types.js";

export interface ParallelOptions extends IngestOptions {
  /** workers: the main thread and workers − 1 worker threads (default: env INGEST_WORKERS, else DEFAULT_WORKERS); 1 = the sequential path */
  workers?: number;
  /** corpora under this many bytes take the sequential path (default: env INGEST_PARALLEL_MIN_MB, else 2 MB; 0 = never) */
  minBytes?: number;
  /** heap limit of each worker thread in MB (default: env INGEST_WORKER_MAX_MB, else Node's own) */
  workerMemoryMB?: number;
  /** told when the parallel path was chosen but cannot be taken (default: one line on stderr) */
  onNotice?: (message: string) => void;
}

export interface ParallelResult {
  graph: GraphExport;
  diagnostics: Diagnostic[];
  summary: IngestSummary;
  /** workers used (the main thread and workers − 1 threads); 1 = the sequential path was taken */
  workers: number;
}

const MB = 1024 * 1024;
export const DEFAULT_MIN_BYTES = 2 * MB;

/** A positive number from an option or an environment variable; a bad value is an IngestError naming it. */
export function positiveNumber(value: string | number | undefined, what: string, whole: boolean): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (whole && (!Number.isInteger(n) || n < 1)))
    throw new IngestError(`${what} needs ${whole ? "a whole number of at least 1" : "a number of 0 or more"}, got "${value}"`, "BAD_ARGUMENT");
  return n;
}

/**
 * Without --workers or INGEST_WORKERS, one thread: on this session's shared 2-core machine (load average 3–5
 * from other work) two threads were 1.4–2× slower and took 10–11× the input in memory (BENCHMARKS.md,
 * "Ingest"). Where a second core is free, measure (`npm run bench:ingest -- --sizes 16,50`) and set this to
 * `Math.min(2, availableParallelism())` if two threads pay.
 */
export const DEFAULT_WORKERS = 1;

/** The worker count of a run: the option, else env INGEST_WORKERS, else DEFAULT_WORKERS (at most the cores). */
export function workerCount(workers?: number): number {
  return positiveNumber(workers, "workers", true) ?? positiveNumber(process.env.INGEST_WORKERS, "INGEST_WORKERS", true) ?? Math.min(DEFAULT_WORKERS, availableParallelism());
}

/** The files of each worker: the largest file first to the worker with the fewest bytes; each list in document order. */
export function shareFiles(files: CorpusFile[], n: number, maxBytes = DEFAULT_MAX_BYTES): number[][] {
  const weight = (f: CorpusFile) => (f.size > maxBytes ? 0 : f.size); // a file over the limit is never read
  const order = files.map((_, i) => i).sort((a, b) => weight(files[b]) - weight(files[a]) || a - b);
  const shares = Array.from({ length: n }, () => ({ bytes: 0, files: [] as number[] }));
  for (const i of order) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.bytes += weight(files[i]);
    least.files.push(i);
  }
  return shares.map((s) => s.files.sort((a, b) => a - b));
}

export async function ingestCorpusParallel(opts: ParallelOptions): Promise<ParallelResult> {
  const started = performance.now();
  const n = workerCount(opts.workers);
  const minBytes = opts.minBytes ?? (positiveNumber(process.env.INGEST_PARALLEL_MIN_MB, "INGEST_PARALLEL_MIN_MB", false) ?? DEFAULT_MIN_BYTES / MB) * MB;
  const memory = positiveNumber(opts.workerMemoryMB ?? process.env.INGEST_WORKER_MAX_MB, "INGEST_WORKER_MAX_MB", true);
  const { files, diagnostics } = scanCorpus(opts.corpus);
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const threads = Math.min(n, files.length);
  if (threads <= 1 || bytes < minBytes) return { ...ingestCorpus(opts), workers: 1 };
  const clock: Clock = {};
  const run = await runWorkers({ files, shares: shareFiles(files, threads, opts.maxBytes), maxBytes: opts.maxBytes, memoryMB: memory, onProgress: opts.onProgress, diagnostics, clock });
  if ("notStarted" in run) return sequential(opts, run.notStarted);
  const graph = run.merger.result(run.documents);
  return { graph, diagnostics, summary: finishIngest({ ...opts, files, started, clock }, graph), workers: threads };
}

/** The sequential path, when worker threads cannot start: a one-line notice says why. */
function sequential(opts: ParallelOptions, why: string): ParallelResult {
  (opts.onNotice ?? ((m: string) => process.stderr.write(`ingest: ${m}\n`)))(`worker threads could not start (${why}); ingesting on one thread`);
  return { ...ingestCorpus(opts), workers: 1 };
}
