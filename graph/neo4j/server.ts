// Starts the project's local Neo4j 5 server (scripts/neo4j-launcher: neo4j-harness in one JVM, Bolt on
// 127.0.0.1, user neo4j) and waits until it accepts connections. Used by the Neo4j tests, the store
// benchmark and `npm run neo4j`. Builds the launcher first when its jar is missing.
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const LAUNCHER_JAR = join(ROOT, "scripts", "neo4j-launcher", "target", "neo4j-launcher.jar");
export const DEFAULT_PASSWORD = "neo4j-local";

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Bolt port (default: a free one) */
  port?: number;
  password?: string;
  heapMb?: number;
  pagecacheMb?: number;
  /** stop the server when this process's pipe to it closes (default true) */
  tieToParent?: boolean;
  /** how long to wait for the server (default 5 minutes: the first start may build the launcher) */
  timeoutMs?: number;
}

/** Builds the launcher jar with scripts/setup-neo4j.sh unless it is there already. */
export function ensureLauncher(): void {
  if (existsSync(LAUNCHER_JAR)) return;
  execFileSync("bash", [join(ROOT, "scripts", "setup-neo4j.sh")], { stdio: ["ignore", "inherit", "inherit"] });
  if (!existsSync(LAUNCHER_JAR)) throw new Error(`the Neo4j launcher was not built (${LAUNCHER_JAR} is missing)`);
}

export async function startNeo4jServer(o: ServerOptions = {}): Promise<Neo4jServer> {
  ensureLauncher();
  const password = o.password ?? DEFAULT_PASSWORD;
  const heap = o.heapMb ?? 1024;
  const args = [
    // the parallel collector and a fixed heap: bulk loads allocate ~1 GB of transaction state every few
    // seconds; with the default G1 the JVM spent ~17 % more CPU on a 300k-node load (2 shared cores)
    "-XX:+UseParallelGC",
    `-Xms${heap}m`,
    `-Xmx${heap}m`,
    "-jar",
    LAUNCHER_JAR,
    "--port",
    String(o.port ?? 0),
    "--pagecache",
    String(o.pagecacheMb ?? 256),
    "--password",
    password,
  ];
  if (o.tieToParent !== false) args.push("--watch-stdin");
  const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const uri = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Neo4j did not start within ${(o.timeoutMs ?? 300_000) / 1000} s\n${log}`));
    }, o.timeoutMs ?? 300_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/^NEO4J_READY (\S+)$/m);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot run java for Neo4j: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j stopped while starting (exit ${code})\n${log}`));
    });
  });

  return {
    uri,
    user: "neo4j",
    password,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
