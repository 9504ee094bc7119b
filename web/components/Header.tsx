"use client";
// Site header: the views and the language switch.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { LanguageSwitch, useI18n } from "./I18nProvider";

const LINKS = [
  { href: "/", key: "navExplorer" },
  { href: "/interaction", key: "navInteraction" },
  { href: "/norms", key: "navNorms" },
  { href: "/paths", key: "navPaths" },
] as const;

export function Header() {
  const { t } = useI18n();
  const path = usePathname();
  return (
    <header className="site-header chrome">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <Link href="/" className="brand">
        {t("appTitle")}
      </Link>
      <nav aria-label={t("navViews")}>
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
            {t(l.key)}
          </Link>
        ))}
      </nav>
      <LanguageSwitch />
    </header>
  );
}
