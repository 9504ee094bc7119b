// The two phases of a parallel ingest (parallel.ts) over n workers: worker 0 is the main thread itself
// (its documents stay in its own heap, as on the sequential path), the others are worker threads.
// Replies are taken in document order: progress, diagnostics and fragments come out as on one thread.
import { Worker } from "node:worker_threads";
import type { GraphDocument } from "../graph/schema.js";
import type { CorpusFile } from "./corpus.js";
import { GraphMerger } from "./merge.js";
import type { Progress } from "./pipeline.js";
import { buildCorpusIndex } from "./resolve.js";
import { restoreQuotes, timed, type Clock } from "./stages.js";
import { IngestError, type ActFrame, type Diagnostic } from "./types.js";
import { creditCounter, documentTasks, type WorkerReply, type WorkerRequest } from "./worker-tasks.js";

export interface RunOptions {
  files: CorpusFile[];
  /** the files of each worker, in document order (shareFiles) */
  shares: number[][];
  maxBytes?: number;
  /** heap limit of each worker thread, MB */
  memoryMB?: number;
  onProgress?: (p: Progress) => void;
  /** diagnostics of the run so far: each document's are added in document order */
  diagnostics: Diagnostic[];
  clock: Clock;
}

export type Outcome = { merger: GraphMerger; documents: GraphDocument[] } | { notStarted: string };

const YOUNG_MB = 4;

type ReadReply = Extract<WorkerReply, { type: "read" }>;
type RelatedReply = Extract<WorkerReply, { type: "related" }>;
interface Executor {
  post(m: WorkerRequest): void;
  stop(): void;
}

/** Resolves with the merged fragments, or with why the worker threads could not start. */
export function runWorkers(o: RunOptions): Promise<Outcome> {
  const { files, shares, diagnostics, clock } = o;
  const n = shares.length;
  return new Promise<Outcome>((resolve, reject) => {
    const executors: Executor[] = [];
    const ready = shares.map((_, w) => w === 0);
    const finished = shares.map(() => false);
    let current = shares; // the documents of each worker in this phase, in the order it answers for them
    const replies = shares.map(() => 0); // how many of them it has answered for
    let phase: "reading" | "relating" = "reading";
    let over = false;
    const end = (outcome: Outcome | Error) => {
      if (over) return;
      over = true;
      for (const x of executors) x.stop();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const lost = (w: number, why: string) => {
      if (finished[w] || over) return;
      if (!ready[w]) return end({ notStarted: why });
      const at = files[current[w][replies[w]]]?.path;
      end(new IngestError(`ingest worker thread ${w} of ${n - 1} stopped ${at ? `while ${phase} ${at}` : `while ${phase}`}: ${why}; nothing was written`, "WORKER_FAILED"));
    };

    // phase 1: documents read, kept until all are in (the index needs all of them)
    const read: (ReadReply | undefined)[] = new Array(files.length);
    const perFile: Diagnostic[][] = [];
    let nextRead = 0;
    let relateOrder: number[] = []; // the read documents, in document order
    const onRead = (m: ReadReply) => {
      read[m.i] = m;
      for (; nextRead < files.length && read[nextRead]; nextRead++) {
        const r = read[nextRead]!;
        const f = files[nextRead];
        perFile.push(r.diagnostics);
        o.onProgress?.({ phase: "read", index: nextRead + 1, total: files.length, path: f.path, bytes: f.size, ms: r.ms, ok: r.acts !== null });
      }
      if (nextRead < files.length) return;
      for (const d of perFile) diagnostics.push(...d);
      const ok = read.filter((r): r is ReadReply & { acts: ActFrame[] } => r?.acts != null);
      relateOrder = ok.map((r) => r.i);
      current = shares.map((list) => list.filter((i) => read[i]?.acts != null));
      const index = buildCorpusIndex(ok.map((r) => ({ structured: { acts: r.acts }, mentions: r.mentions })));
      read.fill(undefined);
      phase = "relating";
      replies.fill(0);
      for (const x of executors) x.post({ type: "relate", index });
    };

    // phase 2: fragments merged in document order; one that comes before its turn waits in `early`
    const merger = new GraphMerger();
    const documents: GraphDocument[] = [];
    const early = new Map<number, RelatedReply>();
    const owner = new Array<number>(files.length);
    shares.forEach((list, w) => list.forEach((i) => (owner[i] = w)));
    const localCredit = creditCounter(); // the main thread's own fragments; a thread counts its own (worker.ts)
    let nextRelate = 0;
    let done = 0;
    const onRelated = (m: RelatedReply) => {
      early.set(m.i, m);
      for (let r: RelatedReply | undefined; (r = early.get(relateOrder[nextRelate])); nextRelate++) {
        early.delete(r.i);
        if (owner[r.i] === 0) localCredit.merged();
        else executors[owner[r.i]].post({ type: "merged" });
        const f = files[r.i];
        diagnostics.push(...r.diagnostics);
        o.onProgress?.({ phase: "relate", index: nextRelate + 1, total: relateOrder.length, path: f.path, bytes: f.size, ms: r.ms, ok: r.related !== null });
        if (!r.related) continue;
        const { fragment, document } = r.related;
        documents.push(document);
        timed(clock, "merge", () => {
          restoreQuotes(fragment, document);
          merger.add(fragment);
        });
      }
    };

    const onReply = (w: number, m: WorkerReply) => {
      try {
        if (over) return;
        if (m.type === "ready") ready[w] = true;
        else if (m.type === "read") {
          replies[w]++;
          onRead(m);
        } else if (m.type === "related") {
          replies[w]++;
          onRelated(m);
        } else {
          for (const k in m.clock) clock[k] = (clock[k] ?? 0) + m.clock[k];
          finished[w] = true;
          executors[w].stop(); // a thread's memory goes at once: the others may still be relating
          if (++done === n) end({ merger, documents });
        }
      } catch (e) {
        end(e as Error);
      }
    };

    // worker 0: the main thread, one document at a time, letting the threads' replies in between
    const pause = () => new Promise<void>((res, rej) => (over ? rej(new Error("stopped")) : setImmediate(res)));
    const local = documentTasks({ thread: false, pause, credit: localCredit.take });
    const localReply = (r: WorkerReply) => {
      if (r.type === "related") localCredit.sent();
      onReply(0, r);
    };
    executors.push({
      post: (m) => {
        if (m.type !== "merged") setImmediate(() => local(m, localReply).catch((e: Error) => end(e)));
      },
      stop: () => {},
    });
    for (let w = 1; w < n; w++) {
      let worker: Worker;
      try {
        // a small young generation: the thread's short-lived objects are collected sooner (measured on the
        // benchmark's 50 MB corpus: peak RSS 437–501 MB in three runs, 533 MB with Node's default)
        const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB, ...(o.memoryMB ? { maxOldGenerationSizeMb: o.memoryMB } : {}) };
        worker = new Worker(new URL("./worker.mjs", import.meta.url), { resourceLimits });
      } catch (e) {
        end({ notStarted: (e as Error).message });
        return;
      }
      executors.push({ post: (m) => worker.postMessage(m), stop: () => void worker.terminate() });
      worker.on("message", (m: WorkerReply) => onReply(w, m));
      worker.on("error", (e: Error & { code?: string }) =>
        lost(w, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? `out of memory${o.memoryMB ? ` (limit ${o.memoryMB} MB per worker thread)` : ""}` : e.message),
      );
      worker.on("messageerror", (e) => lost(w, `a message could not be read (${e.message})`));
      worker.on("exit", (code) => lost(w, `it exited with code ${code}`));
    }
    shares.forEach((list, w) => executors[w].post({ type: "read", files: list.map((i) => ({ i, file: files[i] })), maxBytes: o.maxBytes }));
  });
}
