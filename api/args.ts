// Argument checks with messages a person understands, and relay-style pagination over a sorted list.
import { badInput } from "./errors.js";

/** An optional integer argument within [min, max], or the default. */
export function intArg(name: string, value: number | null | undefined, def: number, min: number, max: number): number {
  if (value === null || value === undefined) return def;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`Argument "${name}" must be a whole number from ${min} to ${max}; got ${value}.`, name);
  return value;
}

export function idArg(name: string, value: string): string {
  if (typeof value !== "string" || value.trim() === "") throw badInput(`Argument "${name}" must be a non-empty id.`, name);
  return value;
}

export interface Page<T> {
  edges: { cursor: string; item: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!key || encodeCursor(key) !== cursor) throw badInput(`Argument "after" is not a cursor this API gave out: "${cursor}".`, "after");
  return key;
}

/**
 * One page of `items` (already in their final order) after the item whose key is the cursor `after`.
 * Keys must be unique (e.g. edge ids); a cursor stays valid while its item exists.
 */
export function paginate<T>(items: T[], keyOf: (t: T) => string, first: number, after?: string | null): Page<T> {
  let start = 0;
  if (after !== null && after !== undefined) {
    const key = decodeCursor(after);
    const i = items.findIndex((t) => keyOf(t) === key);
    if (i < 0) throw badInput(`Argument "after" names an item that is not in this list: "${after}".`, "after");
    start = i + 1;
  }
  const slice = items.slice(start, start + first);
  const edges = slice.map((item) => ({ cursor: encodeCursor(keyOf(item)), item }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: items.length,
  };
}

/** The items after the one whose id is `after` (all of them when `after` is null); `what` names the list. */
export function afterId<T>(items: T[], idOf: (t: T) => string, after: string | null, what: string): T[] {
  if (after === null) return items;
  const i = items.findIndex((t) => idOf(t) === after);
  if (i < 0) throw badInput(`Argument "after" must be the id of an item of ${what}; "${after}" is not one.`, "after");
  return items.slice(i + 1);
}
