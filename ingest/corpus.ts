// Stage 0: a corpus folder → documents. Every .txt and .md file, sorted by name; corpus/manifest.json
// names the documents (title, kind, languages). A file the manifest does not name gets defaults taken
// from the file itself. Files over the size limit are listed but never read (a diagnostic says why).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { DEFAULT_MAX_BYTES } from "./decode.js";
import { ACT_KINDS } from "../graph/schema.js";
import { defaultMeta } from "./text/meta.js";
import { IngestError, type Diagnostic, type DocumentMeta, type RawDocument } from "./types.js";

export const DOCUMENT_KINDS = ["article", "lecture", "act"] as const;

/**
 * A manifest kind as the pipeline reads it: an act's own kind (`order`, `law`, `code` … as in graph-model.md,
 * or the Russian word: «приказ», «закон» …) is an act; writings about the law are articles; anything else is
 * unknown (""), and the document's kind is then taken from its text.
 */
export function documentKind(kind: string): string {
  const k = kind.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if ((DOCUMENT_KINDS as readonly string[]).includes(k)) return k;
  if ((ACT_KINDS as readonly string[]).includes(k) || ACT_WORDS.test(k)) return "act";
  if (WRITING_WORDS.test(k)) return "article";
  return "";
}
const ACT_WORDS = /^(?:legal_act|statute|normative_act|нпа|акт|нормативный_правовой_акт|конституция|конституционный_закон|закон|кодекс|указ|приказ|совместный_приказ|инструкция|правила|положение|регламент|постановление|нормативное_постановление|распоряжение|договор|соглашение|конвенция)$/u;
const WRITING_WORDS = /^(?:paper|essay|commentary|comment|textbook|book|chapter|thesis|dissertation|abstract|review|report|news|press_release|judgment|ruling|decision|статья|научная_статья|комментарий|учебник|монография|диссертация|автореферат|обзор|справка|пресс_релиз|решение_суда|постановление_суда)$/u;

export interface CorpusFile {
  id: string;
  /** path relative to the corpus folder's parent, e.g. corpus/000_x.txt */
  path: string;
  absPath: string;
  size: number;
  /** from the manifest; null when the manifest does not name the file */
  meta: DocumentMeta | null;
}

export interface CorpusOptions {
  maxBytes?: number;
}

interface ManifestEntry {
  file: string;
  title: string;
  kind: string;
  languages: string[];
}

function readManifest(dir: string, rel: string): { entries: Map<string, DocumentMeta>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, DocumentMeta>();
  const diagnostics: Diagnostic[] = [];
  const file = join(dir, "manifest.json");
  if (!existsSync(file)) return { entries, diagnostics };
  const say = (reason: string) =>
    diagnostics.push({ doc: "manifest", file: join(rel, "manifest.json"), ruleId: "corpus/manifest", severity: "warning", reason });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    say(`manifest.json is not valid JSON (${(e as Error).message}); defaults are taken from the files`);
    return { entries, diagnostics };
  }
  const list = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(list)) {
    say('manifest.json has no "documents" list; defaults are taken from the files');
    return { entries, diagnostics };
  }
  list.forEach((e: Partial<ManifestEntry>, i) => {
    const ok = e && typeof e.file === "string" && typeof e.title === "string" && typeof e.kind === "string" &&
      Array.isArray(e.languages) && e.languages.every((l) => typeof l === "string");
    if (!ok) return say(`documents[${i}] needs file, title, kind and languages; ignored`);
    const kind = documentKind(e.kind as string);
    if (!kind) say(`documents[${i}] (${e.file}): unknown kind "${e.kind}" (use ${DOCUMENT_KINDS.join(", ")} or an act's kind such as order, law, code); read from the text instead`);
    if (!existsSync(join(dir, e.file as string))) say(`documents[${i}] names ${e.file}, which is not in the folder`);
    entries.set(e.file as string, { title: e.title as string, kind, languages: e.languages as string[], source: "manifest" });
  });
  return { entries, diagnostics };
}

/** Lists the documents of a corpus folder without reading them. */
export function scanCorpus(dir: string): { files: CorpusFile[]; diagnostics: Diagnostic[] } {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory())
    throw new IngestError(`corpus folder not found: ${dir}`, "NO_CORPUS");
  const rel = relative(dirname(abs), abs) || basename(abs);
  const { entries, diagnostics } = readManifest(abs, rel);
  const files = readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.(txt|md)$/i.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      id: basename(name, extname(name)),
      path: join(rel, name).split("\\").join("/"),
      absPath: join(abs, name),
      size: statSync(join(abs, name)).size,
      meta: entries.get(name) ?? null,
    }));
  return { files, diagnostics };
}

/** Reads one listed document (its bytes). A file over the limit is not read: its bytes are empty, `size` tells. */
export function loadDocument(file: CorpusFile, opts: CorpusOptions = {}): RawDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size > maxBytes) {
    // never read a file over the limit: decode refuses it by its size
    return { id: file.id, path: file.path, bytes: new Uint8Array(0), meta: file.meta ? { ...file.meta, kind: file.meta.kind || "article" } : defaultMeta(""), size: file.size };
  }
  const bytes = new Uint8Array(readFileSync(file.absPath));
  const sample = () => defaultMeta(new TextDecoder("utf-8").decode(bytes.subarray(0, 16384)));
  // (a manifest entry of an unknown kind takes its kind from the text)
  const meta = !file.meta ? sample() : file.meta.kind ? file.meta : { ...file.meta, kind: sample().kind };
  return { id: file.id, path: file.path, bytes, meta };
}

/** All documents of a corpus folder, read into memory (for small corpora and tests). */
export function readCorpus(dir: string, opts: CorpusOptions = {}): { documents: RawDocument[]; diagnostics: Diagnostic[] } {
  const { files, diagnostics } = scanCorpus(dir);
  return { documents: files.map((f) => loadDocument(f, opts)), diagnostics };
}
