// Search in Neo4j: a Lucene query over the full-text index (Russian analyzer) built from the words of
// the user's text — each word as written (the analyzer stems it), its Snowball stem as a prefix, and
// the stem with edit distance for typos — plus exact-name candidates from the label indexes. Hits are
// ranked by the same rule as the embedded store (search-text.ts). Words are letters and digits only,
// so nothing of the user's text can act as Lucene syntax; everything reaches Cypher as parameters.
import type { NodeType } from "../schema.js";
import type { SearchHit } from "../store.js";
import { normalize, rankHits, searchWindow, stem, stemKey, words } from "../search-text.js";
import { fulltextIndex } from "./loader.js";
import { NODE_FIELDS, fromNode } from "./records.js";

type Read = (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const FIELDS: [string, number][] = [
  ["ftLabel", 4],
  ["ftAliases", 3],
  ["ftCompact", 2],
  ["ftText", 1],
];

/** The Lucene query for a text, or "" when it has no words. */
export function luceneQuery(text: string): string {
  const clauses: string[] = [];
  for (const w of words(text).slice(0, 12)) {
    const s = stem(w);
    const parts = [w];
    if (s.length >= 4) parts.push(`${s}*`);
    if (s.length >= 5) parts.push(`${s}~${s.length >= 8 ? 2 : 1}`);
    clauses.push(parts.join(" OR "));
  }
  if (clauses.length === 0) return "";
  const body = clauses.map((c) => `(${c})`).join(" OR ");
  return FIELDS.map(([f, boost]) => `${f}:(${body})^${boost}`).join(" OR ");
}

export async function searchNodes(read: Read, gen: string, text: string, types: NodeType[] | null, limit: number): Promise<SearchHit[]> {
  const lucene = luceneQuery(text);
  if (!lucene) return [];
  const window = searchWindow(limit);
  const [fulltext, exact] = await Promise.all([
    read(
      `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       WHERE node.gen = $gen AND ($types IS NULL OR node.type IN $types)
       RETURN node ${NODE_FIELDS} AS n, score LIMIT $window`,
      { index: fulltextIndex(gen), lucene, gen, types, window },
    ),
    read(
      `CALL () {
         MATCH (x:GNode) WHERE x.ftLabel = $key RETURN x
         UNION
         MATCH (x:GNode) WHERE x.labelStems = $stems RETURN x
       }
       WITH x WHERE x.gen = $gen AND ($types IS NULL OR x.type IN $types)
       RETURN x ${NODE_FIELDS} AS n, 0.0 AS score LIMIT 50`,
      { key: normalize(text), stems: stemKey(text), gen, types },
    ),
  ]);
  const hits = new Map<string, SearchHit>();
  for (const r of [...fulltext, ...exact]) {
    const node = fromNode(r.n as never);
    if (!hits.has(node.id)) hits.set(node.id, { node, score: r.score as number });
  }
  return rankHits([...hits.values()], text).slice(0, limit);
}
