import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode.js";
import type { RawDocument } from "./types.js";

const RU = "Прокуратура Республики Казахстан осуществляет высший надзор за соблюдением законности.\nСуд рассматривает дела.";
const utf8 = (s: string) => new TextEncoder().encode(s);
const raw = (bytes: Uint8Array, extra: Partial<RawDocument> = {}): RawDocument => ({
  id: "d",
  path: "corpus/d.txt",
  bytes,
  meta: { title: "d", kind: "article", languages: ["ru"], source: "manifest" },
  ...extra,
});

interface Case {
  name: string;
  bytes: Uint8Array;
  /** expected text (when decoded) and encoding */
  text?: string | RegExp;
  encoding?: string;
  /** expected rule ids of the diagnostics, in order, and the severity of the first */
  rules: string[];
  severity?: string;
  maxBytes?: number;
  size?: number;
}

const CASES: Case[] = [
  { name: "UTF-8", bytes: utf8(RU), text: RU, encoding: "utf-8", rules: [] },
  { name: "UTF-8 with a BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(RU)]), text: RU, encoding: "utf-8", rules: [] },
  { name: "Windows-1251", bytes: new Uint8Array(iconv.encode(RU, "windows-1251")), text: RU, encoding: "windows-1251", rules: ["decode/legacy-encoding"], severity: "info" },
  { name: "KOI8-R", bytes: new Uint8Array(iconv.encode(RU, "koi8-r")), text: RU, encoding: "koi8-r", rules: ["decode/legacy-encoding"], severity: "info" },
  { name: "UTF-16LE with a BOM", bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(RU, "utf-16le")]), text: RU, encoding: "utf-16le", rules: [] },
  { name: "UTF-8 with one broken byte", bytes: new Uint8Array([...utf8(RU), 0xff, ...utf8(RU)]), text: /\uFFFD/, encoding: "utf-8", rules: ["decode/invalid-utf8"], severity: "warning" },
  { name: "empty", bytes: new Uint8Array(0), rules: ["decode/empty"], severity: "error" },
  { name: "only white space", bytes: utf8(" \n\t\n  "), rules: ["decode/empty"], severity: "error" },
  { name: "binary (NUL bytes)", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), rules: ["decode/binary"], severity: "error" },
  { name: "binary (control characters)", bytes: new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), rules: ["decode/binary"], severity: "error" },
  { name: "unknown encoding", bytes: new Uint8Array(Array.from({ length: 300 }, (_, i) => [0x63, 0x61, 0x66, 0xe9, 0x20, 0xe8, 0xfc, 0x20][i % 8])), rules: ["decode/unknown-encoding"], severity: "error" },
  { name: "too large", bytes: utf8(RU), maxBytes: 10, rules: ["decode/too-large"], severity: "error" },
  { name: "too large, not read (size given)", bytes: new Uint8Array(0), size: 60 * 1024 * 1024, rules: ["decode/too-large"], severity: "error" },
  {
    name: "an HTML page",
    bytes: utf8(`<!DOCTYPE html><html><head><title>x</title><style>p{}</style><script>var a = "<p>";</script></head><body><h1>Заголовок</h1><p>Прокуратура &amp; суд &laquo;взаимодействуют&raquo;.</p><p>Второй абзац.</p></body></html>`),
    text: "Заголовок\n\nПрокуратура & суд «взаимодействуют».\n\nВторой абзац.",
    encoding: "utf-8",
    rules: ["decode/html"],
    severity: "warning",
  },
  { name: "no Russian text", bytes: utf8("Only English text in this file.\nNothing else."), text: /^Only/, encoding: "utf-8", rules: ["decode/no-russian"], severity: "warning" },
  { name: "no structure", bytes: utf8("слово ".repeat(1000)), text: /^слово/, encoding: "utf-8", rules: ["decode/no-structure"], severity: "warning" },
];

describe("decodeDocument", () => {
  it.each(CASES)("$name", (c) => {
    const r = decodeDocument(raw(c.bytes, c.size ? { size: c.size } : {}), { maxBytes: c.maxBytes });
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(c.rules);
    if (c.severity) expect(r.diagnostics[0].severity).toBe(c.severity);
    for (const d of r.diagnostics) expect(d).toMatchObject({ doc: "d", file: "corpus/d.txt" });
    if (c.text === undefined) return expect(r.doc).toBeNull();
    expect(r.doc?.encoding).toBe(c.encoding);
    if (typeof c.text === "string") expect(r.doc?.text).toBe(c.text);
    else expect(r.doc?.text).toMatch(c.text);
  });

  it("takes defaults for a document the manifest does not name from the decoded text", () => {
    const bytes = new Uint8Array(iconv.encode("Приказ Генерального Прокурора\nСтатья 1. Общие положения", "windows-1251"));
    const r = decodeDocument(raw(bytes, { meta: { title: "?", kind: "article", languages: ["ru"], source: "file" } }));
    expect(r.doc?.meta).toMatchObject({ title: "Приказ Генерального Прокурора", kind: "act", source: "file" });
  });
});
