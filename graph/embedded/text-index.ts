// Full-text index of the embedded store: MiniSearch over labels, aliases, compact forms of names and
// provision text, with Russian stems (прокурора, прокуроры → прокурор), prefix and fuzzy matching.
import MiniSearch, { type Options } from "minisearch";
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

/**
 * MiniSearch with shared field-length tuples. MiniSearch keeps, per document, an array of its fields'
 * lengths, grown element by element (~180 bytes each: 180 MB at 1M nodes). Documents share a few
 * thousand distinct tuples at most, and MiniSearch never changes a document's array after adding it, so
 * equal tuples are pointed at one array.
 */
class SharedLengthsIndex extends MiniSearch<IndexedNode> {
  private tuples = new Map<string, number[]>();

  override add(doc: IndexedNode): void {
    super.add(doc);
    const id = this._nextId - 1;
    const lengths = this._fieldLength.get(id);
    if (!lengths) return;
    const key = lengths.join(",");
    let shared = this.tuples.get(key);
    if (!shared) this.tuples.set(key, (shared = lengths.slice()));
    this._fieldLength.set(id, shared);
  }
}

export type TextIndex = MiniSearch<IndexedNode>;

const OPTIONS: Options<IndexedNode> = {
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
};

/** The store's index; `sharedLengths: false` gives plain MiniSearch (tests compare the two). */
export function newTextIndex({ sharedLengths = true } = {}): TextIndex {
  return sharedLengths ? new SharedLengthsIndex(OPTIONS) : new MiniSearch<IndexedNode>(OPTIONS);
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
