// What an ingest worker does with the documents the main thread gives it (parallel.ts): the per-document
// stages (stages.ts), its documents kept between the two phases. The same tasks run in a worker thread
// (worker.ts) and on the main thread itself, which takes a share of the documents too.
import type { GraphDocument } from "../graph/schema.js";
import type { CorpusFile } from "./corpus.js";
import type { CorpusIndex } from "./resolve.js";
import { dropQuotes, readDocument, relateDocument, type Clock, type Read } from "./stages.js";
import type { ActFrame, ActMention, Diagnostic, GraphFragment } from "./types.js";

export type WorkerRequest =
  | { type: "read"; files: { i: number; file: CorpusFile }[]; maxBytes?: number }
  | { type: "relate"; index: CorpusIndex }
  /** the main thread merged one of this worker's fragments (flow control: see WINDOW) */
  | { type: "merged" };

export type WorkerReply =
  | { type: "ready" }
  /** one document of the first phase: what the corpus index needs of it (acts null: not read) */
  | { type: "read"; i: number; ms: number; diagnostics: Diagnostic[]; acts: ActFrame[] | null; mentions: ActMention[] }
  /** one document of the second phase (related null: failed); in a thread, quotes of its own text dropped (stages.ts) */
  | { type: "related"; i: number; ms: number; diagnostics: Diagnostic[]; related: { fragment: GraphFragment; document: GraphDocument } | null }
  | { type: "done"; clock: Clock };

export interface TaskOptions {
  /** in a worker thread: the fragments are copied to the main thread, so their quotes are dropped */
  thread: boolean;
  /** called after the first phase and after every few MB related (a thread's garbage collection) */
  collect?: () => void;
  /** awaited between documents (on the main thread: lets the workers' messages in) */
  pause?: () => Promise<void>;
  /** awaited before each document is related: resolves once fewer than WINDOW of its fragments wait to be merged */
  credit: () => Promise<void>;
}

/**
 * Fragments are merged in document order, so a worker that runs ahead of the others would pile its fragments
 * up on the main thread: each worker relates a document only while fewer than WINDOW of its fragments wait.
 * (No deadlock: the next fragment in order belongs to a worker whose earlier fragments are all merged.)
 */
export const WINDOW = 8;

/** Counts a worker's fragments not merged yet; `take` waits for room, `merged` makes it. */
export function creditCounter() {
  let waiting = 0;
  let wake: (() => void) | null = null;
  return {
    sent: () => void waiting++,
    merged: () => {
      waiting--;
      if (wake && waiting < WINDOW) {
        const w = wake;
        wake = null;
        w();
      }
    },
    take: (): Promise<void> => (waiting < WINDOW ? Promise.resolve() : new Promise((res) => (wake = res))),
  };
}

const COLLECT_BYTES = 4 * 1024 * 1024;

export function documentTasks(opts: TaskOptions) {
  const clock: Clock = {};
  let mine: ({ i: number; read: Read } | undefined)[] = [];
  let uncollected = 0;
  return async function handle(m: Exclude<WorkerRequest, { type: "merged" }>, reply: (r: WorkerReply) => void): Promise<void> {
    if (m.type === "read") {
      for (const { i, file } of m.files) {
        const t0 = performance.now();
        const diagnostics: Diagnostic[] = [];
        const read = readDocument(file, m.maxBytes, diagnostics, clock);
        if (read) mine.push({ i, read });
        reply({ type: "read", i, ms: performance.now() - t0, diagnostics, acts: read ? read.structured.acts : null, mentions: read ? read.mentions : [] });
        await opts.pause?.();
      }
      opts.collect?.();
      return;
    }
    for (let k = 0; k < mine.length; k++) {
      const { i, read } = mine[k]!;
      mine[k] = undefined; // let the document go once its fragment is made
      await opts.credit();
      const t0 = performance.now();
      const diagnostics: Diagnostic[] = [];
      const related = relateDocument(read, m.index, diagnostics, clock);
      if (related && opts.thread) dropQuotes(related.fragment, related.document);
      reply({ type: "related", i, ms: performance.now() - t0, diagnostics, related });
      uncollected += read.file.size;
      if (opts.collect && uncollected >= COLLECT_BYTES) {
        opts.collect();
        uncollected = 0;
      }
      await opts.pause?.();
    }
    mine = [];
    reply({ type: "done", clock });
  };
}
