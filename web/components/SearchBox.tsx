"use client";
// Search with suggestions grouped by node type: an ARIA 1.2 combobox (arrows, Enter, Escape).
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { NODE_TYPES } from "../../graph/schema";
import { gql } from "../lib/graphql";
import { SEARCH, type SearchHitNode } from "../lib/queries";
import { useI18n } from "./I18nProvider";

export interface SearchBoxProps {
  label: string;
  onChoose: (node: SearchHitNode) => void;
  /** text shown in the box at start (e.g. the chosen node's label) */
  initialText?: string;
  testId?: string;
  /** only nodes of these types */
  types?: string[];
}

export function SearchBox({ label, onChoose, initialText = "", testId = "search", types }: SearchBoxProps) {
  const { t, nodeType } = useI18n();
  const uid = useId();
  const listId = `${uid}-list`;
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<SearchHitNode[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const [error, setError] = useState("");
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const typesKey = types?.join(",") ?? "";

  useEffect(() => setText(initialText), [initialText]);

  // words typed before the page came alive (the server-rendered box accepts input at once) are searched too
  useEffect(() => {
    const early = input.current?.value ?? "";
    if (early && early !== initialText) {
      typed.current = true;
      setText(early);
    }
    setHydrated(true);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const q = text.trim();
    if (!typed.current || q.length < 2) {
      setHits([]);
      return;
    }
    const ctrl = new AbortController();
    setState("loading");
    const timer = setTimeout(() => {
      gql<{ search: SearchHitNode[] }>(SEARCH, { query: q, first: 30, types }, ctrl.signal).then(
        (d) => {
          setHits(d.search);
          setActive(-1);
          setOpen(true);
          setState("idle");
        },
        (e: Error) => {
          if (e.name === "AbortError") return;
          setError(e.message);
          setState("error");
          setOpen(true);
        },
      );
    }, 180);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [text, typesKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // Grouped by type, the group of the best hit first (the API ranks hits); `flat` is the keyboard order.
  const groups = useMemo(
    () =>
      NODE_TYPES.map((type) => ({ type, first: hits.findIndex((h) => h.type === type), items: hits.filter((h) => h.type === type) }))
        .filter((g) => g.items.length > 0)
        .sort((a, b) => a.first - b.first),
    [hits],
  );
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const optionId = (i: number) => `${uid}-opt-${i}`;

  const choose = (node: SearchHitNode) => {
    typed.current = false;
    setText(node.label);
    setOpen(false);
    setActive(-1);
    onChoose(node);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) setOpen(true);
      if (flat.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + flat.length) % flat.length);
    } else if (e.key === "Enter") {
      const pick = active >= 0 ? flat[active] : flat.length > 0 && open ? flat[0] : undefined;
      if (pick) {
        e.preventDefault();
        choose(pick);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setText("");
      }
    }
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps

  const showList = open && text.trim().length >= 2;
  let index = -1;
  return (
    <div className="search" data-testid={testId} data-ready={hydrated ? "1" : undefined}>
      <label htmlFor={`${uid}-input`}>{label}</label>
      <input
        ref={input}
        id={`${uid}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("searchPlaceholder")}
        value={text}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length > 0 && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div role="status" aria-live="polite" className="sr-only">
        {showList && state === "idle" ? t("searchResultsCount", { n: flat.length }) : ""}
      </div>
      <div id={listId} role="listbox" aria-label={label} className="search-list" hidden={!showList}>
        {state === "loading" && <div className="search-note">{t("searchLoading")}</div>}
        {state === "error" && <div className="search-note error">{error}</div>}
        {state === "idle" && flat.length === 0 && <div className="search-note">{t("searchNoResults")}</div>}
        {groups.map((g) => (
          <div role="group" key={g.type} aria-labelledby={`${uid}-g-${g.type}`}>
            <div id={`${uid}-g-${g.type}`} className="search-group" role="presentation">
              {nodeType(g.type)}
            </div>
            {g.items.map((h) => {
              index += 1;
              const i = index;
              return (
                <div
                  key={h.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={`search-option type-${h.type}${i === active ? " active" : ""}`}
                  data-id={h.id}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(h)}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="search-label">{h.label}</span>
                  {h.aliases.length > 0 && <span className="search-alias">{h.aliases.slice(0, 2).join(", ")}</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
