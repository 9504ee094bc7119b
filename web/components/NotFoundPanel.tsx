"use client";
// Shown for a wrong id in a URL: says what was not found and where to go instead.
import Link from "next/link";
import { useI18n } from "./I18nProvider";

export function NotFoundPanel({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <section className="not-found" data-testid="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t("notFoundTitle")}</h1>
      <p>{message ?? t("notFoundPage")}</p>
      <p>{t("notFoundHint")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </section>
  );
}
