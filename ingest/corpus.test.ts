import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCorpus, scanCorpus } from "./corpus.js";
import { IngestError } from "./types.js";

const root = mkdtempSync(join(tmpdir(), "corpus-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Builds a corpus folder from files (name → content). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  return dir;
}

const MANIFEST = JSON.stringify({
  version: 1,
  documents: [{ file: "b_named.txt", title: "Названный документ", kind: "lecture", languages: ["ru", "en"] }],
});

interface Case {
  name: string;
  files: Record<string, string>;
  ids: string[];
  meta?: Record<string, object>;
  diagnostics?: string[];
}

const CASES: Case[] = [
  {
    name: "txt and md files, sorted, manifest meta and defaults",
    files: {
      "manifest.json": MANIFEST,
      "c_act.md": "\n\nПриказ Министра юстиции\n\nПРИКАЗЫВАЮ:\n1. Утвердить.",
      "b_named.txt": "Текст лекции.",
      "a_article.txt": "  Заголовок статьи  \nТекст статьи.",
      "notes.docx": "ignored",
      "image.png": "ignored",
    },
    ids: ["a_article", "b_named", "c_act"],
    meta: {
      a_article: { title: "Заголовок статьи", kind: "article", source: "file" },
      b_named: { title: "Названный документ", kind: "lecture", languages: ["ru", "en"], source: "manifest" },
      c_act: { title: "Приказ Министра юстиции", kind: "act", source: "file" },
    },
    diagnostics: [],
  },
  {
    name: "a manifest that is not JSON",
    files: { "manifest.json": "{ not json", "a.txt": "Текст." },
    ids: ["a"],
    meta: { a: { title: "Текст.", kind: "article" } },
    diagnostics: ["corpus/manifest"],
  },
  {
    name: "manifest entries that are incomplete or name missing files",
    files: {
      "manifest.json": JSON.stringify({ documents: [{ file: "a.txt", title: "A" }, { file: "gone.txt", title: "G", kind: "article", languages: ["ru"] }] }),
      "a.txt": "Текст.",
    },
    ids: ["a"],
    diagnostics: ["corpus/manifest", "corpus/manifest"],
  },
  {
    name: "an act's own kind is an act, a writing's is an article, an unknown kind is read from the text (with a warning)",
    files: {
      "manifest.json": JSON.stringify({
        documents: [
          { file: "a.txt", title: "Приказ № 45", kind: "order", languages: ["ru"] },
          { file: "b.txt", title: "Закон", kind: "Закон", languages: ["ru"] },
          { file: "c.txt", title: "Комментарий", kind: "commentary", languages: ["ru"] },
          { file: "d.txt", title: "Положение", kind: "internal memo", languages: ["ru"] },
          { file: "e.txt", title: "Заметка", kind: "memo", languages: ["ru"] },
        ],
      }),
      "a.txt": "Текст.",
      "b.txt": "Текст.",
      "c.txt": "Текст.",
      "d.txt": "Об утверждении Положения\n\nПриказ Генерального Прокурора Республики Казахстан от 15 марта 2022 года № 45.\n\nПРИКАЗЫВАЮ:\n1. Утвердить.",
      "e.txt": "Просто текст.",
    },
    ids: ["a", "b", "c", "d", "e"],
    meta: {
      a: { title: "Приказ № 45", kind: "act", source: "manifest" },
      b: { kind: "act" },
      c: { kind: "article" },
      d: { title: "Положение", kind: "act", source: "manifest" },
      e: { kind: "article" },
    },
    diagnostics: ["corpus/manifest", "corpus/manifest"],
  },
  { name: "an empty folder", files: {}, ids: [], diagnostics: [] },
];

describe("readCorpus", () => {
  it.each(CASES)("$name", (c) => {
    const dir = folder(c.name.replace(/\W+/g, "_"), c.files);
    const { documents, diagnostics } = readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(c.ids);
    for (const [id, meta] of Object.entries(c.meta ?? {})) expect(documents.find((d) => d.id === id)?.meta).toMatchObject(meta);
    if (c.diagnostics) expect(diagnostics.map((d) => d.ruleId)).toEqual(c.diagnostics);
    for (const d of documents) {
      expect(d.path).toMatch(new RegExp(`^${c.name.replace(/\W+/g, "_")}/${d.id}\\.(txt|md)$`));
      expect(Buffer.from(d.bytes).toString("utf8")).toBe(c.files[d.path.split("/")[1]]);
    }
  });

  it("names the real corpus from its manifest", () => {
    const { documents, diagnostics } = readCorpus(new URL("../corpus", import.meta.url).pathname);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.path, d.meta.kind])).toEqual([
      ["corpus/000_5dca8734736fbe7c.txt", "article"],
      ["corpus/001_37c7c6e2e6ade183.txt", "article"],
      ["corpus/002_29514861f82fd5d9.txt", "lecture"],
      ["corpus/003_cdb05ae9719165ab.txt", "lecture"],
      ["corpus/004_3b6c793c5468ebf9.txt", "act"],
    ]);
    expect(documents[1].meta.languages).toEqual(["ru", "kk", "en"]);
    const manifest = JSON.parse(readFileSync(new URL("../corpus/manifest.json", import.meta.url), "utf8"));
    expect(manifest.documents).toHaveLength(5);
  });

  it("does not read a file over the size limit", () => {
    const dir = folder("large", { "big.txt": "x".repeat(2000), "small.txt": "Текст." });
    const { documents } = readCorpus(dir, { maxBytes: 1000 });
    const big = documents.find((d) => d.id === "big");
    expect(big?.bytes.length).toBe(0);
    expect(big?.size).toBe(2000);
    expect(scanCorpus(dir).files.map((f) => f.size)).toEqual([2000, Buffer.byteLength("Текст.")]);
  });

  it("throws a named error for a missing folder", () => {
    expect(() => readCorpus(join(root, "nope"))).toThrow(IngestError);
    expect(() => readCorpus(join(root, "nope"))).toThrow(/corpus folder not found/);
  });
});
