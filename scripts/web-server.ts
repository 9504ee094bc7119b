// Building and serving the web app (UI + /api/graphql): used by `npm start`, the browser tests and the
// web benchmark. `next build web` / `next start web` run from the repository root.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_BIN = join(ROOT, "node_modules", "next", "dist", "bin", "next");
const BUILD_ID = join(ROOT, "web", ".next", "BUILD_ID");
/** What the built app is made of: a change in any of these means a rebuild. */
const SOURCES = ["web", "api", "graph", "package.json", "package-lock.json"];
const SKIP = new Set([".next", "node_modules", "e2e", "fixtures"]);

export class WebServerError extends Error {
  override name = "WebServerError";
}

function newestMtime(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry) || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when there is no build, or a source is newer than it. */
export function needsBuild(): boolean {
  const built = statSync(BUILD_ID, { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built.mtimeMs);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((res, rej) => {
    // Progress goes to stderr, so that commands printing results on stdout (bench:web) stay clean.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", process.stderr, process.stderr], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("error", rej);
    child.on("exit", (code) => (code === 0 ? res() : rej(new WebServerError(`${[cmd, ...args].join(" ")} exited with ${code}`))));
  });
}

/** `next build web`, when needed (or always with force). */
export async function buildWeb(force = false): Promise<boolean> {
  if (!force && !needsBuild()) return false;
  await run(process.execPath, [NEXT_BIN, "build", "web"]);
  return true;
}

/** `npm run ingest` into the given graph file when it does not exist yet. */
/** The newest modification time of the corpus files (0 when there is no corpus folder). */
function corpusTime(): number {
  const dir = join(ROOT, "corpus");
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs));
}

/**
 * Ingests the corpus when there is no graph yet, or when the default graph is older than a corpus file
 * (a document was added or changed). A graph named by GRAPH_FILE elsewhere is used as it is.
 */
export async function ensureGraph(graphFile: string): Promise<boolean> {
  const isDefault = resolve(graphFile) === join(ROOT, "data", "graph.json");
  if (existsSync(graphFile) && (!isDefault || statSync(graphFile).mtimeMs >= corpusTime())) return false;
  const args = ["run", "ingest"];
  if (resolve(graphFile) !== join(ROOT, "data", "graph.json")) args.push("--", "--out", graphFile);
  await run(process.platform === "win32" ? "npm.cmd" : "npm", args);
  if (!existsSync(graphFile)) throw new WebServerError(`the ingest finished but ${graphFile} is missing`);
  return true;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => (typeof addr === "object" && addr ? res(addr.port) : rej(new WebServerError("no free port"))));
    });
  });
}

export interface RunningWeb {
  url: string;
  port: number;
  child: ChildProcess;
  /** everything the server printed (for test failure messages) */
  log: () => string;
  stop(): Promise<void>;
}

/** One small GraphQL request, so that the store has loaded the graph before the first visitor. */
async function warmUp(url: string): Promise<void> {
  try {
    await fetch(`${url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { nodeCount } }" }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    /* the page will show the API's error itself */
  }
}

/** Starts `next start web`, waits until it answers, and warms the store up. */
export async function startWeb(opts: { port: number; host?: string; env?: Record<string, string>; inheritOutput?: boolean }): Promise<RunningWeb> {
  const host = opts.host ?? "127.0.0.1";
  const child = spawn(process.execPath, [NEXT_BIN, "start", "web", "-p", String(opts.port), "-H", host], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...opts.env },
    stdio: opts.inheritOutput ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${opts.port}`;
  const stop = () =>
    new Promise<void>((res) => {
      if (child.exitCode !== null) return res();
      child.once("exit", () => res());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new WebServerError(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.status < 500) {
        await warmUp(url);
        return { url, port: opts.port, child, log: () => output, stop };
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new WebServerError(`next start did not answer at ${url} within 60 s:\n${output}`);
}
