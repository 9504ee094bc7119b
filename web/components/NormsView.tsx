"use client";
// The norms that regulate a body or power, ordered by the hierarchy of acts (the API's rank).
import Link from "next/link";
import { useMemo } from "react";
import { useGql } from "../hooks/useGql";
import { useQueryParams } from "../hooks/useQueryParams";
import { isNotFound } from "../lib/graphql";
import { explorerHref } from "../lib/links";
import { DOCUMENTS, NORMS, type ApiDocumentInfo, type ApiNorm } from "../lib/queries";
import { EvidenceList } from "./EvidenceList";
import { ErrorMessage, Loading } from "./ErrorMessage";
import { useI18n } from "./I18nProvider";
import { NotFoundPanel } from "./NotFoundPanel";
import { SearchBox } from "./SearchBox";

export function NormsView() {
  const { t, edgeType } = useI18n();
  const [params, set] = useQueryParams();
  const id = params.get("id") ?? undefined;
  const q = useGql<{ node: { id: string; label: string; type: string } | null; norms: ApiNorm[] }>(NORMS, id ? { id } : null);
  const docs = useGql<{ documents: ApiDocumentInfo[] }>(DOCUMENTS, {});
  const docTitles = useMemo(() => new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title])), [docs.data]);
  // Group consecutive norms by act, keeping the API's order (by rank).
  const groups = useMemo(() => {
    const out: { act: ApiNorm["act"]; rank: number; norms: ApiNorm[] }[] = [];
    for (const n of q.data?.norms ?? []) {
      const last = out[out.length - 1];
      if (last && last.act.id === n.act.id) last.norms.push(n);
      else out.push({ act: n.act, rank: n.rank, norms: [n] });
    }
    return out;
  }, [q.data]);

  return (
    <div className="norms-page">
      <h1>{t("normsTitle")}</h1>
      <p>{t("normsIntro")}</p>
      <SearchBox label={t("normsPick")} types={["Body", "Power", "Principle"]} initialText={q.data?.node?.label ?? ""} testId="pick-norms" onChoose={(n) => set({ id: n.id })} />
      {q.error && isNotFound(q.error) && <NotFoundPanel message={t("notFoundNode", { id: id ?? "" })} />}
      {q.error && !isNotFound(q.error) && <ErrorMessage error={q.error} onRetry={q.retry} />}
      {q.loading && <Loading />}
      {q.data && !q.data.node && <NotFoundPanel message={t("notFoundNode", { id: id ?? "" })} />}
      {q.data?.node && (
        <>
          <h2>
            <Link href={explorerHref(q.data.node.id)}>{q.data.node.label}</Link>
          </h2>
          {groups.length === 0 ? (
            <p>{t("noNorms")}</p>
          ) : (
            <ol className="norms" data-testid="norms">
              {groups.map((g) => (
                <li key={g.act.id} data-rank={g.rank}>
                  <h3>
                    <Link href={explorerHref(g.act.id)}>{g.act.label}</Link>{" "}
                    <span className="muted">({String(g.act.props.actKind ?? "")})</span>
                  </h3>
                  <ul>
                    {g.norms.map((n) => (
                      <li key={`${n.node.id}|${n.relation}|${n.via?.id ?? ""}`} data-testid="norm">
                        <p>
                          <Link href={explorerHref(n.node.id)}>{n.node.label}</Link> — {edgeType(n.relation)}
                          {n.via && (
                            <>
                              {" "}
                              (<Link href={explorerHref(n.via.id)}>{n.via.label}</Link>)
                            </>
                          )}
                        </p>
                        <EvidenceList evidence={n.evidence} docTitles={docTitles} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
