"use client";
// Shown for a wrong id in a URL: says what was not found and where to go instead. Without a message (the
// app's not-found page, answered with HTTP 404) it names what the URL asked for: a document or a node.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useI18n } from "./I18nProvider";

function askedFor(path: string | null, focus: string | null): { key: "notFoundDoc" | "notFoundNode"; id: string } | null {
  const doc = path?.match(/^\/doc\/([^/]+)$/);
  if (doc) {
    try {
      return { key: "notFoundDoc", id: decodeURIComponent(doc[1]) };
    } catch {
      return { key: "notFoundDoc", id: doc[1] };
    }
  }
  if (path === "/" && focus) return { key: "notFoundNode", id: focus };
  return null;
}

export function NotFoundPanel({ message }: { message?: string }) {
  const { t } = useI18n();
  const path = usePathname();
  const params = useSearchParams();
  const asked = message === undefined ? askedFor(path, params?.get("focus") ?? null) : null;
  return (
    <section className="not-found" data-testid="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t("notFoundTitle")}</h1>
      <p>{message ?? (asked ? t(asked.key, { id: asked.id }) : t("notFoundPage"))}</p>
      <p>{t("notFoundHint")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </section>
  );
}
