"use client";
// The interface language: ?lang= in the URL wins, then localStorage, then Russian.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { edgeTypeName, isLang, nodeTypeName, translate, type Lang, type MessageKey } from "../lib/i18n";

const STORAGE_KEY = "kzlg.lang";

interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  nodeType: (t: string) => string;
  edgeType: (t: string) => string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: React.ReactNode }) {
  const [lang, setLangState] = useState<Lang>("ru");

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get("lang");
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      /* storage may be disabled */
    }
    const chosen = isLang(fromUrl) ? fromUrl : isLang(stored) ? stored : "ru";
    setLangState(chosen);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      window.localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* storage may be disabled */
    }
    const url = new URL(window.location.href);
    if (url.searchParams.has("lang")) {
      url.searchParams.set("lang", l);
      window.history.replaceState(window.history.state, "", url);
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      nodeType: (t) => nodeTypeName(lang, t),
      edgeType: (t) => edgeTypeName(lang, t),
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error("useI18n must be used inside <I18nProvider>");
  return v;
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div role="group" aria-label={t("language")} className="lang-switch">
      {(["ru", "en"] as const).map((l) => (
        <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
          {l === "ru" ? "RU" : "EN"}
        </button>
      ))}
    </div>
  );
}
