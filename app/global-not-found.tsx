import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found-body";
import { SiteChrome } from "@/components/site-chrome";
import { PREFIXED_LOCALES } from "@/lib/site/locales";
import { Document } from "./document";

export const metadata: Metadata = { title: "Page not found · Страница не найдена · Бет табылмады" };

/**
 * An address that matches no route. It cannot know the reader's language (a static host serves one
 * 404.html for all), so under the English page it says the same in Russian and Kazakh, each with
 * the pages of its own language.
 */
export default function GlobalNotFound() {
  return (
    <Document locale="en">
      <SiteChrome locale="en">
        <NotFoundBody locale="en" />
        {PREFIXED_LOCALES.map((l) => (
          <NotFoundBody key={l} locale={l} heading="h2" />
        ))}
      </SiteChrome>
    </Document>
  );
}
