"use client";
// Tools over the graph: layout, depth, table/graph, export PNG/SVG, share link, presentation mode.
import type { Core } from "cytoscape";
import { useState } from "react";
import { exportName, exportPng, exportSvg } from "../lib/exportImage";
import { LAYOUTS, type LayoutName, type ViewState } from "../lib/viewState";
import { useI18n } from "./I18nProvider";

export interface ToolbarProps {
  state: ViewState;
  layout: LayoutName;
  cy: Core | null;
  title: string;
  onChange: (patch: Partial<ViewState>) => void;
}

export function Toolbar({ state, layout, cy, title, onChange }: ToolbarProps) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const share = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setNote(t("shareCopied"));
    } catch {
      setNote(url);
    }
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t("graph")}>
      <label>
        {t("layout")}{" "}
        <select value={layout} onChange={(e) => onChange({ layout: e.target.value as LayoutName })} data-testid="layout">
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {state.focus && !state.view && (
        <label>
          {t("depth")}{" "}
          <select value={state.depth} onChange={(e) => onChange({ depth: Number(e.target.value) })} data-testid="depth">
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
      )}
      <button type="button" disabled={!cy} onClick={() => cy?.fit(undefined, 30)} data-testid="fit">
        {t("fit")}
      </button>
      <button type="button" aria-pressed={state.table} onClick={() => onChange({ table: !state.table })} data-testid="table-toggle">
        {t("table")}
      </button>
      <button type="button" disabled={!cy} title={t("exportTitle")} onClick={() => cy && exportPng(cy, exportName(title))} data-testid="export-png">
        {t("exportPng")}
      </button>
      <button type="button" disabled={!cy} title={t("exportTitle")} onClick={() => cy && exportSvg(cy, exportName(title))} data-testid="export-svg">
        {t("exportSvg")}
      </button>
      <button type="button" onClick={share} data-testid="share">
        {t("share")}
      </button>
      <button type="button" onClick={() => onChange({ present: !state.present })} aria-pressed={state.present} data-testid="present">
        {state.present ? t("exitPresent") : t("present")}
      </button>
      <span role="status" className="muted toolbar-note">
        {note}
      </span>
    </div>
  );
}
