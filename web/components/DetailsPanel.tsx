"use client";
// Details of the selected node or edge: what it is, its properties and the quotes that ground it.
import Link from "next/link";
import { explorerHref, normsHref } from "../lib/links";
import type { ApiEdge, ApiNode } from "../lib/queries";
import { EvidenceList } from "./EvidenceList";
import { useI18n } from "./I18nProvider";

const HIDDEN_PROPS = new Set(["text", "textFrom", "path", "basis", "form", "derived", "consentOf"]);

function PropList({ props }: { props: Record<string, unknown> }) {
  const { t } = useI18n();
  const rows = Object.entries(props).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== "" && typeof v !== "object");
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t("properties")}</h3>
      <dl className="props">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{String(v)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export interface DetailsPanelProps {
  node?: ApiNode;
  edge?: ApiEdge;
  labelOf: (id: string) => string;
  expanded: boolean;
  docTitles?: Map<string, string>;
  onToggleExpand: (id: string) => void;
  onFocus: (id: string) => void;
  onClose: () => void;
}

export function DetailsPanel({ node, edge, labelOf, expanded, docTitles, onToggleExpand, onFocus, onClose }: DetailsPanelProps) {
  const { t, nodeType, edgeType } = useI18n();
  if (!node && !edge) return null;
  return (
    <aside className="details" aria-labelledby="details-title" data-testid="details">
      <div className="details-head">
        <h2 id="details-title" tabIndex={-1}>
          {node ? node.label : `${labelOf(edge!.source.id)} → ${labelOf(edge!.target.id)}`}
        </h2>
        <button type="button" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      {node && (
        <>
          <p className={`badge type-${node.type}`}>{nodeType(node.type)}</p>
          <div className="details-actions">
            <button type="button" onClick={() => onToggleExpand(node.id)} aria-pressed={expanded} data-testid="expand">
              {expanded ? t("collapse") : t("expand")}
            </button>
            <button type="button" onClick={() => onFocus(node.id)}>
              {t("focusHere")}
            </button>
            <Link href={normsHref(node.id)}>{t("normsOf")}</Link>
          </div>
          {node.aliases.length > 0 && (
            <p>
              <strong>{t("aliases")}:</strong> {node.aliases.join("; ")}
            </p>
          )}
          <PropList props={node.props} />
          {typeof node.props.text === "string" && node.props.textFrom === "amendment" && <p className="muted">{t("newWording")}</p>}
          {typeof node.props.text === "string" && <p className="provision-text">{node.props.text}</p>}
        </>
      )}
      {edge && (
        <>
          <p className="badge">{edgeType(edge.type)}</p>
          <p>
            <Link href={explorerHref(edge.source.id)}>{labelOf(edge.source.id)}</Link> — {edgeType(edge.type)} →{" "}
            <Link href={explorerHref(edge.target.id)}>{labelOf(edge.target.id)}</Link>
          </p>
          {typeof edge.props.form === "string" && (
            <p>
              <strong>{t("form")}:</strong> {edge.props.form}
            </p>
          )}
          {Array.isArray(edge.props.basis) && edge.props.basis.length > 0 && (
            <>
              <h3>{t("basis")}</h3>
              <ul>
                {(edge.props.basis as string[]).map((b) => (
                  <li key={b}>
                    <Link href={explorerHref(b)}>{labelOf(b)}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <PropList props={edge.props} />
        </>
      )}
      <h3>{t("evidence")}</h3>
      <EvidenceList evidence={(node ?? edge)!.evidence} docTitles={docTitles} />
    </aside>
  );
}
