// `npm run bench:store [-- --sizes 10000,100000,1000000 --stores embedded,neo4j]`
// Synthetic graphs (~3 edges per node) loaded into each store: load throughput, p50/p99 latency of
// neighbours, shortest paths (up to 4 hops) and search, and the embedded store's memory. Each store and
// size runs in its own child process (clean memory figures). Prints a Markdown table for BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { EmbeddedStore } from "../graph/embedded/store.js";
import { Neo4jStore } from "../graph/neo4j/store.js";
import { startNeo4jServer, type Neo4jServer } from "../graph/neo4j/server.js";
import { EDGE_TYPES, type GraphExport, type GraphNode } from "../graph/schema.js";
import type { GraphStore } from "../graph/store.js";

const WORDS = ("суд прокуратура прокурор надзор закон конституция приказ инструкция правила полномочие принцип " +
  "законность гласность независимость протест представление ходатайство апелляция кассация жалоба решение " +
  "приговор определение постановление область район город республика генеральный верховный военный " +
  "специализированный уголовный гражданский административный судья следователь орган система порядок").split(" ");
const TYPES = ["Act", "Provision", "Provision", "Provision", "Body", "Body", "Principle", "Power"] as const;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(n: number): GraphExport {
  const r = rng(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const docs = Array.from({ length: 10 }, (_, i) => ({ id: `doc${i}`, title: `Документ ${i}`, kind: "act", lang: "ru", path: `corpus/doc${i}.txt` }));
  const ev = () => [{ doc: pick(docs).id, start: 0, end: 10, quote: "цитата из текста" }];
  const nodes: GraphNode[] = [];
  const acts: string[] = [];
  for (let i = 0; i < n; i++) {
    const type = i < 10 ? "Act" : pick(TYPES);
    const id = `${type.toLowerCase()}:n${i}`;
    const label = `${pick(WORDS)} ${pick(WORDS)} ${i % 1000}`;
    const props: Record<string, unknown> =
      type === "Act" ? { actKind: "order", status: r() < 0.1 ? "repealed" : "in_force" }
      : type === "Provision" ? { actId: pick(acts), unitKind: "point", number: String(i % 50), path: [{ unitKind: "point", number: String(i % 50) }], text: Array.from({ length: 6 }, () => pick(WORDS)).join(" ") }
      : type === "Body" ? { bodyKind: "prosecution" }
      : {};
    if (type === "Act") acts.push(id);
    nodes.push({ id, type, label, aliases: [], props, evidence: ev() });
  }
  const edges = [];
  for (let i = 0; i < n * 3; i++) {
    const s = nodes[Math.floor(r() * n)].id;
    const t = nodes[Math.floor(r() * n)].id;
    const type = pick(EDGE_TYPES);
    edges.push({ id: `${type}:${s}->${t}:${i}`, type, source: s, target: t, props: {}, evidence: ev() });
  }
  // as read from graph.json: flat strings and fresh objects (JSON.parse), item by item (one string for the
  // whole graph would pass V8's string length limit at 1M nodes)
  const flat = <T>(x: T): T => JSON.parse(JSON.stringify(x));
  return { version: 1, builtAt: new Date(0).toISOString(), documents: docs, nodes: nodes.map(flat), edges: edges.map(flat) };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function timed(n: number, f: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await f(i);
    t.push(performance.now() - a);
  }
  return { p50: pct(t, 50), p99: pct(t, 99) };
}

interface Result {
  store: string;
  size: number;
  items: number;
  loadSeconds: number;
  itemsPerSecond: number;
  neighbours: { p50: number; p99: number };
  paths: { p50: number; p99: number };
  search: { p50: number; p99: number };
  heapMb?: number;
  /** Buffers outside the V8 heap (the embedded store's byte arena) */
  buffersMb?: number;
  rssMb?: number;
  note?: string;
}

async function measure(store: GraphStore, name: string, size: number, samples: number): Promise<Result> {
  let g: GraphExport | null = syntheticGraph(size);
  const items = g.nodes.length + g.edges.length;
  const r = rng(7);
  const ids = Array.from({ length: samples }, () => g!.nodes[Math.floor(r() * size)].id);
  // path targets 1–4 hops away along random edges (so that a path exists)
  const adj = new Map<string, string[]>();
  for (const e of g.edges) {
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const pairs = ids.slice(0, Math.min(samples, 300)).map((a, i) => {
    let b = a;
    for (let k = 0; k < 1 + (i % 4); k++) {
      const next = adj.get(b) ?? [a];
      b = next[Math.floor(r() * next.length)];
    }
    return [a, b] as const;
  });
  adj.clear();
  const queries = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `${WORDS[i % WORDS.length]}а` : i % 3 === 1 ? WORDS[i % WORDS.length] : `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`));

  const started = performance.now();
  await store.load(g);
  const loadSeconds = (performance.now() - started) / 1000;
  g = null;
  const res: Result = {
    store: name,
    size,
    items,
    loadSeconds,
    itemsPerSecond: items / loadSeconds,
    neighbours: await timed(ids.length, (i) => store.neighbours(ids[i])),
    paths: await timed(pairs.length, (i) => store.shortestPaths(pairs[i][0], pairs[i][1], { maxLength: 4 })),
    search: await timed(queries.length, (i) => store.search(queries[i])),
  };
  if (name === "embedded") {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    res.heapMb = Math.round(m.heapUsed / 2 ** 20);
    res.buffersMb = Math.round(m.arrayBuffers / 2 ** 20);
    res.rssMb = Math.round(m.rss / 2 ** 20);
  }
  return res;
}

async function one(storeName: string, size: number): Promise<Result> {
  if (storeName === "embedded") return measure(new EmbeddedStore(), "embedded", size, 5000);
  let server: Neo4jServer | null = null;
  try {
    server = await startNeo4jServer({ heapMb: 3072, pagecacheMb: 2048 });
    const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password });
    const r = await measure(store, "neo4j", size, 500);
    await store.close();
    return r;
  } finally {
    await server?.stop();
  }
}

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
function table(rs: Result[]): string {
  const rows = rs.map((r) =>
    `| ${r.store} | ${r.size.toLocaleString("en")} | ${r.items.toLocaleString("en")} | ${r.loadSeconds.toFixed(1)} s | ${Math.round(r.itemsPerSecond).toLocaleString("en")} | ` +
    `${f(r.neighbours.p50)} / ${f(r.neighbours.p99)} | ${f(r.paths.p50)} / ${f(r.paths.p99)} | ${f(r.search.p50)} / ${f(r.search.p99)} | ${r.heapMb ? `${r.heapMb} MB heap + ${r.buffersMb ?? 0} MB buffers, ${r.rssMb} MB RSS` : "—"} |`);
  return ["| store | nodes | items (nodes+edges) | load | items/s | neighbours p50/p99 ms | paths ≤4 p50/p99 ms | search p50/p99 ms | memory |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |", ...rows].join("\n");
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
  if (opt("--one")) {
    const [store, size] = opt("--one")!.split(":");
    console.log(`RESULT ${JSON.stringify(await one(store, Number(size)))}`);
    return;
  }
  const sizes = (opt("--sizes") ?? "10000,100000,1000000").split(",").map(Number);
  const stores = (opt("--stores") ?? "embedded,neo4j").split(",");
  const results: Result[] = [];
  for (const store of stores)
    for (const size of sizes) {
      process.stderr.write(`bench-store: ${store} ${size} nodes …\n`);
      const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=12288", "--import", "tsx", fileURLToPath(import.meta.url), "--one", `${store}:${size}`], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 1 << 26,
      });
      const r = JSON.parse(out.split("\n").find((l) => l.startsWith("RESULT "))!.slice(7)) as Result;
      results.push(r);
      process.stderr.write(`${table([r]).split("\n")[2]}\n`);
    }
  const md = table(results);
  console.log(md);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().catch((err) => {
  console.error(`bench-store: ${err?.message ?? err}`);
  process.exit(1);
});
