// For the relation rules' fixture tests: the graph fragment the pipeline's find → resolve → relate stages make
// of one passage, read as a Russian article.
import { findMentions } from "../find/index.js";
import { buildCorpusIndex, resolveMentions } from "../resolve.js";
import type { GraphFragment, StructuredDocument } from "../types.js";
import { relate } from "./index.js";

export function graphOf(text: string): GraphFragment {
  const doc: StructuredDocument = {
    clean: { id: "t", path: "t.txt", meta: { title: "t", kind: "article", languages: ["ru"] }, original: text, text, offsets: [], segments: [{ lang: "ru", start: 0, end: text.length }] },
    acts: [],
    sentences: [],
  };
  const mentions = findMentions(doc);
  const index = buildCorpusIndex([{ structured: doc, mentions }]);
  return relate(resolveMentions(doc, mentions, index), index).fragment;
}
