// An ingest worker thread (parallel.ts): runs the document tasks (worker-tasks.ts) the main thread sends.
// Started through worker.mjs, which registers tsx in the thread.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { creditCounter, documentTasks, type WorkerReply, type WorkerRequest } from "./worker-tasks.js";

const port = parentPort;
if (!port) throw new Error("ingest/worker.ts runs as a worker thread of ingest/parallel.ts");

// V8 collects a thread's garbage late (its heap grows well past what is live) while the main thread's heap
// grows as fragments are merged: the worker collects after its reading and after every few MB related,
// so that the process stays near the sequential path's peak memory
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const credit = creditCounter();
const handle = documentTasks({ thread: true, collect, credit: credit.take });
const reply = (r: WorkerReply) => {
  if (r.type === "related") credit.sent();
  port.postMessage(r);
};
port.on("message", (m: WorkerRequest) => (m.type === "merged" ? credit.merged() : void handle(m, reply)));
reply({ type: "ready" });
