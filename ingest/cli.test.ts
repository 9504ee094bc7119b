import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "cli-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const corpus = join(tmp, "corpus");
mkdirSync(corpus);
writeFileSync(join(corpus, "a.txt"), "Прокуратура осуществляет высший надзор за соблюдением законности.\n");
writeFileSync(join(corpus, "b.txt"), new Uint8Array([0, 1, 2, 3, 0, 0, 0]));
writeFileSync(join(tmp, "blocker"), "a file");

function run(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// args → exit code, and what stdout/stderr must say
const CASES: [string, string[], number, RegExp, RegExp][] = [
  ["--help", ["--help"], 0, /Usage: npm run ingest -- \[options\][\s\S]*--corpus DIR/, /^$/],
  ["an unknown flag", ["--frobnicate"], 2, /^$/, /ingest: Unknown option '--frobnicate'[\s\S]*--help/],
  ["a missing corpus folder", ["--corpus", join(tmp, "nope")], 2, /^$/, /corpus folder not found/],
  ["a bad --max-mb", ["--corpus", corpus, "--max-mb", "lots"], 2, /^$/, /--max-mb needs a positive number/],
  ["--out naming a folder", ["--corpus", corpus, "--out", tmp], 2, /^$/, /--out names a folder/],
  ["an unwritable output", ["--corpus", corpus, "--out", join(tmp, "blocker", "g.json")], 1, /^$/, /ingest failed: cannot write/],
  ["a good run", ["--corpus", corpus, "--out", join(tmp, "out", "graph.json")], 0, /Ingested 1 of 2 document\(s\)[\s\S]*Nodes: [\s\S]*Edges: [\s\S]*b\.txt\n\s+1:1\s+error\s+decode\/binary/, /\[read 1\/2\] corpus\/a\.txt [\d.]+ KB read[\s\S]*\[read 2\/2\] corpus\/b\.txt [\d.]+ KB NOT READ[\s\S]*\[relate 1\/1\] corpus\/a\.txt [\d.]+ KB related/],
];

describe("ingest command", () => {
  it.each(CASES)("%s", (_name, args, code, stdout, stderr) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.out).toMatch(stdout);
    expect(r.err).toMatch(stderr);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  });

  it("wrote the graph of the good run", () => {
    const g = JSON.parse(readFileSync(join(tmp, "out", "graph.json"), "utf8"));
    expect(g.documents.map((d: { id: string }) => d.id)).toEqual(["a"]);
  });
});
