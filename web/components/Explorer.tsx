"use client";
// The explorer: search, preset views, the graph (or its table), filters, legend and details.
import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useExplorerGraph } from "../hooks/useExplorerGraph";
import { useGql } from "../hooks/useGql";
import { useViewState } from "../hooks/useViewState";
import { filterGraph, labelFromId, toElements } from "../lib/elements";
import { isNotFound } from "../lib/graphql";
import { DOCUMENTS, VIEWS, type ApiDocumentInfo, type ApiViewInfo } from "../lib/queries";
import { toggleExpanded, type LayoutName } from "../lib/viewState";
import { DetailsPanel } from "./DetailsPanel";
import { ErrorMessage, Loading } from "./ErrorMessage";
import { FilterBar } from "./FilterBar";
import { GraphCanvas } from "./GraphCanvas";
import { GraphTable } from "./GraphTable";
import { useI18n } from "./I18nProvider";
import { Legend } from "./Legend";
import { NotFoundPanel } from "./NotFoundPanel";
import { PresetBar } from "./PresetBar";
import { SavedViews } from "./SavedViews";
import { SearchBox } from "./SearchBox";
import { Toolbar } from "./Toolbar";
import { usePresentation } from "../hooks/usePresentation";

export const DEFAULT_PRESET = "court-prosecutor";

export function Explorer() {
  const { t, lang, edgeType } = useI18n();
  const [state, update, query] = useViewState();
  const [cy, setCy] = useState<Core | null>(null);
  const views = useGql<{ views: ApiViewInfo[] }>(VIEWS, {});
  const docs = useGql<{ documents: ApiDocumentInfo[] }>(DOCUMENTS, {});
  const viewName = state.view ?? (state.focus ? undefined : DEFAULT_PRESET);
  const { graph, base, expansionError, truncated, expanding } = useExplorerGraph({ view: viewName, focus: state.focus, depth: state.depth }, state.expanded);
  usePresentation(state.present, () => update({ present: false }));

  const viewInfo = views.data?.views.find((v) => v.name === viewName);
  const layout: LayoutName = state.layout ?? (viewInfo?.layout === "dagre" ? "dagre" : "fcose");
  const docTitles = useMemo(() => new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title])), [docs.data]);

  const shown = useMemo(
    () =>
      graph
        ? filterGraph(graph.nodes, graph.edges, {
            nodeTypes: state.nodeTypes,
            edgeTypes: state.edgeTypes,
            docs: state.docs,
            hideRepealed: state.hideRepealed,
            keep: state.focus,
          })
        : { nodes: [], edges: [] },
    [graph, state.nodeTypes, state.edgeTypes, state.docs, state.hideRepealed, state.focus],
  );
  const elements = useMemo(() => toElements(shown.nodes, shown.edges, edgeType), [shown, edgeType]);
  const byId = useMemo(() => new Map((graph?.nodes ?? []).map((n) => [n.id, n])), [graph]);
  const labelOf = useCallback((id: string) => byId.get(id)?.label ?? labelFromId(id), [byId]);
  const selNode = state.sel ? byId.get(state.sel) : undefined;
  const selEdge = state.sel && !selNode ? graph?.edges.find((e) => e.id === state.sel) : undefined;

  const focusOn = (id: string) => update({ focus: id, view: undefined, expanded: [], sel: id, layout: undefined }, "push");
  const toggle = (id: string) => update({ expanded: toggleExpanded(state, id).expanded });
  const select = (id: string | null) => update({ sel: id ?? undefined });

  useEffect(() => {
    if (state.sel) document.getElementById("details-title")?.focus({ preventScroll: true });
  }, [state.sel]);

  const title = viewInfo ? viewInfo.title[lang] : state.focus ? labelOf(state.focus) : t("appTitle");
  const failed = base.error;
  return (
    <div className={`explorer${state.present ? " presenting" : ""}`}>
      <div className="explorer-top chrome">
        <SearchBox label={t("searchLabel")} onChoose={(n) => focusOn(n.id)} />
        <PresetBar
          views={views.data?.views ?? []}
          current={viewName}
          onPick={(name) => update({ view: name, focus: undefined, expanded: [], sel: undefined, layout: undefined }, "push")}
        />
      </div>
      <Toolbar state={state} layout={layout} cy={state.table ? null : cy} title={title} onChange={(p) => update(p)} />
      <div className="explorer-body">
        <div className="explorer-side chrome">
          <FilterBar state={state} documents={docs.data?.documents ?? []} onChange={(p) => update(p)} />
          <Legend />
          <SavedViews currentQuery={query} />
        </div>
        <main id="main" className="explorer-main" aria-busy={base.loading}>
          <h1 className="view-title" data-testid="view-title">
            {title}
          </h1>
          {failed && isNotFound(failed) ? (
            <NotFoundPanel message={state.focus ? t("notFoundNode", { id: state.focus }) : failed.message} />
          ) : failed ? (
            <ErrorMessage error={failed} onRetry={base.retry} />
          ) : null}
          {expansionError && <ErrorMessage error={expansionError} onRetry={() => update({ expanded: [...state.expanded] })} />}
          {base.loading && !graph && <Loading />}
          {graph && !failed && (
            <>
              <p className="muted graph-summary" data-testid="graph-summary">
                {t("graphSummary", { n: shown.nodes.length, m: shown.edges.length })}
                {truncated ? " …" : ""}
              </p>
              {state.table ? (
                <GraphTable nodes={shown.nodes} edges={shown.edges} labelOf={labelOf} onSelect={select} />
              ) : (
                <GraphCanvas
                  elements={elements}
                  layout={layout}
                  focusId={state.focus}
                  selectedId={state.sel}
                  large={state.present}
                  webgl={state.webgl}
                  pending={base.loading || expanding}
                  ariaLabel={t("graphSummary", { n: shown.nodes.length, m: shown.edges.length })}
                  onSelect={select}
                  onToggleExpand={toggle}
                  onReady={setCy}
                />
              )}
            </>
          )}
        </main>
        {(selNode || selEdge) && (
          <DetailsPanel
            node={selNode}
            edge={selEdge}
            labelOf={labelOf}
            expanded={Boolean(selNode && state.expanded.includes(selNode.id))}
            docTitles={docTitles}
            onToggleExpand={toggle}
            onFocus={focusOn}
            onClose={() => select(null)}
          />
        )}
      </div>
    </div>
  );
}
