"use client";
// The text alternative of every graph view: the nodes and edges as tables a screen reader can read.
import type { ApiEdge, ApiNode } from "../lib/queries";
import { useI18n } from "./I18nProvider";

export function GraphTable({
  nodes,
  edges,
  labelOf,
  onSelect,
}: {
  nodes: ApiNode[];
  edges: ApiEdge[];
  labelOf: (id: string) => string;
  onSelect?: (id: string) => void;
}) {
  const { t, nodeType, edgeType } = useI18n();
  const pick = (id: string, text: string) =>
    onSelect ? (
      <button type="button" className="link" onClick={() => onSelect(id)}>
        {text}
      </button>
    ) : (
      text
    );
  return (
    <div className="graph-table" data-testid="graph-table">
      <table>
        <caption>
          {t("nodes")} ({nodes.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("type")}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id}>
              <th scope="row">{pick(n.id, n.label)}</th>
              <td>{nodeType(n.type)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          {t("edges")} ({edges.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("from")}</th>
            <th scope="col">{t("relation")}</th>
            <th scope="col">{t("to")}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr key={e.id}>
              <td>{labelOf(e.source.id)}</td>
              <td>
                {pick(e.id, edgeType(e.type))}
                {typeof e.props.form === "string" ? ` (${e.props.form})` : ""}
              </td>
              <td>{labelOf(e.target.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
