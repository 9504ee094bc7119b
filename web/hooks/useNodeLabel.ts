"use client";
// The label of a node by id (for search boxes that start from an id in the URL).
import { useGql } from "./useGql";

const NODE_LABEL = `query NodeLabel($id: ID!) { node(id: $id) { id type label } }`;

export function useNodeLabel(id: string | undefined): { label: string; missing: boolean } {
  const q = useGql<{ node: { id: string; label: string } | null }>(NODE_LABEL, id ? { id } : null);
  return { label: q.data?.node?.label ?? "", missing: Boolean(id && q.data && !q.data.node) };
}
