"use client";
// Saved views (localStorage): save the current URL under a name, restore or delete it later.
import Link from "next/link";
import { useEffect, useState } from "react";
import { deleteView, readSavedViews, saveView, type SavedView } from "../lib/savedViews";
import { useI18n } from "./I18nProvider";

export function SavedViews({ currentQuery }: { currentQuery: string }) {
  const { t } = useI18n();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState("");
  useEffect(() => setViews(readSavedViews(window.localStorage)), []);
  return (
    <details className="saved-views" data-testid="saved-views">
      <summary>{t("savedViews")}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setViews(saveView(window.localStorage, name, currentQuery));
          setName("");
        }}
      >
        <label>
          {t("savedViewName")} <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>{" "}
        <button type="submit">{t("saveView")}</button>
      </form>
      {views.length === 0 ? (
        <p className="muted">{t("noSavedViews")}</p>
      ) : (
        <ul>
          {views.map((v) => (
            <li key={v.name}>
              <Link href={`/?${v.query}`}>{v.name}</Link>{" "}
              <button type="button" className="link" onClick={() => setViews(deleteView(window.localStorage, v.name))}>
                {t("delete")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
