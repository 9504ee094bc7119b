// Entry of an ingest worker thread (parallel.ts). Node 20 does not hand tsx's loader (`tsx`, `node --import
// tsx`) on to worker threads, so the thread registers tsx itself, then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
