"use client";
// The document reader: cleaned text (Markdown from the API, through remark), its table of contents,
// mentions linked to their nodes, provisions addressable by #anchor, the linked quote highlighted.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useGql } from "../hooks/useGql";
import { labelFromId } from "../lib/elements";
import { highlightQuote } from "../lib/highlight";
import { explorerHref } from "../lib/links";
import { DOCUMENT, type ApiDocument } from "../lib/queries";
import { documentHtml, type Mention } from "../lib/readerHtml";
import { DocToc } from "./DocToc";
import { ErrorMessage, Loading } from "./ErrorMessage";
import { useI18n } from "./I18nProvider";
import { NotFoundPanel } from "./NotFoundPanel";

const TYPE_BY_PREFIX: Record<string, string> = { body: "Body", principle: "Principle", power: "Power", act: "Act" };

function mentionsOf(doc: ApiDocument): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const a of doc.anchors) {
    if (a.kind !== "mention") continue;
    const prefix = a.nodeId.split(":", 1)[0];
    const type = a.nodeId.includes("#") ? "Provision" : (TYPE_BY_PREFIX[prefix] ?? "Node");
    out.set(a.id, { nodeId: a.nodeId, label: labelFromId(a.nodeId), href: explorerHref(a.nodeId), type });
  }
  return out;
}

/** The quote range asked for: ?start=&end= or #q-START-END. */
function wantedRange(params: URLSearchParams, hash: string): { start: number; end: number } | null {
  const m = /^#?q-(\d+)-(\d+)$/.exec(hash);
  const start = Number(params.get("start") ?? m?.[1]);
  const end = Number(params.get("end") ?? m?.[2]);
  return Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
}

export function DocReader({ id }: { id: string }) {
  const { t } = useI18n();
  const params = useSearchParams();
  const q = useGql<{ document: ApiDocument | null }>(DOCUMENT, { id });
  const doc = q.data?.document ?? null;
  const mentions = useMemo(() => (doc ? mentionsOf(doc) : new Map<string, Mention>()), [doc]);
  const html = useMemo(() => (doc?.markdown ? documentHtml(doc.markdown, mentions) : ""), [doc, mentions]);
  const body = useRef<HTMLDivElement>(null);
  const [found, setFound] = useState<boolean | null>(null);

  // Highlight the quote and scroll to it (or to the #anchor) once the text is in the page.
  useEffect(() => {
    const el = body.current;
    if (!el || !doc || !html) return;
    el.querySelectorAll("mark.quote-hl").forEach((m) => m.replaceWith(...m.childNodes));
    const range = wantedRange(params, window.location.hash);
    if (range && doc.text) {
      const quote = doc.text.slice(range.start, range.end);
      const exact = document.getElementById(`q-${range.start}-${range.end}`);
      const before = doc.anchors.filter((a) => a.start <= range.start).sort((a, b) => b.start - a.start)[0];
      const from = exact ?? (before ? document.getElementById(before.id) : null);
      const marks = highlightQuote(el, quote, from);
      setFound(marks.length > 0);
      (marks[0] ?? from)?.scrollIntoView({ block: "center" });
      return;
    }
    setFound(null);
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash) document.getElementById(hash)?.scrollIntoView({ block: "start" });
  }, [html, doc, params]);

  if (q.error) return <ErrorMessage error={q.error} onRetry={q.retry} />;
  if (q.loading || !q.data) return <Loading />;
  if (!doc) return <NotFoundPanel message={t("notFoundDoc", { id })} />;

  const mentioned = [...new Map([...mentions.values()].map((m) => [m.nodeId, m])).values()].sort((a, b) => a.label.localeCompare(b.label, "ru"));
  return (
    <div className="reader">
      <div className="reader-side">
        <DocToc structure={doc.structure} />
        {mentioned.length > 0 && (
          <details className="mentions">
            <summary>
              {t("mentions")} ({mentioned.length})
            </summary>
            <ul>
              {mentioned.map((m) => (
                <li key={m.nodeId} className={`type-${m.type}`}>
                  <Link href={m.href}>{m.label}</Link>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <article className="reader-text" aria-labelledby="doc-title">
        <h1 id="doc-title">{doc.title}</h1>
        <p className="muted">
          {doc.kind} · {doc.lang} · {doc.path}
        </p>
        {found && (
          <p role="status" className="muted">
            {t("quoteHighlighted")}
          </p>
        )}
        <div ref={body} className="doc-body" data-testid="doc-body" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </div>
  );
}
