// `npm run ingest -- [--corpus DIR] [--out FILE] [--max-mb N] [--workers N] [--quiet]`: corpus → graph.json.
// Exit codes: 0 written; 1 the run failed (nothing written, the previous file intact); 2 bad usage.
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { publishToNeo4j } from "../graph/index.js";
import { ingestCorpusParallel, positiveNumber } from "./parallel.js";
import type { Progress } from "./pipeline.js";
import type { Diagnostic } from "./types.js";

const USAGE = `Usage: npm run ingest -- [options]

Reads every .txt and .md file of a corpus folder (titles and kinds from its manifest.json),
builds the knowledge graph and writes it to one JSON file (written only when the whole run succeeds).

Options:
  --corpus DIR   the corpus folder (default: corpus)
  --out FILE     where to write the graph (default: data/graph.json)
  --max-mb N     refuse files larger than N MB (default: 50)
  --workers N    threads that read and relate documents: the main thread and N-1 worker threads
                 (default: env INGEST_WORKERS, else 1). A corpus under 2 MB (env INGEST_PARALLEL_MIN_MB)
                 is always read on one thread.
  --quiet        no progress lines
  --help         this text

Exit codes: 0 graph written, 1 the run failed (nothing written), 2 bad usage.`;

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
const listCounts = (r: Record<string, number>) =>
  Object.entries(r).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ") || "none";

function usageError(message: string): never {
  process.stderr.write(`ingest: ${message}\nTry: npm run ingest -- --help\n`);
  process.exit(2);
}

function printDiagnostics(diagnostics: Diagnostic[]): void {
  if (!diagnostics.length) return void console.log("Diagnostics: none");
  const order = { error: 0, warning: 1, info: 2 } as const;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  console.log(`Diagnostics: ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s)`);
  for (const [file, list] of byFile) {
    console.log(`  ${file}`);
    for (const d of list.sort((a, b) => order[a.severity] - order[b.severity])) {
      const place = d.place && d.place.line > 0 ? `${d.place.line}:${d.place.column}` : "-";
      console.log(`    ${place.padEnd(9)} ${d.severity.padEnd(7)} ${d.ruleId.padEnd(22)} ${d.reason}`);
    }
  }
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: "string", default: "corpus" },
        out: { type: "string", default: "data/graph.json" },
        "max-mb": { type: "string" },
        workers: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    usageError((e as Error).message.split("\n")[0]);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpus = values.corpus as string;
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) usageError(`corpus folder not found: ${corpus}`);
  let maxBytes: number | undefined;
  if (values["max-mb"] !== undefined) {
    const n = Number(values["max-mb"]);
    if (!Number.isFinite(n) || n <= 0) usageError(`--max-mb needs a positive number, got "${values["max-mb"]}"`);
    maxBytes = Math.round(n * 1024 * 1024);
  }
  let workers: number | undefined;
  try {
    workers = positiveNumber(values.workers as string | undefined, "--workers", true) ?? positiveNumber(process.env.INGEST_WORKERS, "INGEST_WORKERS", true);
  } catch (e) {
    usageError((e as Error).message);
  }
  const out = values.out as string;
  if (existsSync(out) && statSync(out).isDirectory()) usageError(`--out names a folder, not a file: ${out}`);
  const progress = values.quiet
    ? undefined
    : (p: Progress) => {
        const what = p.phase === "read" ? (p.ok ? "read" : "NOT READ") : p.ok ? "related" : "FAILED";
        process.stderr.write(`[${p.phase} ${p.index}/${p.total}] ${p.path} ${kb(p.bytes)} ${what} in ${Math.round(p.ms)} ms\n`);
      };
  try {
    const { graph, diagnostics, summary, workers: used } = await ingestCorpusParallel({ corpus, out, maxBytes, workers, onProgress: progress });
    const nodes = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    const edges = Object.values(summary.edges).reduce((a, b) => a + b, 0);
    console.log(`Ingested ${summary.ingested} of ${summary.documents} document(s), ${kb(summary.bytes)}, in ${(summary.ms / 1000).toFixed(2)} s (${used === 1 ? "one thread" : `${used} threads`})`);
    console.log(`Wrote ${out} (${kb(summary.out?.bytes ?? 0)})`);
    console.log(`Nodes: ${nodes} (${listCounts(summary.nodes)})`);
    console.log(`Edges: ${edges} (${listCounts(summary.edges)})`);
    console.log(`Time by stage: ${Object.entries(summary.stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(", ")}`);
    printDiagnostics(diagnostics);
    // with NEO4J_URI set, the new graph replaces the one in Neo4j (atomically: a failed load keeps the old one)
    if (process.env.NEO4J_URI) {
      try {
        const uri = await publishToNeo4j(graph);
        console.log(`Loaded the graph into Neo4j at ${uri}`);
      } catch (e) {
        process.stderr.write(`ingest: ${out} was written, but loading it into Neo4j failed: ${(e as Error).message}\n`);
        return 1;
      }
    }
    return 0;
  } catch (e) {
    const err = e as Error;
    process.stderr.write(`ingest failed: ${err.message}\n`);
    if (err.name !== "IngestError") process.stderr.write("(an unexpected error; the previous graph file, if any, is unchanged)\n");
    return err.name === "IngestError" && (err as { code?: string }).code === "NO_CORPUS" ? 2 : 1;
  }
}

main().then((code) => (process.exitCode = code));
