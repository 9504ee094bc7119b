// Errors the API gives to clients: a stable `extensions.code`, a message a person understands, never a
// stack trace. formatError maps everything else (store failures, limit rejections, bugs) onto these.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "TIMEOUT"
  | "STORE_UNAVAILABLE"
  | "QUERY_TOO_COMPLEX"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR";

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`There is no ${what} with id "${id}".`, { extensions: { code: "NOT_FOUND", id } });
}

export function timeout(ms: number): GraphQLError {
  return new GraphQLError(
    `The request took longer than the limit of ${ms / 1000} s and was stopped; ask for less (smaller depth, limit or first).`,
    { extensions: { code: "TIMEOUT" } },
  );
}

const STORE_MESSAGES: Record<string, string> = {
  UNREACHABLE: "The graph store is unreachable: check NEO4J_URI and that Neo4j is running.",
  AUTH: "The graph store refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.",
  NOT_LOADED: "The graph is not loaded yet: run `npm run ingest` first.",
  LOAD_FAILED: "The graph store could not load the graph.",
};

// graphql-armor reports its rejections as "Syntax Error: <limit message>"; say what the limit means.
const ARMOR_REWRITES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Query depth limit of (\d+) exceeded, found (\d+)/, (m) => `The query is too deep: at most ${m[1]} levels of nested fields are allowed, this one has ${m[2]}.`],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, (m) => `The query uses too many aliases: at most ${m[1]} are allowed, this one has ${m[2]}.`],
  [/Query Cost limit of (\d+) exceeded, found (\d+)/, (m) => `The query is too expensive: its cost is ${m[2]}, the limit is ${m[1]}; ask for fewer fields or nested lists.`],
  [/Directives limit of (\d+) exceeded, found (\d+)/, (m) => `The query uses too many directives: at most ${m[1]} are allowed, this one has ${m[2]}.`],
  [/Token limit of (\d+) exceeded|Document contains more th\w+ (\d+) tokens/, (m) => `The query is too long: at most ${m[1] ?? m[2]} tokens are allowed.`],
  // graphql-js gives up comparing very many repeated fields
  [/^Validation aborted\.$/, () => "The query repeats too many fields to check: ask for each field once."],
];

/** Apollo's formatError: keeps client errors, rewrites limit errors, hides internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof Error && original.name === "StoreError") {
    const code = (original as Error & { code?: string }).code ?? "";
    if (code !== "BAD_INPUT") console.error(`[api] store error (${code}): ${original.message}`);
    if (code === "BAD_INPUT") return { ...base, message: original.message, extensions: { code: "BAD_USER_INPUT" } };
    return {
      ...base,
      message: STORE_MESSAGES[code] ?? "The graph store failed to answer.",
      extensions: { code: "STORE_UNAVAILABLE", storeCode: code },
    };
  }
  for (const [re, say] of ARMOR_REWRITES) {
    const m = formatted.message.match(re);
    if (m) return { ...base, message: say(m), extensions: { code: "QUERY_TOO_COMPLEX" } };
  }
  const code = typeof extensions.code === "string" ? extensions.code : undefined;
  if (code && code !== "INTERNAL_SERVER_ERROR") return { ...base, message: formatted.message, extensions };
  // A GraphQL error of the request itself (e.g. "Schema is not configured to execute mutation
  // operation"): its message is meant for the client. A null in a non-null field is our bug. (By name,
  // not instanceof: graphql may be loaded twice, as ESM and CommonJS.)
  if (original instanceof Error && original.name === "GraphQLError" && !/Cannot return null for non-nullable field/.test(original.message))
    return { ...base, message: formatted.message, extensions: { ...extensions, code: "BAD_REQUEST" } };
  // A bug or an unexpected failure: log it here, tell the client no internals.
  console.error("[api] internal error:", original instanceof Error ? original.stack ?? original.message : original);
  return { ...base, message: "Internal server error: the request could not be answered.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
