// Compact records of the embedded store's nodes and edges (graphology attributes). A record keeps only
// the type (filters and path search read it) and the address of everything else — label, aliases, props,
// evidence, any other field — in a JsonArena (see arena.ts for why). Field names are not stored when an
// item has exactly the usual fields in the usual order (nearly always): a node as [label, aliases, props,
// evidence], an edge as [props, evidence], an evidence quote as [doc, start, end, quote] (or as [doc, address]
// of [start, end, quote] stored once for all the items quoting the same place); anything else is
// stored as written. Ids, sources and targets are graphology's keys. Reads decode into frozen objects
// (callers can never change the store's data), and the most recent ones are kept decoded.
import type { EdgeType, Evidence, GraphEdge, GraphNode, NodeType } from "../schema.js";
import { JsonArena } from "./arena.js";

export interface NodeRec {
  type: NodeType;
  at: number;
  /** a Provision's act (String(props.actId)) and an Act's repeal, for subgraph's hideRepealed */
  act?: string;
  repealed?: true;
}
export interface EdgeRec {
  type: EdgeType;
  at: number;
}

const NODE_KEYS = ["label", "aliases", "props", "evidence"];
const EDGE_KEYS = ["props", "evidence"];
const EVIDENCE_KEYS = ["doc", "start", "end", "quote"];
/** fields kept outside the arena (in the record or as graphology keys) */
const NODE_OWN = ["id", "type"];
const EDGE_OWN = ["id", "type", "source", "target"];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Whether o's fields, leaving out those in `skip`, are exactly `keys` in this order, none undefined. */
function hasKeys(o: Record<string, unknown>, keys: string[], skip: string[] = []): boolean {
  const k = Object.keys(o);
  if (k.length !== keys.length + skip.length) return false;
  let i = 0;
  for (const x of k) if (!skip.includes(x) && (x !== keys[i++] || o[x] === undefined)) return false;
  return i === keys.length;
}

/**
 * Positional form of o's fields named by keys (the others are in `skip`), or null when o is unusual. An
 * evidence quote is stored through `quote` (which may refer to the same place and text stored once).
 */
function pack(o: Record<string, unknown>, keys: string[], skip: string[], quote: (e: Record<string, unknown>) => unknown[]): unknown[] | null {
  const ev = o.evidence;
  if (!hasKeys(o, keys, skip) || !isObject(o.props) || !Array.isArray(ev)) return null;
  const quotes: unknown[] = [];
  for (const e of ev) {
    if (!isObject(e)) return null;
    quotes.push(hasKeys(e, EVIDENCE_KEYS) && typeof e.quote === "string" ? quote(e) : e);
  }
  return keys.map((k) => (k === "evidence" ? quotes : o[k]));
}

/** A copy of o without the given fields (an item stored as written). */
function without(o: object, skip: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !skip.includes(k)));
}


export class Records {
  private arena = new JsonArena();
  /** one string per act id (the Provision records' `act`), while loading */
  private actIds = new Map<string, string>();
  /**
   * the address of each place-and-quote stored so far, while loading: a sentence is often the evidence of
   * several items (a node and each edge read in it), and its place and text are then stored once (on the
   * corpus graph 56 % of the quotes repeat one); the document id stays in the item (mayCite reads it there);
   * short quotes are stored in place
   */
  private quoteAt: Map<string, number> | null = new Map();
  private readonly quote = (e: Record<string, unknown>): unknown[] => {
    const q = e.quote as string;
    if (q.length < 12 || !this.quoteAt) return [e.doc, e.start, e.end, q];
    const key = `${e.start}|${e.end}|${q}`;
    let at = this.quoteAt.get(key);
    if (at === undefined) this.quoteAt.set(key, (at = this.arena.add([e.start, e.end, q])));
    return [e.doc, at];
  };

  /** Evidence quotes from their stored form: [doc, start, end, quote], or [doc, address of [start, end, quote]]. */
  private quotes(ev: unknown[]): Evidence[] {
    return ev.map((e) => {
      if (!Array.isArray(e)) return e as Evidence;
      if (e.length === 4) return { doc: e[0], start: e[1], end: e[2], quote: e[3] };
      const [start, end, quote] = this.arena.get(e[1]) as [number, number, string];
      return { doc: e[0], start, end, quote };
    });
  }

  private actId(id: string): string {
    const had = this.actIds.get(id);
    if (had !== undefined) return had;
    this.actIds.set(id, id);
    return id;
  }

  node(n: GraphNode, type: NodeType): NodeRec {
    const at = this.arena.add(pack(n as never, NODE_KEYS, NODE_OWN, this.quote) ?? without(n, NODE_OWN));
    if (type === "Provision") return { type, at, act: this.actId(String(n.props?.actId)) };
    if (type !== "Act") return { type, at };
    this.actId(n.id);
    if (n.props?.status === "repealed") return { type, at, repealed: true };
    return { type, at };
  }

  edge(e: GraphEdge, type: EdgeType): EdgeRec {
    return { type, at: this.arena.add(pack(e as never, EDGE_KEYS, EDGE_OWN, this.quote) ?? without(e, EDGE_OWN)) };
  }

  /**
   * Whether the item may hold evidence from one of these documents: false only when it surely does not
   * (none of their JSON-encoded ids occurs in its stored bytes); decode to be sure.
   */
  mayCite(r: NodeRec | EdgeRec, docs: Uint8Array[]): boolean {
    return docs.some((d) => this.arena.includes(r.at, d));
  }

  /** Bytes of the stored data. */
  bytes(): number {
    return this.arena.bytes();
  }

  /** Call once every node and edge is added. */
  seal(): void {
    this.arena.seal();
    this.actIds = new Map();
    this.quoteAt = null;
  }

  toNode(id: string, r: NodeRec): GraphNode {
    const hit = this.decoded.get(r.at);
    if (hit) return hit as GraphNode;
    const x = this.arena.get(r.at);
    if (!Array.isArray(x)) return this.keep(r.at, { id, type: r.type, ...(x as object) } as GraphNode);
    return this.keep(r.at, { id, type: r.type, label: x[0], aliases: x[1], props: x[2], evidence: this.quotes(x[3]) });
  }

  toEdge(id: string, r: EdgeRec, source: string, target: string): GraphEdge {
    const hit = this.decoded.get(r.at);
    if (hit) return hit as GraphEdge;
    const x = this.arena.get(r.at);
    if (!Array.isArray(x)) return this.keep(r.at, { id, type: r.type, source, target, ...(x as object) } as GraphEdge);
    return this.keep(r.at, { id, type: r.type, source, target, props: x[0], evidence: this.quotes(x[1]) });
  }

  /**
   * The items read most recently, decoded and frozen (a reader cannot change them), up to DECODED_MAX:
   * a corpus-sized graph is decoded once and then read as fast as plain objects (a provision with its
   * text and quotes takes ~10 µs to decode, and one question reads hundreds); a graph of millions keeps
   * its compact form, with the hot items decoded.
   */
  private decoded = new Map<number, GraphNode | GraphEdge>();

  private keep<T extends GraphNode | GraphEdge>(at: number, item: T): T {
    if (this.decoded.size >= DECODED_MAX) this.decoded.delete(this.decoded.keys().next().value!);
    this.decoded.set(at, deepFreeze(item));
    return item;
  }
}

const DECODED_MAX = 50_000;

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}
