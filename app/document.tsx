import type { Metadata } from "next";
import { FEED_PATH } from "@/lib/publish/feed";
import { SITE_URL } from "@/lib/site/origin";
import { lang } from "@/lib/site/i18n";
import { languageAlternates, type Locale } from "@/lib/site/locales";
import "./globals.css";

const feed = (locale: Locale) => ({ "application/atom+xml": [{ url: FEED_PATH, title: lang(locale).t("chrome.feedTitle") }] });

/**
 * A page's alternates: its address in every language (when it has them), its canonical address, and
 * the feed of releases — all three here, because Next replaces a layout's `alternates`, never merges it.
 */
export function pageAlternates(locale: Locale, path: string | null, canonical?: string): NonNullable<Metadata["alternates"]> {
  return { ...(canonical ? { canonical } : {}), ...(path ? { languages: languageAlternates(path) } : {}), types: feed(locale) };
}

/** What every page's head carries, in the page's language (the root layouts of app/(en) and app/[locale]). */
export function rootMetadata(locale: Locale): Metadata {
  const { t } = lang(locale);
  return {
    // Without SITE_URL no absolute address is emitted at all (see lib/site/origin.ts).
    metadataBase: SITE_URL ? new URL(SITE_URL) : undefined,
    title: { default: t("term.site"), template: `%s · ${t("term.site")}` },
    description: t("chrome.description"),
    icons: { icon: "/icon.svg" },
    alternates: pageAlternates(locale, null),
  };
}

/**
 * The document around every page: `<html lang>` is the page's language, set on the server. The
 * public origin rides along as a CSS string, so that a printed page writes the site's own links
 * out as full addresses (globals.css, @media print); without SITE_URL they print site-relative.
 */
export function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const style = SITE_URL ? ({ "--site-origin": JSON.stringify(SITE_URL) } as React.CSSProperties) : undefined;
  return (
    <html lang={locale}>
      <body style={style}>{children}</body>
    </html>
  );
}
