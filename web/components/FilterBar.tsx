"use client";
// Filters of the explorer: node types, edge types, document, validity.
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../../graph/schema";
import type { ApiDocumentInfo } from "../lib/queries";
import type { ViewState } from "../lib/viewState";
import { useI18n } from "./I18nProvider";

function toggle<T>(list: readonly T[] | undefined, all: readonly T[], item: T): T[] | undefined {
  const current = list ?? [...all];
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  return next.length === all.length ? undefined : all.filter((x) => next.includes(x));
}

export function FilterBar({
  state,
  documents,
  onChange,
}: {
  state: ViewState;
  documents: ApiDocumentInfo[];
  onChange: (patch: Partial<ViewState>) => void;
}) {
  const { t, nodeType, edgeType } = useI18n();
  return (
    <details className="filters" data-testid="filters" open>
      <summary>{t("filters")}</summary>
      <fieldset>
        <legend>{t("nodeTypes")}</legend>
        {NODE_TYPES.map((nt) => (
          <label key={nt} className={`chip type-${nt}`}>
            <input
              type="checkbox"
              name="nt"
              value={nt}
              checked={!state.nodeTypes || state.nodeTypes.includes(nt)}
              onChange={() => onChange({ nodeTypes: toggle<NodeType>(state.nodeTypes, NODE_TYPES, nt) })}
            />
            {nodeType(nt)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("edgeTypes")}</legend>
        {EDGE_TYPES.map((et) => (
          <label key={et} className="chip">
            <input
              type="checkbox"
              name="et"
              value={et}
              checked={!state.edgeTypes || state.edgeTypes.includes(et)}
              onChange={() => onChange({ edgeTypes: toggle<EdgeType>(state.edgeTypes, EDGE_TYPES, et) })}
            />
            {edgeType(et)}
          </label>
        ))}
      </fieldset>
      <div className="filter-row">
        <label>
          {t("document")}{" "}
          <select
            value={state.docs[0] ?? ""}
            onChange={(e) => onChange({ docs: e.target.value ? [e.target.value] : [] })}
            data-testid="doc-filter"
          >
            <option value="">{t("allDocuments")}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label className="chip">
          <input type="checkbox" checked={state.hideRepealed} onChange={(e) => onChange({ hideRepealed: e.target.checked })} />
          {t("hideRepealed")}
        </label>
      </div>
    </details>
  );
}
