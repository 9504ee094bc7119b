"use client";
// Simple pages keep their inputs in the URL (?a=&b=, ?id=, ?from=&to=): read them, and change them.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";

export function useQueryParams(): [URLSearchParams, (patch: Record<string, string | undefined>) => void] {
  const params = useSearchParams();
  const set = useCallback((patch: Record<string, string | undefined>) => {
    const p = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === "") p.delete(k);
      else p.set(k, v);
    }
    const qs = p.toString();
    window.history.pushState(null, "", `${window.location.pathname}${qs ? `?${qs}` : ""}`);
  }, []);
  return [params, set];
}
