// Full-text index of the embedded store: MiniSearch over labels, aliases, compact forms of names and
// provision text, with Russian stems (прокурора, прокуроры → прокурор), prefix and fuzzy matching.
import MiniSearch from "minisearch";
import type { GraphNode } from "../schema.js";
import { compactForms, stem, words } from "../search-text.js";

interface IndexedNode {
  id: string;
  label: string;
  aliases: string;
  compact: string;
  text: string;
}

const FIELDS = ["label", "aliases", "compact", "text"];

export type TextIndex = MiniSearch<IndexedNode>;

export function newTextIndex(): TextIndex {
  return new MiniSearch<IndexedNode>({
    fields: FIELDS,
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => stem(term),
    searchOptions: {
      boost: { label: 4, aliases: 3, compact: 2, text: 1 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : false),
      maxFuzzy: 3,
      combineWith: "OR",
    },
  });
}

export function toIndexed(n: GraphNode): IndexedNode {
  const text = n.props?.text;
  return {
    id: n.id,
    label: String(n.label),
    aliases: Array.isArray(n.aliases) ? n.aliases.join(" | ") : "",
    compact: compactForms(String(n.label)).join(" "),
    text: typeof text === "string" ? text : "",
  };
}
