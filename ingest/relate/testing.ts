// For the relation rules' fixture tests: the graph fragment the pipeline's find → resolve → relate stages make
// of one passage, read as a Russian article (graphOf) or as the text of an act with its structure (actGraphOf);
// and the one loop that checks a table of passages against what a lawyer reads in them (relationCases).
import { describe, expect, it } from "vitest";
import { findMentions } from "../find/index.js";
import { buildCorpusIndex, resolveMentions } from "../resolve.js";
import { structureDocument } from "../structure.js";
import type { CleanText, GraphFragment, StructuredDocument } from "../types.js";
import { relate } from "./index.js";

const cleanOf = (text: string, title: string, kind: "article" | "act"): CleanText => ({
  id: "t", path: "t.txt", meta: { title, kind, languages: ["ru"] }, original: text, text, offsets: [], segments: [{ lang: "ru", start: 0, end: text.length }],
});

function fragmentOf(doc: StructuredDocument): GraphFragment {
  const mentions = findMentions(doc);
  const index = buildCorpusIndex([{ structured: doc, mentions }]);
  return relate(resolveMentions(doc, mentions, index), index).fragment;
}

export function graphOf(text: string): GraphFragment {
  return fragmentOf({ clean: cleanOf(text, "t", "article"), acts: [], sentences: [] });
}

/** The fragment of an act's text (a code, an order …) named by `title`, with its units and appendices. */
export function actGraphOf(text: string, title: string): GraphFragment {
  return fragmentOf(structureDocument(cleanOf(text, title, "act")).doc);
}

/** The fragment of an article (not an act) split into sentences by the structure stage, as the pipeline does. */
export function articleGraphOf(text: string): GraphFragment {
  return fragmentOf(structureDocument(cleanOf(text, "t", "article")).doc);
}

/** A passage and what a lawyer reads in it: edges as "TYPE source -> target". */
export interface RelationCase {
  name: string;
  text: string;
  edges: string[];
  /** edges one must not read */
  absent?: string[];
  props?: Record<string, Record<string, unknown>>;
  /** the quotes of an edge, in order */
  quotes?: Record<string, string[]>;
  /** the passage is the text of an act with this title, read with its structure (actGraphOf) */
  act?: string;
  /** the passage is an article read with the structure stage's sentences (headings, numbered paragraphs) */
  structured?: boolean;
}

/**
 * One test per case: the expected edges are there, the absent ones are not, props and quotes match, every
 * quote is the text at its offsets, every edge's ends are nodes. Stricter, for the relations most open to
 * over-reading: `noneWhenEmpty`, a case expecting no edge has no edge of that type at all; `noneUnlessExpected`,
 * a case expecting no edge starting with one of these prefixes has none.
 */
export function relationCases(title: string, cases: RelationCase[], strict: { noneWhenEmpty?: string; noneUnlessExpected?: string[] } = {}): void {
  describe(title, () => {
    for (const c of cases)
      it(c.name, () => {
        const g = c.act ? actGraphOf(c.text, c.act) : c.structured ? articleGraphOf(c.text) : graphOf(c.text);
        const found = new Map(g.edges.map((e) => [`${e.type} ${e.source} -> ${e.target}`, e]));
        for (const want of c.edges) expect([...found.keys()], want).toContain(want);
        for (const key of c.absent ?? []) expect([...found.keys()]).not.toContain(key);
        for (const [key, props] of Object.entries(c.props ?? {})) expect(found.get(key)!.props).toMatchObject(props);
        for (const [key, quotes] of Object.entries(c.quotes ?? {})) expect(found.get(key)!.evidence.map((v) => v.quote)).toEqual(quotes);
        for (const e of g.edges) for (const v of e.evidence) expect(c.text.slice(v.start, v.end)).toBe(v.quote);
        const ids = new Set(g.nodes.map((n) => n.id));
        for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
        if (strict.noneWhenEmpty && c.edges.length === 0) expect(g.edges.filter((e) => e.type === strict.noneWhenEmpty)).toEqual([]);
        for (const t of strict.noneUnlessExpected ?? [])
          if (!c.edges.some((e) => e.startsWith(t))) expect([...found.keys()].filter((k) => k.startsWith(t))).toEqual([]);
      });
  });
}
