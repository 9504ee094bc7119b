// The last stage: validate the graph against the contract (graph/schema.ts), then write graph.json
// atomically: a temporary file in the same folder, renamed over the target. A failed run never leaves
// a half-written file, and the previous graph.json stays as it was.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { validateGraph, type GraphDocument, type GraphExport } from "../graph/schema.js";
import { IngestError, type CleanText } from "./types.js";

/** The export entry of one document, with its cleaned text and segments so readers can show quotes in context. */
export function graphDocument(clean: CleanText): GraphDocument {
  return {
    id: clean.id,
    title: clean.meta.title,
    kind: clean.meta.kind,
    lang: clean.meta.languages[0] ?? "ru",
    path: clean.path,
    languages: clean.meta.languages,
    text: clean.text,
    segments: clean.segments.map((s) => ({ lang: s.lang, start: s.start, end: s.end })),
  };
}

/** Throws IngestError INVALID_GRAPH naming the problems when the graph breaks the contract. */
export function assertValidGraph(graph: GraphExport): void {
  const texts = new Map(graph.documents.filter((d) => d.text !== undefined).map((d) => [d.id, d.text as string]));
  const problems = validateGraph(graph, texts);
  if (problems.length)
    throw new IngestError(
      `the graph is not valid, nothing was written: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ""}`,
      "INVALID_GRAPH",
    );
}

/**
 * Writes the graph as JSON, one document, node or edge at a time (the whole file never has to be one
 * string in memory: evidence quotes make it several times larger than the corpus). Same output as
 * JSON.stringify(graph). Returns the number of bytes written.
 */
function writeJson(fd: number, graph: GraphExport): number {
  let bytes = 0;
  let buffered: string[] = [];
  let size = 0;
  const put = (s: string) => {
    buffered.push(s);
    size += s.length;
    if (size > 1 << 20) flush();
  };
  const flush = () => {
    const chunk = buffered.join("");
    bytes += writeSync(fd, chunk);
    buffered = [];
    size = 0;
  };
  const { documents, nodes, edges, ...head } = graph;
  put(JSON.stringify(head).slice(0, -1));
  for (const [key, list] of [["documents", documents], ["nodes", nodes], ["edges", edges]] as const) {
    put(`${Object.keys(head).length || key !== "documents" ? "," : ""}"${key}":[`);
    list.forEach((x, i) => put((i ? "," : "") + JSON.stringify(x)));
    put("]");
  }
  put("}");
  flush();
  return bytes;
}

/** Validates, then writes `graph` to `file` atomically. Returns the number of bytes written. */
export function writeGraph(graph: GraphExport, file: string): number {
  assertValidGraph(graph);
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let bytes = 0;
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, "w");
    try {
      bytes = writeJson(fd, graph);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is not there or not a folder: nothing was written
    }
    const err = e as NodeJS.ErrnoException;
    throw new IngestError(`cannot write ${file}: ${err.code ? `${err.code} ` : ""}${err.message.replace(/^\w+: /, "")}`, "WRITE_FAILED");
  }
  return bytes;
}
