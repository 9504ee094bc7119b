"use client";
// Runs a GraphQL query when its variables change; exposes loading, error and a retry. The previous
// data stays while the next loads (no flicker); `loading` is true from the very render that changed
// the variables, so nothing reads stale data as current.
import { useCallback, useEffect, useState } from "react";
import { gql } from "../lib/graphql";

export interface QueryState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  retry: () => void;
}

interface Loaded<T> {
  /** the variables (JSON) and attempt the data or error belong to */
  key: string | null;
  data: T | null;
  error: Error | null;
}

/** `variables` null means "do not run yet". */
export function useGql<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const vars = variables === null ? null : JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const key = vars === null ? null : `${attempt}|${query}|${vars}`;
  const [state, setState] = useState<Loaded<T>>({ key: null, data: null, error: null });

  useEffect(() => {
    if (key === null || vars === null) return;
    const ctrl = new AbortController();
    gql<T>(query, JSON.parse(vars) as Record<string, unknown>, ctrl.signal).then(
      (data) => setState({ key, data, error: null }),
      (error: Error) => {
        if (error.name !== "AbortError") setState({ key, data: null, error });
      },
    );
    return () => ctrl.abort();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const current = key !== null && state.key === key;
  return {
    data: key === null ? null : state.data,
    error: current ? state.error : null,
    loading: key !== null && !current,
    retry,
  };
}
