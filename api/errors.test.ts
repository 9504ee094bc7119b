import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { StoreError } from "../graph/store.js";
import { badInput, formatError } from "./errors.js";

const fmt = (error: unknown, message = (error as Error).message, extensions: Record<string, unknown> = {}) =>
  formatError({ message, extensions: { ...extensions, stacktrace: ["at secret (/srv/x.ts:1:1)"] } }, error);

describe("formatError", () => {
  const cases: [string, unknown, string | undefined, { message: RegExp; code: string }][] = [
    ["store unreachable", new StoreError("connect ECONNREFUSED 127.0.0.1:7687", "UNREACHABLE"), undefined, { message: /^The graph store is unreachable: check NEO4J_URI/, code: "STORE_UNAVAILABLE" }],
    ["store auth", new StoreError("auth failed", "AUTH"), undefined, { message: /NEO4J_USER and NEO4J_PASSWORD/, code: "STORE_UNAVAILABLE" }],
    ["store not loaded", new StoreError("empty", "NOT_LOADED"), undefined, { message: /npm run ingest/, code: "STORE_UNAVAILABLE" }],
    ["store bad input", new StoreError("maxLength must be positive", "BAD_INPUT"), undefined, { message: /^maxLength must be positive$/, code: "BAD_USER_INPUT" }],
    ["depth limit", new GraphQLError("x"), "Syntax Error: Query depth limit of 12 exceeded, found 21.", { message: /^The query is too deep: at most 12 levels .* this one has 21\.$/, code: "QUERY_TOO_COMPLEX" }],
    ["aliases limit", new GraphQLError("x"), "Syntax Error: Aliases limit of 30 exceeded, found 500.", { message: /too many aliases: at most 30 .* has 500/, code: "QUERY_TOO_COMPLEX" }],
    ["token limit", new GraphQLError("x"), "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.", { message: /too long: at most 5000 tokens/, code: "QUERY_TOO_COMPLEX" }],
    ["user error", badInput("bad first"), undefined, { message: /^bad first$/, code: "BAD_USER_INPUT" }],
    ["bug", new TypeError("Cannot read properties of undefined (reading 'x')"), undefined, { message: /^Internal server error/, code: "INTERNAL_SERVER_ERROR" }],
  ];
  for (const [name, error, message, want] of cases)
    it(`${name}: clean message, code, no stack trace`, () => {
      const spy = vi.spyOn(console, "error").mockImplementation(() => {});
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      const out = fmt(error, message ?? (error as Error).message, code ? { code } : {});
      spy.mockRestore();
      expect(out.message).toMatch(want.message);
      expect(out.extensions?.code).toBe(want.code);
      expect(JSON.stringify(out)).not.toMatch(/stacktrace|secret|ECONNREFUSED|reading 'x'/);
    });
});
