"use client";
// The principles that govern two bodies and their interaction, each with the bodies it governs, the
// norms that lay it down and the quotes that tie it to them.
import Link from "next/link";
import { explorerHref } from "../lib/links";
import type { ApiPrincipleUse } from "../lib/queries";
import { EvidenceList } from "./EvidenceList";
import { useI18n } from "./I18nProvider";

export function PrincipleList({ items, docTitles }: { items: ApiPrincipleUse[]; docTitles: Map<string, string> }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted" data-testid="no-principles">{t("noPrinciples")}</p>;
  return (
    <ul className="interactions principles" data-testid="principles">
      {items.map((u) => (
        <li key={u.principle.id} data-testid="principle">
          <h3>
            <Link href={explorerHref(u.principle.id)}>{u.principle.label}</Link>
            {u.interaction && <span className="badge"> · {t("principleOfInteraction")}</span>}
          </h3>
          <p className="muted">
            {t("governs")}:{" "}
            {u.bodies.map((b, i) => (
              <span key={b.id}>
                {i > 0 && ", "}
                <Link href={explorerHref(b.id)}>{b.label}</Link>
              </span>
            ))}
          </p>
          {u.establishedBy.length > 0 && (
            <p className="muted" data-testid="established-by">
              {t("establishedBy")}:{" "}
              {u.establishedBy.map((n, i) => (
                <span key={n.id}>
                  {i > 0 && "; "}
                  <Link href={explorerHref(n.id)}>{n.act && n.act.id !== n.id ? `${n.label} (${n.act.label})` : n.label}</Link>
                </span>
              ))}
            </p>
          )}
          <EvidenceList evidence={u.evidence} docTitles={docTitles} />
        </li>
      ))}
    </ul>
  );
}
