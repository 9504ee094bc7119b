// The parallel ingest gives what the sequential one gives: the same graph (nodes, edges, documents, in the
// same order), diagnostics and summary (but builtAt and timings). Worker threads start from vitest too
// (worker.mjs registers tsx in the thread); the command is also run in a child process under tsx.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestCorpusParallel, shareFiles } from "./parallel.js";
import { ingestCorpus } from "./pipeline.js";
import { scanCorpus } from "./corpus.js";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "parallel-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What must be equal: all but builtAt and the timings. */
function comparable(r: { graph: { builtAt?: string }; diagnostics: unknown[]; summary: { ms: number; stages: unknown } }) {
  const { ms: _ms, stages: _stages, ...summary } = r.summary;
  return { graph: { ...r.graph, builtAt: "" }, diagnostics: r.diagnostics, summary };
}

const GiB = 1024 * 1024 * 1024;
// two sparse files over 2 GiB, which Node cannot read into memory: each becomes a `pipeline/failed`
// diagnostic; the larger goes to the main thread, the other to the worker thread
const failing = join(tmp, "failing");
mkdirSync(failing);
for (const f of readdirSync(join(root, "corpus")).filter((f) => f.endsWith(".txt"))) copyFileSync(join(root, "corpus", f), join(failing, f));
for (const [name, size] of [["huge1.txt", 2.2 * GiB], ["huge2.txt", 2.1 * GiB]] as const) {
  const fd = openSync(join(failing, name), "w");
  ftruncateSync(fd, Math.round(size));
  closeSync(fd);
}

// corpus → workers, options
const CASES: [string, string, number, { maxBytes?: number }][] = [
  ["the general fixtures, 2 workers", join(root, "test/fixtures/general"), 2, {}],
  ["the general fixtures, 3 workers", join(root, "test/fixtures/general"), 3, {}],
  ["the seed corpus, 2 workers", join(root, "corpus"), 2, {}],
  ["documents that fail in both threads", failing, 2, { maxBytes: 3 * GiB }],
];

describe("ingestCorpusParallel", () => {
  it.each(CASES)("%s: the same result as the sequential path", async (_name, corpus, workers, opts) => {
    const notices: string[] = [];
    const parallel = await ingestCorpusParallel({ corpus, workers, minBytes: 0, onNotice: (m) => notices.push(m), ...opts });
    expect(notices).toEqual([]);
    expect(parallel.workers).toBe(workers);
    const sequential = ingestCorpus({ corpus, ...opts });
    expect(comparable(parallel)).toEqual(comparable(sequential));
    expect(parallel.graph.nodes.length).toBeGreaterThan(100);
  });

  it("gives a failing document's diagnostic from the worker thread as from the main thread", async () => {
    const { files } = scanCorpus(failing);
    const shares = shareFiles(files, 2, 3 * GiB);
    // each thread has one of the huge files
    for (const share of shares) expect(share.filter((i) => files[i].id.startsWith("huge"))).toHaveLength(1);
    const r = await ingestCorpusParallel({ corpus: failing, workers: 2, minBytes: 0, maxBytes: 3 * GiB });
    const failed = r.diagnostics.filter((d) => d.ruleId === "pipeline/failed");
    expect(failed.map((d) => d.doc)).toEqual(["huge1", "huge2"]);
    for (const d of failed) expect(d.reason).toMatch(/^not ingested: .*2 GiB/);
    expect(r.graph.documents).toHaveLength(5);
  });

  it("takes the sequential path, with a notice, when the worker threads cannot start", async () => {
    const notices: string[] = [];
    // a heap of 1 MB: the thread runs out of memory while it starts
    const r = await ingestCorpusParallel({ corpus: join(root, "corpus"), workers: 2, minBytes: 0, workerMemoryMB: 1, onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([expect.stringMatching(/^worker threads could not start \(out of memory.*\); ingesting on one thread$/)]);
    expect(r.workers).toBe(1);
    expect(comparable(r)).toEqual(comparable(ingestCorpus({ corpus: join(root, "corpus") })));
  });

  it("takes the sequential path for a small corpus and for one worker", async () => {
    expect((await ingestCorpusParallel({ corpus: join(root, "corpus"), workers: 2 })).workers).toBe(1); // 0.3 MB < 2 MB
    expect((await ingestCorpusParallel({ corpus: join(root, "corpus"), workers: 1, minBytes: 0 })).workers).toBe(1);
  });

  it("refuses a bad worker count", async () => {
    await expect(ingestCorpusParallel({ corpus: join(root, "corpus"), workers: 0 })).rejects.toMatchObject({ name: "IngestError", code: "BAD_ARGUMENT" });
  });
});

// the command, in a child process: under `tsx` and under `node --import tsx`
const TSX = join(root, "node_modules", ".bin", "tsx");
function cli(how: "tsx" | "node", args: string[], env: Record<string, string> = {}) {
  const [cmd, pre] = how === "tsx" ? [TSX, []] : [process.execPath, ["--import", "tsx"]];
  const r = spawnSync(cmd, [...pre, "ingest/cli.ts", "--quiet", ...args], { cwd: root, encoding: "utf8", timeout: 300_000, env: { ...process.env, INGEST_PARALLEL_MIN_MB: "0", ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const graphOf = (file: string) => ({ ...JSON.parse(readFileSync(file, "utf8")), builtAt: "" });

describe("npm run ingest on two threads", () => {
  for (const corpus of ["corpus", "test/fixtures/general"])
    it.each(["tsx", "node"] as const)(`${corpus} under %s: the graph of --workers 2 equals the graph of --workers 1`, (how) => {
      const one = join(tmp, `${how}-${corpus.replace(/\W/g, "_")}-1.json`);
      const two = join(tmp, `${how}-${corpus.replace(/\W/g, "_")}-2.json`);
      const a = cli(how, ["--corpus", corpus, "--out", one, "--workers", "1"]);
      const b = cli(how, ["--corpus", corpus, "--out", two, "--workers", "2"]);
      expect([a.code, a.err]).toEqual([0, ""]);
      expect([b.code, b.err]).toEqual([0, ""]);
      expect(a.out).toMatch(/\(one thread\)/);
      expect(b.out).toMatch(/\(2 threads\)/);
      // the same report, but the time, the thread count and the output file
      const report = (out: string, file: string) => out.replace(/in [\d.]+ s \(.*?\)|Time by stage.*/g, "").replace(file, "FILE");
      expect(report(b.out, two)).toBe(report(a.out, one));
      expect(graphOf(two)).toEqual(graphOf(one));
    });

  it("a worker thread that dies: a clear error, nothing written, the previous graph intact", () => {
    const big = join(tmp, "big");
    mkdirSync(big);
    const text = readFileSync(join(root, "corpus", "004_3b6c793c5468ebf9.txt"), "utf8").repeat(8);
    for (const f of ["a.txt", "b.txt"]) writeFileSync(join(big, f), text);
    const out = join(tmp, "previous.json");
    writeFileSync(out, '{"previous": true}');
    // a heap limit of 16 MB per worker thread: enough to start, not to read a 1.4 MB act
    const r = cli("tsx", ["--corpus", big, "--out", out, "--workers", "2"], { INGEST_WORKER_MAX_MB: "16" });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^ingest failed: ingest worker thread 1 of 1 stopped while reading big\/b\.txt: out of memory \(limit 16 MB per worker thread\); nothing was written\n$/);
    expect(readFileSync(out, "utf8")).toBe('{"previous": true}');
  });

  it("refuses a bad --workers", () => {
    const r = cli("tsx", ["--workers", "two"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--workers needs a whole number of at least 1, got "two"/);
  });
});
