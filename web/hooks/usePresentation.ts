"use client";
// Presentation mode: full screen while on; leaving full screen (Esc) turns it off.
import { useEffect, useRef } from "react";

export function usePresentation(on: boolean, onExit: () => void): void {
  const exit = useRef(onExit);
  exit.current = onExit;
  useEffect(() => {
    document.documentElement.classList.toggle("presenting", on);
    if (on && !document.fullscreenElement) {
      document.documentElement.requestFullscreen?.().catch(() => {
        /* not allowed without a user gesture (e.g. opened from a URL): stay in the page */
      });
    }
    if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) exit.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && on && !document.fullscreenElement) exit.current();
    };
    if (on) {
      document.addEventListener("fullscreenchange", onChange);
      document.addEventListener("keydown", onKey);
    }
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      document.removeEventListener("keydown", onKey);
    };
  }, [on]);
}
