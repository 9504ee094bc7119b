"use client";
// The table of contents of a document: the structure of the acts in it, linking to provision anchors.
import type { ApiStructureNode } from "../lib/queries";
import { useI18n } from "./I18nProvider";

function Items({ items }: { items: ApiStructureNode[] }) {
  return (
    <ul>
      {items.map((s) => (
        <li key={s.node.id}>
          {s.node.anchor ? <a href={`#${s.node.anchor}`}>{s.node.label}</a> : <span>{s.node.label}</span>}
          {s.children && s.children.length > 0 && <Items items={s.children} />}
        </li>
      ))}
    </ul>
  );
}

export function DocToc({ structure }: { structure: ApiStructureNode[] }) {
  const { t } = useI18n();
  if (structure.length === 0) return null;
  return (
    <nav className="toc" aria-label={t("contents")} data-testid="toc">
      <h2>{t("contents")}</h2>
      <Items items={structure} />
    </nav>
  );
}
