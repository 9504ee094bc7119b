// The ingest pipeline: texts → graph.json. The public surface is small: run the whole pipeline, or
// one text stage at a time (for tools and tests); types are in ./types.ts.
export { ingestCorpus, type IngestOptions, type IngestSummary, type Progress } from "./pipeline.js";
export { ingestCorpusParallel, type ParallelOptions, type ParallelResult } from "./parallel.js";
export { readCorpus, scanCorpus } from "./corpus.js";
export { decodeDocument, DEFAULT_MAX_BYTES } from "./decode.js";
export { cleanDocument, locator } from "./clean.js";
export { structureDocument } from "./structure.js";
export { writeGraph, assertValidGraph } from "./export.js";
export { IngestError, type Diagnostic } from "./types.js";
