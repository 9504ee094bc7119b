import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../graph/schema.js";
import { writeGraph } from "./export.js";

const dir = mkdtempSync(join(tmpdir(), "export-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = "Прокуратура осуществляет высший надзор.";
const graph = (quote = "Прокуратура"): GraphExport => ({
  version: 1,
  builtAt: "2024-01-01T00:00:00.000Z",
  documents: [{ id: "d", title: "D", kind: "article", lang: "ru", path: "corpus/d.txt", text: TEXT, segments: [{ lang: "ru", start: 0, end: TEXT.length }] }],
  nodes: [{ id: "body:прокуратура", type: "Body", label: "Прокуратура", aliases: [], props: { bodyKind: "prosecution" }, evidence: [{ doc: "d", start: 0, end: 11, quote }] }],
  edges: [],
});

const CASES: [string, () => GraphExport, string | null][] = [
  ["a valid graph is written", () => graph(), null],
  ["a quote that is not the text at its offsets", () => graph("Суд"), "quote does not match the text"],
  ["an edge to a missing node", () => ({ ...graph(), edges: [{ id: "e", type: "REGULATES", source: "body:прокуратура", target: "act:нет", props: {}, evidence: [{ doc: "d", start: 0, end: 11, quote: "Прокуратура" }] }] }), "is not a node"],
  ["evidence naming an unknown document", () => { const g = graph(); g.nodes[0].evidence[0].doc = "x"; return g; }, "unknown document"],
];

describe("writeGraph", () => {
  it.each(CASES)("%s", (_name, make, problem) => {
    const file = join(dir, "graph.json");
    writeFileSync(file, '{"previous":true}');
    if (problem === null) {
      const g = make();
      const bytes = writeGraph(g, file);
      expect(readFileSync(file, "utf8")).toBe(JSON.stringify(g));
      const back = JSON.parse(readFileSync(file, "utf8"));
      expect(back.nodes[0].id).toBe("body:прокуратура");
      expect(back.documents[0].text).toBe(TEXT);
      expect(bytes).toBe(readFileSync(file).length);
    } else {
      expect(() => writeGraph(make(), file)).toThrow(expect.objectContaining({ name: "IngestError", code: "INVALID_GRAPH", message: expect.stringContaining(problem) }));
      expect(readFileSync(file, "utf8")).toBe('{"previous":true}');
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("cannot write where a file stands in for the folder, and leaves nothing behind", () => {
    const blocker = join(dir, "blocker");
    writeFileSync(blocker, "a file, not a folder");
    expect(() => writeGraph(graph(), join(blocker, "graph.json"))).toThrow(expect.objectContaining({ code: "WRITE_FAILED" }));
    expect(readFileSync(blocker, "utf8")).toBe("a file, not a folder");
  });

  it("creates the folder of the output file", () => {
    const file = join(dir, "new", "deeper", "graph.json");
    writeGraph(graph(), file);
    expect(existsSync(file)).toBe(true);
  });
});
