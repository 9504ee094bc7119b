"use client";
// The preset views for class (from the API's `views`): one button each.
import type { ApiViewInfo } from "../lib/queries";
import { useI18n } from "./I18nProvider";

export function PresetBar({ views, current, onPick }: { views: ApiViewInfo[]; current?: string; onPick: (name: string) => void }) {
  const { t, lang } = useI18n();
  if (views.length === 0) return null;
  return (
    <nav className="presets" aria-label={t("presets")} data-testid="presets">
      {views.map((v) => (
        <button
          key={v.name}
          type="button"
          aria-pressed={current === v.name}
          title={v.description[lang]}
          onClick={() => onPick(v.name)}
          data-view={v.name}
        >
          {v.title[lang]}
        </button>
      ))}
    </nav>
  );
}
