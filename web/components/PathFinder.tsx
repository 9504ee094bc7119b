"use client";
// How two nodes are connected: shortest paths, each step with its quote, and the graph of them.
import Link from "next/link";
import { useMemo } from "react";
import { useGql } from "../hooks/useGql";
import { useNodeLabel } from "../hooks/useNodeLabel";
import { useQueryParams } from "../hooks/useQueryParams";
import { mergeGraphs, toElements } from "../lib/elements";
import { explorerHref } from "../lib/links";
import { DOCUMENTS, PATHS, type ApiDocumentInfo, type ApiNode, type ApiPath } from "../lib/queries";
import { EvidenceList } from "./EvidenceList";
import { ErrorMessage, Loading } from "./ErrorMessage";
import { GraphCanvas } from "./GraphCanvas";
import { GraphTable } from "./GraphTable";
import { useI18n } from "./I18nProvider";
import { SearchBox } from "./SearchBox";

export function PathFinder() {
  const { t, edgeType } = useI18n();
  const [params, set] = useQueryParams();
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const max = Math.min(8, Math.max(1, Number(params.get("max") ?? 4) || 4));
  const table = params.get("table") === "1";
  const fromLabel = useNodeLabel(from).label;
  const toLabel = useNodeLabel(to).label;
  const q = useGql<{ paths: ApiPath[] }>(PATHS, from && to ? { from, to, maxLength: max } : null);
  const paths = useMemo(() => q.data?.paths ?? [], [q.data]);
  const docs = useGql<{ documents: ApiDocumentInfo[] }>(DOCUMENTS, {});
  const docTitles = useMemo(() => new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title])), [docs.data]);
  const graph = useMemo(
    () => mergeGraphs(paths.map((p) => ({ nodes: p.nodes.map((n): ApiNode => ({ ...n, evidence: [] })), edges: p.steps.map((s) => s.edge) }))),
    [paths],
  );
  const elements = useMemo(() => toElements(graph.nodes, graph.edges, edgeType), [graph, edgeType]);
  const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

  return (
    <div className="paths-page">
      <h1>{t("pathsTitle")}</h1>
      <p>{t("pathsIntro")}</p>
      <div className="pickers">
        <SearchBox label={t("from")} initialText={fromLabel} testId="pick-from" onChoose={(n) => set({ from: n.id })} />
        <SearchBox label={t("to")} initialText={toLabel} testId="pick-to" onChoose={(n) => set({ to: n.id })} />
        <label>
          {t("maxLength")}{" "}
          <select value={max} onChange={(e) => set({ max: e.target.value })}>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={table} onClick={() => set({ table: table ? undefined : "1" })} data-testid="table-toggle">
          {t("table")}
        </button>
      </div>
      {q.error && <ErrorMessage error={q.error} onRetry={q.retry} />}
      {q.loading && <Loading />}
      {q.data && paths.length === 0 && <p data-testid="no-paths">{t("noPaths")}</p>}
      {paths.length > 0 && (
        <div className="split">
          <section className="split-list" aria-label={t("pathsTitle")}>
            {paths.map((p, i) => (
              <article key={i} className="path" data-testid="path">
                <h2>{t("pathN", { n: i + 1 })}</h2>
                <ol>
                  {p.steps.map((s) => (
                    <li key={s.edge.id} data-testid="path-step">
                      <p>
                        <Link href={explorerHref(s.from.id)}>{s.from.label}</Link> {s.forward ? "—" : "←"} {edgeType(s.edge.type)}{" "}
                        {s.forward ? "→" : "—"} <Link href={explorerHref(s.to.id)}>{s.to.label}</Link>
                      </p>
                      <EvidenceList evidence={s.edge.evidence} docTitles={docTitles} />
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </section>
          <section className="split-graph" aria-label={t("graph")}>
            {table ? (
              <GraphTable nodes={graph.nodes} edges={graph.edges} labelOf={labelOf} />
            ) : (
              <GraphCanvas elements={elements} layout="fcose" focusId={from} ariaLabel={t("graphSummary", { n: graph.nodes.length, m: graph.edges.length })} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
