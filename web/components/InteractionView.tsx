"use client";
// Court ↔ prosecutor's office (or any two bodies): every form of interaction with its basis and
// quotes, next to the graph of it.
import { useMemo } from "react";
import { useGql } from "../hooks/useGql";
import { useNodeLabel } from "../hooks/useNodeLabel";
import { useQueryParams } from "../hooks/useQueryParams";
import { mergeGraphs, toElements } from "../lib/elements";
import { DOCUMENTS, INTERACTIONS, PRINCIPLES, type ApiDocumentInfo, type ApiInteraction, type ApiNode, type ApiPrincipleUse } from "../lib/queries";
import { ErrorMessage, Loading } from "./ErrorMessage";
import { GraphCanvas } from "./GraphCanvas";
import { GraphTable } from "./GraphTable";
import { useI18n } from "./I18nProvider";
import { InteractionList } from "./InteractionList";
import { PrincipleList } from "./PrincipleList";
import { SearchBox } from "./SearchBox";

const DEFAULTS = `query DefaultBodies {
  court: node(id: "body:суд") { id }
  prosecution: node(id: "body:прокуратура") { id }
  courts: search(query: "суд", types: [Body], first: 5) { id props }
  prosecutions: search(query: "прокуратура", types: [Body], first: 5) { id props }
}`;
type Hit = { id: string; props: Record<string, unknown> };

function pick(exact: { id: string } | null, hits: Hit[], kind: string): string | undefined {
  return exact?.id ?? hits.find((h) => h.props.bodyKind === kind)?.id ?? hits[0]?.id;
}

export function InteractionView() {
  const { t, edgeType } = useI18n();
  const [params, set] = useQueryParams();
  const defaults = useGql<{ court: { id: string } | null; prosecution: { id: string } | null; courts: Hit[]; prosecutions: Hit[] }>(
    DEFAULTS,
    params.get("a") && params.get("b") ? null : {},
  );
  const a = params.get("a") ?? (defaults.data ? pick(defaults.data.court, defaults.data.courts, "court") : undefined);
  const b = params.get("b") ?? (defaults.data ? pick(defaults.data.prosecution, defaults.data.prosecutions, "prosecution") : undefined);
  const sel = params.get("sel") ?? undefined;
  const aLabel = useNodeLabel(a).label;
  const bLabel = useNodeLabel(b).label;
  const q = useGql<{ interactions: ApiInteraction[] }>(INTERACTIONS, a && b ? { a, b } : null);
  const principles = useGql<{ principles: ApiPrincipleUse[] }>(PRINCIPLES, a && b ? { a, b } : null);
  const docs = useGql<{ documents: ApiDocumentInfo[] }>(DOCUMENTS, {});
  const docTitles = useMemo(() => new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title])), [docs.data]);
  const items = useMemo(() => q.data?.interactions ?? [], [q.data]);

  const graph = useMemo(() => {
    const asNode = (n: ApiInteraction["aSide"]): ApiNode => ({ ...n, evidence: [] });
    return mergeGraphs(items.map((it) => ({ nodes: [asNode(it.aSide), asNode(it.bSide)], edges: [it.edge] })));
  }, [items]);
  const elements = useMemo(() => toElements(graph.nodes, graph.edges, edgeType), [graph, edgeType]);
  const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const table = params.get("table") === "1";

  return (
    <div className="interaction-page" data-testid="interaction-page" data-a={a} data-b={b}>
      <h1>{t("interactionTitle")}</h1>
      <p>{t("interactionIntro")}</p>
      <div className="pickers">
        <SearchBox label={t("bodyA")} types={["Body"]} initialText={aLabel} testId="pick-a" onChoose={(n) => set({ a: n.id, sel: undefined })} />
        <SearchBox label={t("bodyB")} types={["Body"]} initialText={bLabel} testId="pick-b" onChoose={(n) => set({ b: n.id, sel: undefined })} />
        <button type="button" aria-pressed={table} onClick={() => set({ table: table ? undefined : "1" })} data-testid="table-toggle">
          {t("table")}
        </button>
      </div>
      {defaults.error && <ErrorMessage error={defaults.error} onRetry={defaults.retry} />}
      {q.error && <ErrorMessage error={q.error} onRetry={q.retry} />}
      {(q.loading || defaults.loading) && <Loading />}
      {q.data && (
        <div className="split">
          <section className="split-list" aria-label={t("interactionTitle")}>
            <InteractionList items={items} selected={sel} onSelect={(id) => set({ sel: id })} docTitles={docTitles} />
            <h2>{t("principlesTitle")}</h2>
            <p className="muted">{t("principlesIntro")}</p>
            {principles.error && <ErrorMessage error={principles.error} onRetry={principles.retry} />}
            {principles.data && <PrincipleList items={principles.data.principles} docTitles={docTitles} />}
          </section>
          <section className="split-graph" aria-label={t("graph")}>
            {table ? (
              <GraphTable nodes={graph.nodes} edges={graph.edges} labelOf={labelOf} onSelect={(id) => set({ sel: id })} />
            ) : (
              <GraphCanvas
                elements={elements}
                layout="fcose"
                selectedId={sel}
                ariaLabel={t("graphSummary", { n: graph.nodes.length, m: graph.edges.length })}
                onSelect={(id, group) => {
                  if (group === "edges" && id) {
                    set({ sel: id });
                    document.getElementById(`i-${id}`)?.scrollIntoView({ block: "nearest" });
                  }
                }}
              />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
