import type { Metadata } from "next";
import Link from "next/link";
import { getDataset } from "@/lib/data/dataset";
import { sourcesByPublisherType } from "@/lib/ledger/source-figures";
import { gallery } from "@/lib/pages/gallery";
import { resultCounts } from "@/lib/pages/search";
import { lang } from "@/lib/site/i18n";
import { localePath } from "@/lib/site/locales";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return { title: t("search.title"), description: t("search.description"), alternates: pageAlternates(locale, "/search") };
}

/**
 * Where the header's search box leads: with JavaScript, public/site-js/search.js lists the results
 * for `?q=` here; without it (and in any case below them) every chart and every source, so that the
 * box never leads nowhere. The query is read in the browser only: the page is the same static file for every query.
 */
export default async function SearchPage({ params }: { params: Params }) {
  const l = lang(await pageLocale(params));
  const { t } = l;
  const dataset = getDataset();
  const events = gallery(dataset, l);
  const sources = sourcesByPublisherType(dataset, l).flatMap((g) => g.sources.map((s) => s.source));
  return (
    <>
      <h1>{t("search.title")}</h1>
      <p className="lede">{t("search.lede")}</p>
      <noscript>
        <p>{t("search.noScript")}</p>
      </noscript>
      {/* Filled by the script with the count (from data-counts, formatted here) and the results; an empty innerHTML keeps React from touching them. */}
      <div id="search-page-results" aria-live="polite" data-counts={JSON.stringify(resultCounts(dataset, l))} dangerouslySetInnerHTML={{ __html: "" }} />
      <section aria-labelledby="search-charts">
        <h2 id="search-charts">{t("search.charts")}</h2>
        {events.map((e) => (
          <div key={e.event}>
            <h3>{e.title}</h3>
            {e.groups.map((g) => (
              <div key={g.id}>
                <h4>{g.title}</h4>
                <ul>
                  {g.items.map((i) => (
                    <li key={i.href}>
                      <Link href={i.href} prefetch={false}>
                        {i.title}
                      </Link>
                      {i.variants.map((v) => (
                        <span key={v.href}>
                          {" · "}
                          <Link href={v.href} prefetch={false}>
                            {v.label}
                          </Link>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </section>
      <section aria-labelledby="search-sources">
        <h2 id="search-sources">{t("search.sources")}</h2>
        <ul>
          {sources.map((s) => (
            <li key={s.source_id}>
              <Link href={`${localePath(l.locale, "/sources")}#${s.source_id}`} prefetch={false}>
                {s.title}
              </Link>{" "}
              <span className="source-meta">— {l.name("publisher", s.publisher)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
