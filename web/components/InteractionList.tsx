"use client";
// The forms of interaction between two bodies, each with its legal basis and quotes.
import Link from "next/link";
import { explorerHref, readerHref } from "../lib/links";
import type { ApiInteraction } from "../lib/queries";
import { EvidenceList } from "./EvidenceList";
import { useI18n } from "./I18nProvider";

export function InteractionList({
  items,
  selected,
  onSelect,
  docTitles,
}: {
  items: ApiInteraction[];
  selected?: string;
  onSelect: (edgeId: string) => void;
  docTitles: Map<string, string>;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <p data-testid="no-interactions">{t("noInteractions")}</p>;
  return (
    <ol className="interactions" data-testid="interactions">
      {items.map((it) => (
        <li key={it.edge.id} id={`i-${it.edge.id}`} className={selected === it.edge.id ? "selected" : undefined} data-testid="interaction">
          <h3>
            <button type="button" className="link" onClick={() => onSelect(it.edge.id)} aria-pressed={selected === it.edge.id}>
              {it.form ?? t("form")}
            </button>
          </h3>
          <p className="muted">
            <Link href={explorerHref(it.fromA ? it.aSide.id : it.bSide.id)}>{it.fromA ? it.aSide.label : it.bSide.label}</Link> →{" "}
            <Link href={explorerHref(it.fromA ? it.bSide.id : it.aSide.id)}>{it.fromA ? it.bSide.label : it.aSide.label}</Link>
          </p>
          <h4>{t("basis")}</h4>
          {it.basis.length === 0 ? (
            <p className="muted">—</p>
          ) : (
            <ul className="basis" data-testid="basis">
              {it.basis.map((b) => {
                const ev = b.evidence[0];
                return (
                  <li key={b.id}>
                    <Link href={explorerHref(b.id)}>{b.act && b.act.id !== b.id ? `${b.label} (${b.act.label})` : b.label}</Link>
                    {ev && (
                      <>
                        {" · "}
                        <Link href={readerHref(ev.doc, ev, ev.anchor)}>{t("openInReader")}</Link>
                      </>
                    )}
                    {b.text && <p className="provision-text">{b.text}</p>}
                  </li>
                );
              })}
            </ul>
          )}
          <h4>{t("evidence")}</h4>
          <EvidenceList evidence={it.evidence} docTitles={docTitles} />
        </li>
      ))}
    </ol>
  );
}
