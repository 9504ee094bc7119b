"use client";
// The explorer's view state: React state that mirrors the URL. Changes apply at once and are written
// to the URL (push for focus changes so that Back works, replace for the rest); a URL change from
// outside (Back/Forward, a link) is read back.
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseViewState, serializeViewState, type ViewState } from "../lib/viewState";

function urlFor(s: ViewState): string {
  const lang = new URLSearchParams(window.location.search).get("lang");
  const qs = serializeViewState(s, lang ? { lang } : undefined).toString();
  return `${window.location.pathname}${qs ? `?${qs}` : ""}`;
}

export function useViewState(): [ViewState, (patch: Partial<ViewState>, mode?: "push" | "replace") => void, string] {
  const params = useSearchParams();
  const query = params.toString();
  const [state, setState] = useState<ViewState>(() => parseViewState(new URLSearchParams(query)));
  const current = useRef(state);

  useEffect(() => {
    const fromUrl = parseViewState(new URLSearchParams(query));
    if (serializeViewState(fromUrl).toString() === serializeViewState(current.current).toString()) return;
    current.current = fromUrl;
    setState(fromUrl);
  }, [query]);

  const update = useCallback((patch: Partial<ViewState>, mode: "push" | "replace" = "replace") => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setState(next);
    const url = urlFor(next);
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  return [state, update, serializeViewState(state).toString()];
}
