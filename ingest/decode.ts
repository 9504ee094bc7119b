// Stage 1: RawDocument (bytes) → DecodedDocument (text). UTF-8 (BOM stripped), UTF-16 with a BOM,
// Windows-1251 and KOI8-R are read; what cannot be read becomes a diagnostic, never an exception.
// Severity: "error" = the document is not ingested; "warning" = ingested, but look at it; "info" = a note.
// An HTML page is reduced to its visible text (then `text` is that text, and offsets point into it).
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { htmlToText, looksLikeHtml } from "./text/html.js";
import { defaultMeta } from "./text/meta.js";
import type { DecodedDocument, Diagnostic, RawDocument, Severity } from "./types.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DecodeOptions {
  /** larger files are refused (default 50 MB) */
  maxBytes?: number;
}

export interface Decoded {
  doc: DecodedDocument | null;
  diagnostics: Diagnostic[];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Share of control bytes (other than tab, line breaks, form feed) in a sample; NUL counts double. */
function controlShare(bytes: Uint8Array): { share: number; firstNul: number } {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  let firstNul = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 && firstNul < 0) firstNul = i;
    if (b === 0) bad += 2;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11) bad++;
  }
  return { share: n ? bad / n : 0, firstNul };
}

/** Share of lower-case letters among Cyrillic ones: high for real text, low for a wrong 8-bit code page. */
function cyrillicScore(text: string): { cyrillic: number; letters: number; lower: number } {
  let cyrillic = 0;
  let letters = 0;
  let lower = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      letters++;
      if (c >= 0x0430) lower++;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  return { cyrillic, letters, lower };
}

/** Does the text have fewer than one sentence mark (. ! ? ; :) per 2000 characters of its start? */
function fewSentenceMarks(text: string): boolean {
  const n = Math.min(text.length, 200_000);
  const need = n / 2000;
  let marks = 0;
  for (let i = 0; i < n && marks < need; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) marks++;
  }
  return marks < need;
}

function readText(bytes: Uint8Array, say: (ruleId: string, severity: Severity, reason: string) => void): { text: string; encoding: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isUtf8(buf)) return { text: buf.toString("utf8"), encoding: "utf-8" };
  // not valid UTF-8: an 8-bit Cyrillic code page, or UTF-8 with a few broken bytes
  const loose = new TextDecoder("utf-8").decode(body);
  const broken = loose.split("\uFFFD").length - 1;
  if (broken <= Math.max(2, loose.length / 1000)) {
    say("decode/invalid-utf8", "warning", `${broken} invalid UTF-8 byte sequence(s) replaced by "\uFFFD"`);
    return { text: loose, encoding: "utf-8" };
  }
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of ["windows-1251", "koi8-r"]) {
    const text = iconv.decode(buf, encoding);
    const s = cyrillicScore(text);
    if (s.letters < 10 || s.cyrillic < s.letters * 0.5) continue;
    const score = s.lower / s.cyrillic;
    if (score > 0.6 && (!best || score > best.score)) best = { text, encoding, score };
  }
  if (!best) return null;
  say("decode/legacy-encoding", "info", `read as ${best.encoding} (not UTF-8)`);
  return { text: best.text, encoding: best.encoding };
}

export function decodeDocument(raw: RawDocument, opts: DecodeOptions = {}): Decoded {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const diagnostics: Diagnostic[] = [];
  const say = (ruleId: string, severity: Severity, reason: string, offset?: number) =>
    diagnostics.push({ doc: raw.id, file: raw.path, ruleId, severity, reason, ...(offset !== undefined ? { place: { line: 1, column: 1, offset } } : {}) });
  const fail = (ruleId: string, reason: string, offset?: number): Decoded => {
    say(ruleId, "error", reason, offset);
    return { doc: null, diagnostics };
  };
  const { bytes } = raw;
  const size = Math.max(raw.size ?? 0, bytes.length);
  if (size > maxBytes)
    return fail("decode/too-large", `the file is ${mb(size)}, over the limit of ${mb(maxBytes)}; not read (raise the limit with --max-mb)`);
  if (bytes.length === 0) return fail("decode/empty", "the file is empty");
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const ctl = controlShare(bytes);
  if (!utf16 && (ctl.firstNul >= 0 || ctl.share > 0.05))
    return fail("decode/binary", ctl.firstNul >= 0 ? `a binary file (NUL byte at offset ${ctl.firstNul}), not text` : "a binary file (too many control characters), not text", Math.max(0, ctl.firstNul));
  const read = readText(bytes, say);
  if (!read) return fail("decode/unknown-encoding", "the text is neither UTF-8 nor a Cyrillic code page (Windows-1251, KOI8-R); convert it to UTF-8");
  let text = read.text;
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    say("decode/html", "warning", "an HTML page: tags, scripts and styles removed, the visible text kept");
  }
  if (!text.trim()) return fail("decode/empty", "the file has no text (only white space)");
  if (!/[\u0400-\u04ff]/.test(text)) say("decode/no-russian", "warning", "no Cyrillic letters: no Russian text to mine");
  if (text.length > 2000 && (!text.includes("\n") || fewSentenceMarks(text)))
    say("decode/no-structure", "warning", "no recognisable structure: no line breaks or almost no sentence punctuation");
  // defaults taken from the file are taken again from the decoded text (the bytes may not be UTF-8)
  const meta = raw.meta.source === "file" ? defaultMeta(text.slice(0, 16384)) : raw.meta;
  return { doc: { id: raw.id, path: raw.path, meta, encoding: read.encoding, text }, diagnostics };
}
