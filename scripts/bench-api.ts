// `npm run bench:api`: on the seed corpus (ingested here) with the embedded store,
//  1. latency of the API (POST over loopback HTTP) vs the store answering the same question directly,
//     p50 and p99 over sequential requests;
//  2. 100 concurrent clients for 30 s (autocannon) over a mix of questions: throughput, p99, errors.
// The API server runs in a child process so that the load generator does not share its event loop.
// Prints a Markdown section; `--write` puts it into BENCHMARKS.md under "## API".
// Env: BENCH_API_DURATION (s, default 30), BENCH_API_ITERATIONS (default 1000).
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { EmbeddedStore } from "../graph/embedded/store.js";
import type { GraphStore } from "../graph/store.js";
import { createContext } from "../api/context.js";
import { findInteractions } from "../api/interactions.js";
import { collectNorms } from "../api/norms.js";
import { createApiServer } from "../api/server.js";
import { ingestCorpus } from "../ingest/pipeline.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DURATION = Number(process.env.BENCH_API_DURATION ?? 30);
const ITERATIONS = Number(process.env.BENCH_API_ITERATIONS ?? 1000);
const CONNECTIONS = 100;

async function loadedStore(): Promise<{ store: GraphStore; nodes: number; edges: number }> {
  const { graph } = ingestCorpus({ corpus: join(ROOT, "corpus") });
  const store = new EmbeddedStore();
  await store.load(graph);
  return { store, nodes: graph.nodes.length, edges: graph.edges.length };
}

/** Child mode: serve the API on a free port, and a bare HTTP server for the floor; print the URLs; run until stdin closes. */
async function serve(): Promise<void> {
  const { store } = await loadedStore();
  const server = await createApiServer({ store, port: 0, production: true });
  const bare = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"data":{"node":null}}'));
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", () => resolve()));
  const floor = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  process.stdout.write(`${JSON.stringify({ url: server.url, floor })}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void server.close().then(() => process.exit(0)));
}

interface Question {
  name: string;
  query: string;
  direct: (store: GraphStore) => Promise<unknown>;
}

const QUESTIONS: Question[] = [
  {
    name: "node by id",
    query: `{ node(id: "act:конституция#art_83") { id type label aliases props evidence { doc start end quote } } }`,
    direct: (s) => s.node("act:конституция#art_83"),
  },
  {
    name: "search «прокуратуры»",
    query: `{ search(query: "прокуратуры", first: 20) { id type label } }`,
    direct: (s) => s.search("прокуратуры", { limit: 20 }),
  },
  {
    name: "neighbourhood of the prosecution",
    query: `{ neighborhood(id: "body:прокуратура", limit: 200) { nodes { id type label } edges { id type source { id } target { id } } } }`,
    direct: (s) => s.neighbours("body:прокуратура", { limit: 200 }),
  },
  {
    name: "interactions court ↔ prosecution",
    query: `{ interactions(a: "body:суд", b: "body:прокуратура") { form edge { id } basis { id label } evidence { doc quote } } }`,
    direct: async (s) => {
      const ctx = createContext(s);
      const found = await findInteractions(ctx, "body:суд", "body:прокуратура", true);
      await s.nodes(found.flatMap((m) => (Array.isArray(m.edge.props.basis) ? (m.edge.props.basis as string[]) : [])));
      ctx.dispose();
      return found;
    },
  },
  {
    name: "norms regulating the prosecution",
    query: `{ norms(regulating: "body:прокуратура") { relation rank node { id label } act { id label } evidence { quote } } }`,
    direct: async (s) => {
      const ctx = createContext(s);
      const n = await s.node("body:прокуратура");
      const out = await collectNorms(ctx, n!);
      ctx.dispose();
      return out;
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(50, n); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** POSTs a query; returns the size of the answer in bytes. */
async function post(url: string, query: string): Promise<number> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const text = await res.text();
  if (res.status !== 200 || !text.startsWith('{"data"') || text.includes('"errors"')) throw new Error(`the API failed: ${res.status} ${text.slice(0, 300)}`);
  return Buffer.byteLength(text);
}

function startChild(): Promise<{ url: string; floor: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], {
    cwd: ROOT,
    // as deployed: graphql-js skips its development-only checks under NODE_ENV=production
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ ...JSON.parse(line), stop: () => child.stdin.end() });
    });
    child.on("exit", (code) => reject(new Error(`the API server exited early (code ${code})`)));
  });
}

const ms = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  if (process.argv.includes("--serve")) return serve();
  const { store, nodes, edges } = await loadedStore();
  const child = await startChild();
  const lines: string[] = [];
  try {
    lines.push(
      `Seed corpus (${nodes} nodes, ${edges} edges), embedded store, API with NODE_ENV=production in a child process, ` +
        `loopback HTTP, Node ${process.version}, ${cpus().length} cores shared with other work (load average ${loadavg()[0].toFixed(1)} at the start).`,
      "",
      `### Latency: API vs store (${ITERATIONS} sequential requests each)`,
      "",
      "| question | answer KB | store p50 ms | store p99 ms | API p50 ms | API p99 ms | API adds at p50 ms |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const floor = await timeIt(ITERATIONS, () => post(child.floor, QUESTIONS[0].query));
    lines.push(`| (floor: the same POST to a bare node:http server answering a fixed body) | 0.0 | – | – | ${ms(floor.p50)} | ${ms(floor.p99)} | ${ms(floor.p50)} |`);
    let met = 0;
    for (const q of QUESTIONS) {
      const direct = await timeIt(ITERATIONS, () => q.direct(store));
      const api = await timeIt(ITERATIONS, () => post(child.url, q.query));
      const kb = (await post(child.url, q.query)) / 1024;
      if (api.p50 - direct.p50 < 2) met++;
      lines.push(`| ${q.name} | ${kb.toFixed(1)} | ${ms(direct.p50)} | ${ms(direct.p99)} | ${ms(api.p50)} | ${ms(api.p99)} | ${ms(api.p50 - direct.p50)} |`);
      console.error(`[bench:api] ${q.name}: store p50 ${ms(direct.p50)} ms, API p50 ${ms(api.p50)} ms`);
    }
    lines.push(
      "",
      `Target "the API adds < 2 ms at p50": met for ${met} of ${QUESTIONS.length} questions. The floor row is what loopback HTTP ` +
        "with fetch costs by itself; the rest grows with the size of the answer (graphql-js execution and JSON of every field).",
    );
    console.error(`[bench:api] ${CONNECTIONS} clients for ${DURATION} s …`);
    const r = await autocannon({
      url: child.url,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 20,
      requests: QUESTIONS.map((q) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q.query }) })),
      verifyBody: (body) => body.startsWith('{"data"') && !body.includes('"errors"'),
    });
    lines.push(
      "",
      `### Load: ${CONNECTIONS} concurrent clients for ${DURATION} s (autocannon, the five questions in turn)`,
      "",
      "| requests | req/s (mean) | latency p50 ms | latency p99 ms | errors | timeouts | non-2xx | bodies with errors |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| ${r["2xx"] + r.non2xx} | ${r.requests.mean.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.mismatches} |`,
      "",
      "Command: `npm run bench:api` (`npm run bench:api -- --write` puts this section into BENCHMARKS.md; BENCH_API_DURATION and " +
        "BENCH_API_ITERATIONS shorten the run). Figures vary with what else runs on the shared machine.",
    );
  } finally {
    child.stop();
    await store.close();
  }
  const section = lines.join("\n");
  console.log(section);
  if (process.argv.includes("--write")) {
    const file = join(ROOT, "BENCHMARKS.md");
    const md = readFileSync(file, "utf8");
    const start = md.indexOf("## API (`npm run bench:api`)");
    if (start < 0) throw new Error('BENCHMARKS.md has no "## API (`npm run bench:api`)" section');
    const next = md.indexOf("\n## ", start + 1);
    const end = next < 0 ? md.length : next + 1;
    writeFileSync(file, `${md.slice(0, start)}## API (\`npm run bench:api\`)\n\n${section}\n\n${md.slice(end)}`);
    console.error("[bench:api] BENCHMARKS.md updated");
  }
}

main().catch((e: Error) => {
  console.error(`[bench:api] failed: ${e.message}`);
  process.exit(1);
});
