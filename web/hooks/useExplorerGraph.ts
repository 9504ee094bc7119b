"use client";
// The explorer's graph: the base subgraph (a preset view or the focus's neighbourhood) plus one
// neighbourhood per expanded node, merged.
import { useEffect, useMemo, useRef, useState } from "react";
import { mergeGraphs } from "../lib/elements";
import { gql } from "../lib/graphql";
import { NEIGHBORHOOD, VIEW, type ApiSubgraph } from "../lib/queries";
import { useGql } from "./useGql";

export const NEIGHBOUR_LIMIT = 150;

export interface ExplorerGraph {
  graph: ApiSubgraph | null;
  base: { loading: boolean; error: Error | null; retry: () => void };
  expansionError: Error | null;
  truncated: boolean;
  /** neighbourhoods of expanded nodes are still loading */
  expanding: boolean;
}

export function useExplorerGraph(source: { view?: string; focus?: string; depth: number }, expanded: string[]): ExplorerGraph {
  const { view, focus, depth } = source;
  const baseQuery = view ? VIEW : NEIGHBORHOOD;
  const vars = view ? { name: view } : focus ? { id: focus, depth, limit: NEIGHBOUR_LIMIT * depth } : null;
  const base = useGql<{ view?: ApiSubgraph; neighborhood?: ApiSubgraph }>(baseQuery, vars);
  const baseGraph = base.data ? (base.data.view ?? base.data.neighborhood ?? null) : null;

  // Neighbourhoods of expanded nodes, fetched once each and kept while the page lives.
  const cache = useRef(new Map<string, ApiSubgraph>());
  const [version, setVersion] = useState(0);
  const [expansionError, setExpansionError] = useState<Error | null>(null);
  const key = expanded.join("\n");
  useEffect(() => {
    const missing = expanded.filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    const ctrl = new AbortController();
    Promise.all(
      missing.map((id) =>
        gql<{ neighborhood: ApiSubgraph }>(NEIGHBORHOOD, { id, depth: 1, limit: NEIGHBOUR_LIMIT }, ctrl.signal).then((d) =>
          cache.current.set(id, d.neighborhood),
        ),
      ),
    ).then(
      () => {
        setExpansionError(null);
        setVersion((v) => v + 1);
      },
      (e: Error) => {
        if (e.name !== "AbortError") setExpansionError(e);
      },
    );
    return () => ctrl.abort();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const graph = useMemo(() => {
    if (!baseGraph) return null;
    const parts = [baseGraph, ...expanded.map((id) => cache.current.get(id)).filter((g): g is ApiSubgraph => Boolean(g))];
    const merged = mergeGraphs(parts);
    return { ...merged, truncated: parts.some((p) => p.truncated) };
  }, [baseGraph, key, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    graph,
    base: { loading: base.loading, error: base.error, retry: base.retry },
    expansionError,
    truncated: graph?.truncated ?? false,
    expanding: expanded.some((id) => !cache.current.has(id)) && !expansionError,
  };
}
