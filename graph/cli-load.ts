// `npm run load -- FILE`: loads an existing graph.json into the selected store — Neo4j when NEO4J_URI is
// set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), otherwise it checks the file with the embedded store.
// Failures print one line naming the problem and exit 1; never a stack trace.
import { loadGraphFile, openStore, settingsFromEnv } from "./index.js";

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h") || args.length > 1) {
    console.log("usage: npm run load -- [FILE]   (default FILE: data/graph.json)\n" +
      "Loads FILE into Neo4j when NEO4J_URI is set; otherwise checks it with the embedded store.");
    return args.length > 1 ? 2 : 0;
  }
  const file = args[0] ?? "data/graph.json";
  const graph = await loadGraphFile(file);
  const neo = settingsFromEnv();
  const started = Date.now();
  const store = await openStore();
  try {
    await store.load(graph);
    const s = await store.stats();
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    const what = `${sum(s.nodes)} nodes, ${sum(s.edges)} edges, ${s.documents} documents`;
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (neo) console.log(`load: ${file} → Neo4j at ${neo.uri}${neo.database ? ` (database ${neo.database})` : ""}: ${what} in ${secs} s`);
    else
      console.log(`load: NEO4J_URI is not set, so ${file} was checked with the embedded store (${what}). ` +
        "The embedded store lives in memory: the API loads graph.json itself when it starts. " +
        "Set NEO4J_URI (see docs/stores.md) to load into Neo4j.");
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`load: ${err?.name === "StoreError" || err?.name === "GraphValidationError" ? err.message : `unexpected failure: ${err?.message ?? String(err)}`}`);
    process.exit(1);
  },
);
