// The API as a Next.js App Router route handler (web/app/api/graphql/route.ts):
//   export const { GET, POST } = createNextHandler(() => openStore());
// The same Apollo Server, limits and errors as the standalone server, plus the request body size limit
// (Next.js does not apply one to route handlers) and a clear 503 when the store cannot be opened.
import { startServerAndCreateNextHandler } from "@as-integrations/next";
import type { GraphStore } from "../graph/store.js";
import { createApi, LIMITS, type ApiOptions } from "./apollo.js";
import type { ApiContext } from "./context.js";

export interface NextHandlerOptions extends Omit<ApiOptions, "store"> {
  /** largest accepted request body in bytes (default LIMITS.maxBodyBytes) */
  maxBodyBytes?: number;
}

type Handler = (req: Request) => Promise<Response>;

function errorResponse(status: number, message: string, code: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/**
 * A route handler over the store that `open` returns (called once, on the first request; called again
 * on the next request if it failed).
 */
export function createNextHandler(open: () => Promise<GraphStore>, options: NextHandlerOptions = {}): { GET: Handler; POST: Handler } {
  const limit = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  let ready: Promise<Handler> | null = null;
  const handler = (): Promise<Handler> => {
    ready ??= (async () => {
      const store = await open();
      const api = createApi({ ...options, store });
      return startServerAndCreateNextHandler<Request, ApiContext>(api.server, { context: () => api.context() });
    })();
    ready.catch(() => {
      ready = null;
    });
    return ready;
  };

  const handle: Handler = async (req) => {
    let h: Handler;
    try {
      h = await handler();
    } catch (e) {
      const message = `The graph API could not start: ${(e as Error).message}`;
      console.error(`[api] ${message}`);
      return errorResponse(503, message, "STORE_UNAVAILABLE");
    }
    if (req.method !== "POST") return h(req);
    const declared = Number(req.headers.get("content-length") ?? NaN);
    const tooLarge = (bytes: number) =>
      errorResponse(413, `The request body is too large (${Math.round(bytes / 1024)} KB); the limit is ${Math.round(limit / 1024)} KB. GraphQL queries are small: ask for less, or split the query.`, "PAYLOAD_TOO_LARGE");
    if (Number.isFinite(declared) && declared > limit) return tooLarge(declared);
    const body = await req.arrayBuffer();
    if (body.byteLength > limit) return tooLarge(body.byteLength);
    return h(new Request(req.url, { method: "POST", headers: req.headers, body }));
  };
  return { GET: handle, POST: handle };
}
