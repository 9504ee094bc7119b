// Bad input to the ingest pipeline: every bad file gets a clear diagnostic, the other documents are
// still ingested, nothing crashes, and a failed run leaves the previous graph.json as it was.
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { ingestCorpus, writeGraph } from "../ingest/index.js";

const tmp = mkdtempSync(join(tmpdir(), "bad-input-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RU = "Прокуратура Республики Казахстан осуществляет высший надзор за соблюдением законности.\nСуд рассматривает дела в порядке, установленном законом.\n";
const corpus = join(tmp, "corpus");
mkdirSync(corpus);
const files: Record<string, string | Uint8Array> = {
  "good.txt": RU,
  "empty.txt": "",
  "binary.txt": new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]),
  "cp1251.txt": new Uint8Array(iconv.encode(RU, "windows-1251")),
  "page.md": `<!DOCTYPE html><html><head><script>alert(1)</script></head><body><p>${RU}</p></body></html>`,
  "nostructure.txt": "слово ".repeat(2000),
  "fake-act.txt": "Просто текст без статей и пунктов. Ещё одно предложение.",
  "manifest.json": JSON.stringify({ documents: [{ file: "fake-act.txt", title: "Не акт", kind: "act", languages: ["ru"] }] }),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(corpus, name), content);
// a sparse file of 51 MB: made in no time, and the pipeline must refuse it without reading it
const huge = openSync(join(corpus, "huge.txt"), "w");
ftruncateSync(huge, 51 * 1024 * 1024);
closeSync(huge);

const out = join(tmp, "data", "graph.json");
const run = ingestCorpus({ corpus, out });
const diag = (doc: string) => run.diagnostics.filter((d) => d.doc === doc).map((d) => `${d.severity} ${d.ruleId}`);

// file → its diagnostics (severity ruleId) and whether it is in the graph
const CASES: [string, string[], boolean][] = [
  ["good", [], true],
  ["empty", ["error decode/empty"], false],
  ["binary", ["error decode/binary"], false],
  ["cp1251", ["info decode/legacy-encoding"], true],
  ["page", ["warning decode/html"], true],
  ["huge", ["error decode/too-large"], false],
  ["nostructure", ["warning decode/no-structure"], true],
  ["fake-act", ["info structure/none"], true],
];

describe("bad input", () => {
  it.each(CASES)("%s", (id, expected, ingested) => {
    expect(diag(id)).toEqual(expected);
    for (const d of run.diagnostics.filter((x) => x.doc === id)) {
      expect(d.file).toMatch(new RegExp(`^corpus/${id}\\.(txt|md)$`));
      expect(d.reason.length).toBeGreaterThan(10);
    }
    expect(run.graph.documents.some((d) => d.id === id)).toBe(ingested);
  });

  it("reads the Windows-1251 file correctly", () => {
    expect(run.graph.documents.find((d) => d.id === "cp1251")?.text).toBe(run.graph.documents.find((d) => d.id === "good")?.text);
  });

  it("keeps the visible text of the HTML page, not its tags or scripts", () => {
    const text = run.graph.documents.find((d) => d.id === "page")?.text ?? "";
    expect(text).toContain("Прокуратура Республики Казахстан");
    expect(text).not.toMatch(/<|alert/);
  });

  it("says how large the refused file is", () => {
    expect(run.diagnostics.find((d) => d.doc === "huge")?.reason).toMatch(/51\.0 MB, over the limit of 50\.0 MB/);
  });

  it("wrote the graph of the documents that could be read", () => {
    expect(run.summary).toMatchObject({ documents: 8, ingested: 5 });
    expect(JSON.parse(readFileSync(out, "utf8")).documents).toHaveLength(5);
  });
});

describe("a failed run leaves the previous graph.json intact", () => {
  const previous = readFileSync(out, "utf8");

  it("when no document can be ingested", () => {
    const bad = join(tmp, "all-bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "x.txt"), "");
    expect(() => ingestCorpus({ corpus: bad, out })).toThrow(expect.objectContaining({ name: "IngestError", code: "NOTHING_INGESTED" }));
    expect(readFileSync(out, "utf8")).toBe(previous);
  });

  it("when the graph does not validate", () => {
    const broken = structuredClone(run.graph);
    const withEvidence = broken.nodes.find((n) => n.evidence.length > 0) ?? broken.nodes[0];
    if (withEvidence) withEvidence.evidence = [{ doc: "good", start: 0, end: 5, quote: "не то" }];
    else broken.edges.push({ id: "e", type: "CITES", source: "a", target: "b", props: {}, evidence: [] });
    expect(() => writeGraph(broken, out)).toThrow(expect.objectContaining({ code: "INVALID_GRAPH" }));
    expect(readFileSync(out, "utf8")).toBe(previous);
  });

  it("when the output cannot be written", () => {
    writeFileSync(join(tmp, "blocker"), "");
    expect(() => ingestCorpus({ corpus, out: join(tmp, "blocker", "graph.json") })).toThrow(expect.objectContaining({ code: "WRITE_FAILED" }));
    expect(() => ingestCorpus({ corpus: join(tmp, "missing"), out })).toThrow(expect.objectContaining({ code: "NO_CORPUS" }));
    expect(readFileSync(out, "utf8")).toBe(previous);
  });
});
