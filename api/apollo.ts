// The configured Apollo Server and its per-request context factory: what both the standalone server
// (api/server.ts) and the Next.js route (@as-integrations/next) mount.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphStore } from "../graph/store.js";
import { createContext, type ApiContext } from "./context.js";
import { formatError } from "./errors.js";
import { createJit, type JitOptions, type JitStats } from "./executor.js";
import { resolvers } from "./resolvers/index.js";
import { loadTypeDefs } from "./typeDefs.js";

/** The limits on one operation; exported so that docs and tests name the same numbers. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxDirectives: 20,
  maxTokens: 5_000,
  /** request body, bytes (standalone server; Next.js applies its own) */
  maxBodyBytes: 100 * 1024,
  /** per-request time, ms */
  timeoutMs: 10_000,
} as const;

export interface ApiOptions {
  store: GraphStore;
  /** per-request time limit in ms (default LIMITS.timeoutMs) */
  timeoutMs?: number;
  /** production mode: no introspection, no landing page, no field suggestions (default NODE_ENV === "production") */
  production?: boolean;
  /** repeated queries run compiled by graphql-jit (api/executor.ts); { compileAfter: 0 } turns that off */
  jit?: JitOptions;
}

export interface Api {
  server: ApolloServer<ApiContext>;
  /** makes the context of one request; pass it to the integration's `context` option */
  context: () => Promise<ApiContext>;
  /** counters of the compiled executor */
  jit: JitStats;
}

const disposeContext: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.dispose?.();
      },
    };
  },
};

export function createApi(options: ApiOptions): Api {
  const production = options.production ?? process.env.NODE_ENV === "production";
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    maxDirectives: { n: LIMITS.maxDirectives },
    // graphql-js counts tokens itself (parseOptions below) and answers 400; armor's plugin answers 500
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const jit = createJit<ApiContext>(options.jit);
  const server = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: !production,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      disposeContext,
      // Apollo's plugins that hook every field: no cache hints are used; no traces are sent to Apollo's
      // cloud even when APOLLO_KEY happens to be set, nor returned to a gateway
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      jit.plugin,
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    // one flat JSON string; the standalone server adds Apollo's usual final newline as a byte
    // (Apollo's default appends "\n" to the string, which makes a rope that the UTF-8 encoder must
    // first copy flat: ~0.2 ms for a 170 KB answer)
    stringifyResult: (value) => JSON.stringify(value),
  });
  const timeoutMs = options.timeoutMs ?? LIMITS.timeoutMs;
  return { server, context: async () => createContext(options.store, { timeoutMs }), jit: jit.stats };
}
