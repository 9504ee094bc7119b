// `npm run bench:rules [-- --corpus DIR]`: where the relate stage's time goes, rule by rule. Ingests a corpus (default
// corpus/) with every sentence rule wrapped in a timer and prints a Markdown table of each rule's total time and the
// edges it returned, slowest first, with the stage times. For a corpus large enough to time, make one of copies of the
// seed documents (as bench-ingest.ts does) and pass its folder.
import { parseArgs } from "node:util";
import { ingestCorpus } from "../ingest/pipeline.js";
import { SENTENCE_RULES } from "../ingest/relate/rules.js";

const { values } = parseArgs({ options: { corpus: { type: "string", default: "corpus" } } });
const stats = new Map<string, { ms: number; calls: number; edges: number }>();
SENTENCE_RULES.forEach((rule, i) => {
  const name = rule.name || `rule ${i}`;
  const s = { ms: 0, calls: 0, edges: 0 };
  stats.set(name, s);
  SENTENCE_RULES[i] = (ctx) => {
    const t = performance.now();
    const out = rule(ctx);
    s.ms += performance.now() - t;
    s.calls++;
    s.edges += out.length;
    return out;
  };
});

const t0 = performance.now();
const result = ingestCorpus({ corpus: values.corpus! });
const total = performance.now() - t0;
const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
const sum = rows.reduce((n, [, s]) => n + s.ms, 0);
console.log(`corpus ${values.corpus}: ${(total / 1000).toFixed(2)} s in all; stages ${Object.entries(result.summary.stages ?? {}).map(([k, v]) => `${k} ${(Number(v) / 1000).toFixed(2)} s`).join(", ")}`);
console.log(`sentence rules: ${(sum / 1000).toFixed(2)} s\n`);
console.log("| rule | ms | calls | edges returned |\n| --- | ---: | ---: | ---: |");
for (const [name, s] of rows) console.log(`| ${name} | ${s.ms.toFixed(0)} | ${s.calls} | ${s.edges} |`);
