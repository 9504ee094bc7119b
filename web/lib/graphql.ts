// The UI's one way to the data: POST to /api/graphql.
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    public readonly kind: "network" | "http" | "graphql",
    /** the API's extensions.code (NOT_FOUND, BAD_USER_INPUT, TIMEOUT …) for GraphQL errors */
    public readonly code?: string,
  ) {
    super(message);
  }
}

export const GRAPHQL_PATH = "/api/graphql";

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation; throws GraphQLRequestError with a readable message on any failure. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new GraphQLRequestError(`the server is unreachable (${(e as Error).message})`, "network");
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join("; "), "graphql", body.errors[0]?.extensions?.code);
  }
  if (!res.ok || !body || body.data == null) {
    throw new GraphQLRequestError(`the server answered ${res.status} ${res.statusText}`.trim(), "http");
  }
  return body.data;
}

/** True when the API said the thing asked for does not exist. */
export function isNotFound(e: unknown): boolean {
  return e instanceof GraphQLRequestError && e.code === "NOT_FOUND";
}
