// Reading graph.json from disk with clear errors for a missing, unreadable, broken or invalid file.
import { readFile } from "node:fs/promises";
import type { GraphExport } from "./schema.js";
import { checkGraph } from "./rules.js";
import { StoreError } from "./store.js";

/** Reads and validates a graph.json file. Throws StoreError (code BAD_INPUT) naming the file and the problem. */
export async function loadGraphFile(path: string): Promise<GraphExport> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist (run `npm run ingest` to build it)" : code === "EISDIR" ? "is a folder, not a file" : `cannot be read (${code ?? (err as Error).message})`;
    throw new StoreError(`graph file ${path} ${why}`, "BAD_INPUT");
  }
  let graph: GraphExport;
  try {
    graph = JSON.parse(raw);
  } catch (err) {
    throw new StoreError(`graph file ${path} is not valid JSON: ${(err as Error).message}`, "BAD_INPUT");
  }
  try {
    checkGraph(graph);
  } catch (err) {
    throw new StoreError(`graph file ${path}: ${(err as Error).message}`, "BAD_INPUT");
  }
  return graph;
}
