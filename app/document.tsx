import type { Metadata } from "next";
import { FEED_PATH } from "@/lib/publish/feed";
import { SITE_URL } from "@/lib/site/origin";
import { lang } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import "./globals.css";

/** What every page's head carries, in the page's language (the root layouts of app/(en) and app/[locale]). */
export function rootMetadata(locale: Locale): Metadata {
  const { t } = lang(locale);
  return {
    // Without SITE_URL no absolute address is emitted at all (see lib/site/origin.ts).
    metadataBase: SITE_URL ? new URL(SITE_URL) : undefined,
    title: { default: t("term.site"), template: `%s · ${t("term.site")}` },
    description: t("chrome.description"),
    icons: { icon: "/icon.svg" },
    alternates: { types: { "application/atom+xml": [{ url: FEED_PATH, title: t("chrome.feedTitle") }] } },
  };
}

/** The document around every page: `<html lang>` is the page's language, set on the server. */
export function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
