import { lang } from "@/lib/site/i18n";
import { type Locale, localePath } from "@/lib/site/locales";

/**
 * The search box of the header: a plain GET form to the language's search page, which lists every
 * chart and source, so that without JavaScript submitting it always lands on real content. With
 * JavaScript, public/site-js/search.js loads Pagefind when the box is first used and lists the best
 * results under it; the words it needs are the server's, in data attributes (nothing is formatted in
 * the browser).
 */
export function SiteSearch({ locale }: { locale: Locale }) {
  const { t } = lang(locale);
  // The static bundle's pages are folders (/search/): a host that adds the slash by redirecting may drop the query.
  const action = `${localePath(locale, "/search")}${process.env.NEXT_OUTPUT === "export" ? "/" : ""}`;
  return (
    <form role="search" method="get" action={action} className="site-search" data-none={t("search.none")} data-all={t("search.all")}>
      <label htmlFor="site-search-q" className="visually-hidden">
        {t("search.label")}
      </label>
      <input id="site-search-q" type="search" name="q" placeholder={t("search.placeholder")} autoComplete="off" />
      <button type="submit">{t("search.submit")}</button>
      {/* Filled by the script; an empty innerHTML keeps React from touching what it puts there. */}
      <div className="site-search-results" aria-live="polite" dangerouslySetInnerHTML={{ __html: "" }} />
      <script async src="/site-js/search.js" />
    </form>
  );
}
