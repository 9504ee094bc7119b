// Connection settings from the environment and the translation of driver failures into one clear
// StoreError that names NEO4J_URI (never a stack trace for the user).
import neo4j, { type Driver } from "neo4j-driver";
import { StoreError } from "../store.js";

export interface Neo4jSettings {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** rows per write transaction when loading (default 10,000) */
  batchSize?: number;
}

/** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; null when NEO4J_URI is not set. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  return {
    uri,
    user: env.NEO4J_USER?.trim() || undefined,
    password: env.NEO4J_PASSWORD ?? undefined,
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}

export function openDriver(s: Neo4jSettings): Driver {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(s.uri))
    throw new StoreError(
      `NEO4J_URI=${s.uri} is not a Neo4j address: use bolt://host:7687, neo4j://host:7687, neo4j+s://… (Aura) or bolt+s://…`,
      "BAD_INPUT",
    );
  const auth = s.user ? neo4j.auth.basic(s.user, s.password ?? "") : undefined;
  try {
    return neo4j.driver(s.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 3_000,
      logging: { level: "error", logger: () => {} },
    });
  } catch (err) {
    throw new StoreError(`NEO4J_URI=${s.uri} cannot be used: ${(err as Error).message}`, "BAD_INPUT");
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0].slice(0, 300);
}

/** A StoreError for a driver failure, or null when the failure is not about the connection. */
export function connectionError(err: unknown, s: Neo4jSettings): StoreError | null {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const code = String(e?.code ?? "");
  const msg = firstLine(String(e?.message ?? err));
  if (code.includes("Security.Unauthorized") || code.includes("AuthenticationRateLimit") || code.includes("Security.CredentialsExpired"))
    return new StoreError(
      `Neo4j at NEO4J_URI=${s.uri} refused the credentials (NEO4J_USER=${s.user ?? "(none)"}, NEO4J_PASSWORD): ${msg}`,
      "AUTH",
    );
  if (code.includes("DatabaseNotFound"))
    return new StoreError(`Neo4j at NEO4J_URI=${s.uri} has no database "${s.database}" (NEO4J_DATABASE): ${msg}`, "UNREACHABLE");
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|connect|socket/i.test(msg))
    return new StoreError(
      `Neo4j is not reachable at NEO4J_URI=${s.uri} (${msg}). Start a local one with "npm run neo4j", or unset NEO4J_URI to use the embedded store.`,
      "UNREACHABLE",
    );
  return null;
}

/** Rethrows a driver failure as a StoreError when it is about the connection; as is otherwise. */
export function rethrow(err: unknown, s: Neo4jSettings): never {
  throw connectionError(err, s) ?? err;
}
