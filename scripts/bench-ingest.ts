// Ingest benchmark: `npm run bench:ingest [-- --mb 50 --runs 3]`.
// 1. the seed corpus (corpus/), best of --runs runs, each in a fresh process;
// 2. a synthetic corpus of at least --mb MB built from copies of the seed documents in a temp folder.
// Both through ingestCorpusParallel, as `npm run ingest` does (INGEST_WORKERS=2 for two threads).
// `-- --sizes 1,2,4,8`: instead, synthetic corpora of those sizes, each on one thread and on 2 threads
// (alternately, --runs pairs, the parallel path forced): where the second thread starts to pay.
// Reports time, MB/s and peak memory (maxRSS of the process, from process.resourceUsage()).
// Each measurement runs in a child process so that its peak memory is its own.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cleanDocument } from "../ingest/clean.js";
import { loadDocument, scanCorpus } from "../ingest/corpus.js";
import { decodeDocument } from "../ingest/decode.js";
import { ingestCorpusParallel } from "../ingest/parallel.js";
import { structureDocument } from "../ingest/structure.js";

interface Measure {
  ms: number;
  bytes: number;
  files: number;
  maxRssMB: number;
  nodes: number;
  edges: number;
  stages?: Record<string, number>;
  workers?: number;
}

const MB = 1024 * 1024;

/** The text stages alone (read, decode, clean, structure), document by document. */
function textStages(corpus: string): Measure {
  const t0 = performance.now();
  const { files } = scanCorpus(corpus);
  let sentences = 0;
  let units = 0;
  for (const f of files) {
    const decoded = decodeDocument(loadDocument(f)).doc;
    if (!decoded) continue;
    const s = structureDocument(cleanDocument(decoded).clean).doc;
    sentences += s.sentences.length;
    units += s.acts.reduce((n, a) => n + a.units.length, 0);
  }
  const bytes = files.reduce((n, f) => n + f.size, 0);
  return { ms: performance.now() - t0, bytes, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024, nodes: units, edges: sentences };
}

/** The child: one ingest run, printed as JSON on the last line. */
async function child(corpus: string, out: string, textOnly: boolean): Promise<void> {
  if (textOnly) return console.log(JSON.stringify(textStages(corpus)));
  const { summary, workers } = await ingestCorpusParallel({ corpus, out });
  const m: Measure = {
    ms: summary.ms,
    bytes: summary.bytes,
    files: summary.documents,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    nodes: Object.values(summary.nodes).reduce((a, b) => a + b, 0),
    edges: Object.values(summary.edges).reduce((a, b) => a + b, 0),
    stages: summary.stages,
    workers,
  };
  console.log(JSON.stringify(m));
}

function measure(corpus: string, out: string, textOnly = false, env: Record<string, string> = {}): Measure {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, "--child", corpus, "--out", out, ...(textOnly ? ["--text-only"] : [])];
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * MB, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`ingest run failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as Measure;
}

/** Copies of the seed documents (with manifest entries) until the folder holds `mb` MB. */
function syntheticCorpus(seed: string, dir: string, mb: number): number {
  const manifest = JSON.parse(readFileSync(join(seed, "manifest.json"), "utf8")) as { documents: { file: string; title: string; kind: string; languages: string[] }[] };
  const files = readdirSync(seed).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const entries: typeof manifest.documents = [];
  let total = 0;
  for (let copy = 0; total < mb * MB; copy++)
    for (const f of files) {
      const name = `${String(copy).padStart(4, "0")}_${f}`;
      copyFileSync(join(seed, f), join(dir, name));
      total += statSync(join(dir, name)).size;
      const meta = manifest.documents.find((d) => d.file === f);
      if (meta) entries.push({ ...meta, file: name, title: `${meta.title} (copy ${copy})` });
    }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ version: 1, documents: entries }));
  return total;
}

/** Synthetic corpora of each size, on one thread and on 2 threads alternately: where the second thread starts to pay. */
function breakEven(seed: string, tmp: string, sizes: number[], runs: number): void {
  const secs = (m: Measure) => `${(m.ms / 1000).toFixed(2)} s, ${(m.bytes / MB / (m.ms / 1000)).toFixed(1)} MB/s, ${Math.round(m.maxRssMB)} MB`;
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log("| corpus | files | one thread: time, throughput, peak RSS (runs in order) | 2 threads: the same | best 2 threads / best one thread |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const mb of sizes) {
    const dir = mkdtempSync(join(tmp, `corpus-${mb}-`));
    const built = syntheticCorpus(seed, dir, mb);
    const one: Measure[] = [];
    const two: Measure[] = [];
    for (let k = 0; k < runs; k++) {
      one.push(measure(dir, join(tmp, "g.json"), false, { INGEST_WORKERS: "1" }));
      two.push(measure(dir, join(tmp, "g.json"), false, { INGEST_WORKERS: "2", INGEST_PARALLEL_MIN_MB: "0" }));
    }
    const best = (ms: Measure[]) => Math.min(...ms.map((m) => m.ms));
    console.log(`| ${(built / MB).toFixed(1)} MB | ${one[0].files} | ${one.map(secs).join(", ")} | ${two.map(secs).join(", ")} | ${(best(two) / best(one)).toFixed(2)} |`);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { child: { type: "boolean" }, "text-only": { type: "boolean" }, out: { type: "string" }, mb: { type: "string", default: "50" }, runs: { type: "string", default: "3" }, sizes: { type: "string" } },
    allowPositionals: true,
  });
  if (values.child) return child(positionals[0], values.out as string, Boolean(values["text-only"]));
  if (values.sizes) {
    const tmp = mkdtempSync(join(tmpdir(), "bench-ingest-"));
    try {
      return breakEven(resolve("corpus"), tmp, values.sizes.split(",").map(Number), Number(values.runs));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const seed = resolve("corpus");
  const tmp = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  try {
    const seedRuns = Array.from({ length: Number(values.runs) }, () => measure(seed, join(tmp, "seed-graph.json")));
    const best = seedRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
    const dir = mkdtempSync(join(tmp, "corpus-"));
    const built = syntheticCorpus(seed, dir, Number(values.mb));
    const big = measure(dir, join(tmp, "big-graph.json"));
    const text = measure(dir, join(tmp, "unused.json"), true);
    const rate = (m: Measure) => m.bytes / MB / (m.ms / 1000);
    const rows = [
      [`seed corpus (${best.workers === 1 ? "one thread" : `${best.workers} workers`})`, best],
      [`synthetic corpus (${Math.round(built / MB)} MB, ${big.workers === 1 ? "one thread" : `${big.workers} workers`})`, big],
    ] as const;
    console.log("| corpus | files | input | time | throughput | peak RSS | peak / input | nodes | edges |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [name, m] of rows)
      console.log(`| ${name} | ${m.files} | ${(m.bytes / MB).toFixed(2)} MB | ${(m.ms / 1000).toFixed(2)} s | ${rate(m).toFixed(1)} MB/s | ${Math.round(m.maxRssMB)} MB | ${(m.maxRssMB / (m.bytes / MB)).toFixed(1)}× | ${m.nodes} | ${m.edges} |`);
    console.log(`\ntext stages alone (read, decode, clean, structure) on the synthetic corpus: ${(text.ms / 1000).toFixed(2)} s, ${rate(text).toFixed(1)} MB/s, peak RSS ${Math.round(text.maxRssMB)} MB (${text.nodes} top-level units, ${text.edges} sentences)`);
    const split = (m: Measure) => Object.entries(m.stages ?? {}).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(", ");
    console.log(`time by stage, synthetic corpus: ${split(big)}`);
    console.log(`time by stage, seed corpus (best run): ${split(best)}`);
    console.log(`seed runs (ms): ${seedRuns.map((m) => Math.round(m.ms)).join(", ")}`);
    console.log(`targets: seed < 2 s: ${best.ms < 2000 ? "met" : "NOT met"}; ≥ 5 MB/s: ${rate(big) >= 5 ? "met" : "NOT met"}; peak < 10× input: ${big.maxRssMB < 10 * (big.bytes / MB) ? "met" : "NOT met"}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
