// Runs repeated operations with graphql-jit. An operation the API has answered before is compiled once
// into a JavaScript function (kept for as long as Apollo keeps the parsed document in its cache), which
// resolves a large answer several times faster than graphql-js walking the query field by field.
//
// It is an Apollo plugin (responseForOperation: "here is the response, do not execute"), so parsing,
// validation (limits, no introspection in production), the other plugins and the schema stay Apollo's.
// graphql-js still answers:
//  - an operation the first time it is seen: compiling costs more than running once (1–15 ms), and
//    queries sent only once (or by someone sending many different ones) never pay it;
//  - what graphql-jit cannot compile (e.g. a mutation: the schema has none);
//  - every answer with errors: the compiled run is dropped and graphql-js runs the operation again, so
//    error messages, paths, status codes and formatError are exactly graphql-js's and Apollo's. The API
//    is read-only, so running again only costs time, and the request's deadline stays the same.
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

export interface JitOptions {
  /** compile an operation when it is executed for the n-th time (default 2; 1: at once; 0: never, graphql-js only) */
  compileAfter?: number;
}

/** What the compiled executor did since the server started (for tests and diagnostics). */
export interface JitStats {
  /** operations compiled */
  compiled: number;
  /** answers given by compiled operations */
  answered: number;
  /** compiled runs with errors, answered again by graphql-js */
  rerun: number;
}

interface Entry {
  seen: number;
  /** undefined: not compiled yet; null: graphql-jit cannot compile it */
  compiled?: CompiledQuery | null;
}

/** The compiled operation to run, or null; per schema and document (documents are Apollo's cached parses). */
function operationCache(compileAfter: number, stats: JitStats) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Entry>>>();
  return (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    let entry = byOperation.get(key);
    if (!entry) byOperation.set(key, (entry = { seen: 0 }));
    entry.seen++;
    if (entry.compiled === undefined && entry.seen >= compileAfter) {
      try {
        const got = compileQuery(schema, document, operationName ?? undefined);
        entry.compiled = isCompiledQuery(got) ? got : null;
      } catch {
        entry.compiled = null;
      }
      if (entry.compiled) stats.compiled++;
    }
    return entry.compiled ?? null;
  };
}

/** The Apollo plugin that answers repeated queries with graphql-jit, and its counters. */
export function createJit<TContext extends BaseContext>(options: JitOptions = {}): { plugin: ApolloServerPlugin<TContext>; stats: JitStats } {
  const stats: JitStats = { compiled: 0, answered: 0, rerun: 0 };
  const compileAfter = options.compileAfter ?? 2;
  if (compileAfter <= 0) return { plugin: {}, stats };
  const compiled = operationCache(compileAfter, stats);
  const plugin: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || operation.operation !== "query") return null;
          const query = compiled(schema, document, request.operationName);
          if (!query) return null;
          let result;
          try {
            result = await query.query(undefined, contextValue, request.variables ?? {});
          } catch {
            result = null; // not expected (resolver errors are in result.errors)
          }
          if (!result || result.errors?.length) {
            stats.rerun++;
            return null;
          }
          stats.answered++;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: result.data } } };
        },
      };
    },
  };
  return { plugin, stats };
}
