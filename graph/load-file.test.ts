// graph.json files in, clear errors (or the graph) out — and the `npm run load` command on them.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureGraph } from "./fixtures/kz-graph.js";
import { loadGraphFile } from "./load-file.js";
import { runLoad } from "./fixtures/run-load.js";

const dir = mkdtempSync(join(tmpdir(), "kz-graph-file-"));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
mkdirSync(join(dir, "folder.json"));

const CASES: [string, string | null, RegExp][] = [
  ["missing.json", null, /missing\.json does not exist \(run `npm run ingest`/],
  ["folder.json", null, /folder\.json is a folder/],
  ["broken.json", '{"version": 1, "nodes": [', /broken\.json is not valid JSON/],
  ["empty.json", "", /empty\.json is not valid JSON/],
  ["wrong.json", JSON.stringify({ version: 2, documents: [], nodes: [], edges: [] }), /wrong\.json: graph is not valid: version must be 1/],
  ["dangling.json", JSON.stringify({ ...fixtureGraph(), edges: [{ ...fixtureGraph().edges[0], target: "act:нет" }] }), /target act:нет is not a node/],
];

describe("loadGraphFile", () => {
  for (const [name, content, expected] of CASES)
    it(`explains what is wrong with ${name}`, async () => {
      const p = content === null ? join(dir, name) : file(name, content);
      await expect(loadGraphFile(p)).rejects.toMatchObject({ name: "StoreError", code: "BAD_INPUT", message: expect.stringMatching(expected) });
    });

  it("reads a valid graph", async () => {
    expect(await loadGraphFile(file("graph.json", JSON.stringify(fixtureGraph())))).toEqual(fixtureGraph());
  });
});

describe("npm run load", () => {
  const env = { ...process.env, NEO4J_URI: "" };
  it("checks a graph with the embedded store when NEO4J_URI is not set", async () => {
    const r = await runLoad(file("ok.json", JSON.stringify(fixtureGraph())), env);
    expect(r.code).toBe(0);
    const g = fixtureGraph();
    expect(r.out).toContain("NEO4J_URI is not set");
    expect(r.out).toContain(`${g.nodes.length} nodes, ${g.edges.length} edges, ${g.documents.length} documents`);
  });

  it("fails with one line and no stack trace", async () => {
    const r = await runLoad(join(dir, "missing.json"), env);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^load: graph file .*missing\.json does not exist/);
  });
});
