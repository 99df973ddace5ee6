import { NotFoundBody } from "@/components/not-found-body";
import { SiteChrome } from "@/components/site-chrome";
import { PREFIXED_LOCALES } from "@/lib/site/locales";

/**
 * notFound() under /ru or /kk. A not-found page gets no params, so the language is the one its
 * page named; Next renders it inside that page's root layout, whose <html lang> is already right.
 */
export default function NotFound() {
  return (
    <SiteChrome locale="ru">
      {PREFIXED_LOCALES.map((l) => (
        <NotFoundBody key={l} locale={l} heading={l === "ru" ? "h1" : "h2"} />
      ))}
    </SiteChrome>
  );
}
