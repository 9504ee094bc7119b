import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateGraph } from "../graph/schema.js";
import { ingestCorpus, type Progress } from "./pipeline.js";
import { lineColumn } from "./text/offsets.js";

const out = join(mkdtempSync(join(tmpdir(), "pipeline-test-")), "graph.json");
afterAll(() => rmSync(join(out, ".."), { recursive: true, force: true }));

describe("ingestCorpus on the seed corpus", () => {
  const progress: Progress[] = [];
  const { graph, diagnostics, summary } = ingestCorpus({ corpus: new URL("../corpus", import.meta.url).pathname, out, onProgress: (p) => progress.push(p) });

  it("ingests all five documents and reports each one", () => {
    expect(summary).toMatchObject({ documents: 5, ingested: 5 });
    const steps = (phase: string) => progress.filter((p) => p.phase === phase).map((p) => [p.index, p.total, p.ok]);
    expect(steps("read")).toEqual([1, 2, 3, 4, 5].map((i) => [i, 5, true]));
    expect(steps("relate")).toEqual(steps("read"));
    expect(progress[4]).toMatchObject({ phase: "read", path: "corpus/004_3b6c793c5468ebf9.txt", bytes: 172494 });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("writes a valid graph whose documents carry their cleaned text and segments", () => {
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written.documents.map((d: { id: string }) => d.id)).toEqual(graph.documents.map((d) => d.id));
    const texts = new Map(written.documents.map((d: { id: string; text: string }) => [d.id, d.text]));
    expect(validateGraph(written, texts as Map<string, string>)).toEqual([]);
    const d001 = graph.documents.find((d) => d.id.startsWith("001"))!;
    expect(d001.segments?.map((s) => s.lang)).toEqual(["kk", "ru", "en", "ru"]);
    expect(d001).toMatchObject({ kind: "article", lang: "ru", languages: ["ru", "kk", "en"], path: "corpus/001_37c7c6e2e6ade183.txt" });
    expect(graph.documents.find((d) => d.id.startsWith("002"))?.segments?.map((s) => s.lang)).toEqual(["ru", "en"]);
  });

  it("counts nodes and edges by type", () => {
    const total = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    expect(total).toBe(graph.nodes.length);
    expect(summary.out).toEqual({ file: out, bytes: readFileSync(out).length });
    expect(Object.keys(summary.stages)).toEqual(["text", "mentions", "relate", "merge", "export"]);
  });

  it("gives places of later stages' diagnostics as line:column of the original file", () => {
    const placed = diagnostics.filter((x) => x.place);
    expect(placed.length).toBeGreaterThan(0);
    for (const d of placed) {
      const file = readFileSync(new URL(`../${d.file}`, import.meta.url), "utf8");
      expect(d.place).toEqual({ ...lineColumn(file, d.place!.offset!), offset: d.place!.offset });
    }
  });
});
