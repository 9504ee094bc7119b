// The standalone HTTP server: POST/GET /graphql, with a request body size limit, CORS for browsers,
// and GET /healthz. Apollo's own startStandaloneServer accepts 50 MB bodies on any path, so this small
// node:http front takes its place.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { createApi, LIMITS, type ApiOptions } from "./apollo.js";
import type { ApiContext } from "./context.js";
import type { JitStats } from "./executor.js";
import { hideAddresses } from "./resolvers/query.js";

export interface ApiServerOptions extends ApiOptions {
  /** 0 picks a free port (default 4000) */
  port?: number;
  /** default 127.0.0.1; use 0.0.0.0 to listen on all interfaces */
  host?: string;
  /** largest accepted request body in bytes (default LIMITS.maxBodyBytes) */
  maxBodyBytes?: number;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  apollo: ApolloServer<ApiContext>;
  /** counters of the compiled executor (api/executor.ts) */
  jit: JitStats;
  http: Server;
  /** stops accepting requests and closes connections (the store stays open: the caller owns it) */
  close(): Promise<void>;
}

export const GRAPHQL_PATH = "/graphql";

const utf8 = new TextEncoder();

/**
 * The UTF-8 bytes of a response body and a final newline. Most answers are Cyrillic text: res.end(string)
 * measures the string (Buffer.byteLength) and then encodes it again, two slow passes; encodeInto is one
 * fast pass.
 */
function encodeBody(text: string): Buffer {
  const buf = Buffer.allocUnsafe(text.length * 3 + 1); // a UTF-16 unit is at most 3 bytes of UTF-8
  const n = utf8.encodeInto(text, buf).written;
  buf[n] = 0x0a;
  return buf.subarray(0, n + 1);
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extraHeaders });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

type BodyResult = { ok: true; text: string } | { ok: false; status: number; message: string; code: string };

/** Reads the body up to `limit` bytes; a larger body is drained (up to 16× the limit) and refused. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const tooLarge = (size: string): BodyResult => ({
    ok: false,
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body is too large (${size}); the limit is ${Math.round(limit / 1024)} KB. GraphQL queries are small: ask for less, or split the query.`,
  });
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limit * 16) {
    req.resume();
    return Promise.resolve(tooLarge(`${Math.round(declared / 1024)} KB`));
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (size > limit * 16) req.destroy();
    });
    req.on("end", () => resolve(size > limit ? tooLarge(`${Math.round(size / 1024)} KB`) : { ok: true, text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", () => resolve(tooLarge(`over ${Math.round(size / 1024)} KB`)));
  });
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, apollo-require-preflight",
  "access-control-max-age": "86400",
};

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const api = createApi(options);
  const limit = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  await api.server.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    if (url.pathname === "/healthz") {
      const h = hideAddresses(await options.store.health());
      return sendJson(res, h.ok ? 200 : 503, h);
    }
    if (url.pathname !== GRAPHQL_PATH)
      return sendJson(res, 404, errorBody(`Not found: the GraphQL endpoint is ${GRAPHQL_PATH}.`, "NOT_FOUND"));
    if (req.method !== "GET" && req.method !== "POST")
      return sendJson(res, 405, errorBody(`Method ${req.method} is not allowed: use POST (or GET for queries).`, "METHOD_NOT_ALLOWED"), { allow: "GET, POST, OPTIONS" });

    let body: unknown;
    if (req.method === "POST") {
      const got = await readBody(req, limit);
      if (!got.ok) return sendJson(res, got.status, errorBody(got.message, got.code), { connection: "close" });
      const type = String(req.headers["content-type"] ?? "");
      if (type.includes("json")) {
        try {
          body = got.text === "" ? {} : JSON.parse(got.text);
        } catch (e) {
          return sendJson(res, 400, errorBody(`The request body is not valid JSON: ${(e as Error).message}`, "BAD_REQUEST"));
        }
      } else body = got.text;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const result = await api.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: api.context,
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      const bytes = encodeBody(result.body.string);
      res.setHeader("content-length", bytes.length);
      return void res.end(bytes);
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error("[api] request failed:", err);
      if (!res.headersSent) sendJson(res, 500, errorBody("Internal server error: the request could not be answered.", "INTERNAL_SERVER_ERROR"));
      else res.end();
    });
  });
  // longer than clients keep idle sockets, so that a reused socket is never one the server just closed
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  try {
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(options.port ?? 4000, options.host ?? "127.0.0.1", () => resolve());
    });
  } catch (e) {
    await api.server.stop();
    throw e;
  }
  const port = (http.address() as AddressInfo).port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`,
    port,
    apollo: api.server,
    jit: api.jit,
    http,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await api.server.stop();
    },
  };
}
