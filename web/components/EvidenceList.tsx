"use client";
// Evidence quotes rendered through remark (sanitised HTML), each linking to its place in the reader.
import Link from "next/link";
import { useMemo } from "react";
import { readerHref } from "../lib/links";
import { quoteToHtml } from "../lib/markdown";
import type { ApiEvidence } from "../lib/queries";
import { useI18n } from "./I18nProvider";

export function Quote({ ev, docTitle }: { ev: ApiEvidence; docTitle?: string }) {
  const { t } = useI18n();
  const html = useMemo(() => quoteToHtml(ev.quote), [ev.quote]);
  return (
    <figure className="quote" data-testid="quote">
      <blockquote dangerouslySetInnerHTML={{ __html: html }} />
      <figcaption>
        <Link href={readerHref(ev.doc, ev, ev.anchor)} data-testid="quote-link">
          {t("openInReader")}
        </Link>{" "}
        <span className="muted">
          {docTitle ?? ev.doc}, {ev.start}–{ev.end}
        </span>
      </figcaption>
    </figure>
  );
}

export function EvidenceList({ evidence, docTitles }: { evidence: ApiEvidence[]; docTitles?: Map<string, string> }) {
  const { t } = useI18n();
  if (evidence.length === 0) return <p className="muted">{t("noEvidence")}</p>;
  return (
    <div className="evidence">
      {evidence.map((ev) => (
        <Quote key={`${ev.doc}:${ev.start}:${ev.end}`} ev={ev} docTitle={docTitles?.get(ev.doc)} />
      ))}
    </div>
  );
}
