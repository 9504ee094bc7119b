// The per-request context: the store behind a deadline, and per-request caches of nodes and documents
// so that resolving `source`, `target`, `basis` … of many edges costs one store call, not one per edge.
import { setMaxListeners } from "node:events";
import DataLoader from "dataloader";
import type { GraphDocument, GraphNode } from "../graph/schema.js";
import type { GraphStore } from "../graph/store.js";
import { timeout } from "./errors.js";

export interface ApiContext {
  /** the store; every call fails with TIMEOUT once the request's time is up */
  store: GraphStore;
  nodes: DataLoader<string, GraphNode | null>;
  /** the nodes this request already has (from the loader or `remember`), for answering without a promise */
  known: Map<string, GraphNode>;
  documents: DataLoader<string, GraphDocument | null>;
  /** throws TIMEOUT when the request's time is up */
  checkDeadline(): void;
  signal: AbortSignal;
  /** releases the request's timer; called when the response is sent */
  dispose(): void;
  /** computes a value once per request under a key */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface ContextOptions {
  /** per-request time limit in milliseconds (default 10 000) */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** What resolvers may not call: the API is read-only. */
const WRITES = new Set<PropertyKey>(["load", "close"]);

/**
 * Wraps every method of the store so that it refuses to start, and stops waiting, once time is up;
 * the methods that change the store are refused outright.
 */
function guardStore(store: GraphStore, signal: AbortSignal, check: () => void): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (WRITES.has(prop)) return () => Promise.reject(new Error(`the API is read-only: store.${String(prop)} is not available to resolvers`));
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        check();
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return new Promise((resolve, reject) => {
          const onAbort = () => reject(signal.reason);
          signal.addEventListener("abort", onAbort, { once: true });
          result.then(
            (v) => { signal.removeEventListener("abort", onAbort); resolve(v); },
            (e) => { signal.removeEventListener("abort", onAbort); reject(e); },
          );
        });
      };
    },
  });
}

export function createContext(rawStore: GraphStore, options: ContextOptions = {}): ApiContext {
  const ms = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + ms;
  const controller = new AbortController();
  // every store call in flight listens for the abort: many in one request are normal
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(timeout(ms)), ms);
  timer.unref?.();
  const checkDeadline = () => {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (Date.now() >= deadline) {
      controller.abort(timeout(ms));
      throw controller.signal.reason;
    }
  };
  const store = guardStore(rawStore, controller.signal, checkDeadline);
  const known = new Map<string, GraphNode>();
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    const found = await store.nodes([...ids]);
    const byId = new Map(found.map((n) => [n.id, n]));
    for (const n of found) if (!known.has(n.id)) known.set(n.id, n);
    return ids.map((id) => byId.get(id) ?? null);
  });
  const documents = new DataLoader<string, GraphDocument | null>(async (ids) =>
    Promise.all(ids.map((id) => store.document(id))),
  );
  const memos = new Map<string, Promise<unknown>>();
  const memo = <T,>(key: string, compute: () => Promise<T>): Promise<T> => {
    let p = memos.get(key) as Promise<T> | undefined;
    if (!p) memos.set(key, (p = compute()));
    return p;
  };
  return { store, nodes, known, documents, checkDeadline, signal: controller.signal, dispose: () => clearTimeout(timer), memo };
}

/** Puts nodes a store call already returned into the request's cache. */
export function remember(ctx: ApiContext, nodes: Iterable<GraphNode>): void {
  for (const n of nodes) {
    if (ctx.known.has(n.id)) continue;
    ctx.known.set(n.id, n);
    ctx.nodes.prime(n.id, n);
  }
}

/**
 * A node by id for a resolver: the node itself when the request already has it (no promise, so a list
 * of edges resolves its ends at once), else a promise through the batching loader.
 */
export function nodeById(ctx: ApiContext, id: string): GraphNode | null | Promise<GraphNode | null> {
  return ctx.known.get(id) ?? ctx.nodes.load(id);
}

/** Like loadNodes, but without a promise when the request already has every node. */
export function nodesById(ctx: ApiContext, ids: Iterable<string>): GraphNode[] | Promise<GraphNode[]> {
  const unique = [...new Set(ids)];
  const out: GraphNode[] = [];
  for (const id of unique) {
    const n = ctx.known.get(id);
    if (!n) return loadNodes(ctx, unique);
    out.push(n);
  }
  return out;
}

/** Loads several nodes by id through the cache, in order, unknown ids skipped. */
export async function loadNodes(ctx: ApiContext, ids: Iterable<string>): Promise<GraphNode[]> {
  const got = await ctx.nodes.loadMany([...new Set(ids)]);
  const out: GraphNode[] = [];
  for (const n of got) {
    if (n instanceof Error) throw n;
    if (n) out.push(n);
  }
  return out;
}
