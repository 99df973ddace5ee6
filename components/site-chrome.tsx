import Link from "next/link";
import { latestRelease } from "@/lib/data/release-ids";
import { EVENT_IDS } from "@/lib/data/events";
import { lang } from "@/lib/site/i18n";
import { type Locale, localePath } from "@/lib/site/locales";
import { releasesInEveryLanguage } from "@/lib/publish/frozen-charts";
import { SITE_URL } from "@/lib/site/origin";
import { LanguageSwitch } from "./language-switch";
import { PrintedFrom } from "./printed-from";
import { SiteScript } from "./site-js";
import { ACCESS_DATE } from "@/lib/publish/citation";
import { SiteSearch } from "./site-search";

/** Stand for the page's address and the date in the printed-from and printed-on lines, which are split around them. */
const ADDRESS = "{address}";
const DATE = "{date}";
const PRINT_DATE_BLANK = "____________";

/** The site's header, navigation and footer, around every page but embeds (and around the 404 page). */
export function SiteChrome({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const { t } = lang(locale);
  const to = (path: string) => localePath(locale, path);
  const [before, after] = t("chrome.printedFrom", { site: t("term.site"), address: ADDRESS }).split(ADDRESS) as [string, string];
  const printedOn = t("chrome.printedOn", { date: DATE }).split(DATE) as [string, string];
  return (
    <>
      <a className="skip" href="#main">
        {t("chrome.skip")}
      </a>
      <header className="site-header">
        <Link href={to("/")} className="site-name">
          {t("term.site")}
        </Link>
        <LanguageSwitch locale={locale} label={t("chrome.languages")} translatedReleases={releasesInEveryLanguage()} />
        <SiteSearch locale={locale} />
        <nav aria-label={t("chrome.mainNav")} className="site-nav">
          <ul>
            {EVENT_IDS.map((e) => (
              <li key={e}><Link href={to(`/events/${e}`)}>{t(`term.event.${e}-short`)}</Link></li>
            ))}
            <li><Link href={to("/metrics/deaths")}>{t("term.metric.deaths")}</Link></li>
            <li><Link href={to("/metrics/injuries")}>{t("term.metric.injuries")}</Link></li>
            <li><Link href={to("/metrics/detentions")}>{t("term.metric.detentions")}</Link></li>
            <li><Link href={to("/metrics/protester-convictions")}>{t("term.metric.protester-convictions-short")}</Link></li>
            <li><Link href={to("/metrics/officer-prosecutions")}>{t("term.metric.officer-prosecutions-short")}</Link></li>
            <li><Link href={to("/charts")}>{t("chrome.allCharts")}</Link></li>
            {/* Not prefetched: the explorer's payload is its data, and its client code (Recharts) would load with it on every page. */}
            <li><Link href={to("/explore")} prefetch={false}>{t("chrome.explore")}</Link></li>
            <li><Link href={to("/sources")}>{t("chrome.sources")}</Link></li>
            <li><Link href={to("/methodology")}>{t("chrome.methodology")}</Link></li>
            <li><Link href={to("/data")}>{t("chrome.data")}</Link></li>
          </ul>
        </nav>
      </header>
      {/* What Pagefind indexes of a page (scripts/search-index.ts): its content, not the chrome every page repeats. */}
      <main id="main" data-pagefind-body="">
        {children}
      </main>
      {/* On paper the footer says where the page comes from: the site, the page's address, the release and the licence. */}
      <footer className="site-footer">
        <p className="screen-only">{t("chrome.footerPromise")}</p>
        <PrintedFrom origin={SITE_URL ?? ""} before={before} after={after} />
        <p>
          {t("chrome.dataRelease")} <Link href={to("/data#releases")}>{latestRelease()}</Link> · {t("chrome.licence")}{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a> · {t("chrome.code")} ·{" "}
          <Link href={to("/methodology")}>{t("chrome.howChosen")}</Link>
        </p>
        {!SITE_URL && <p className="print-only">{t("chrome.printRelative")}</p>}
        {/*
          The date of printing is the reader's today, which only their browser knows: our script fills it in
          (as it does a citation's access date, from the same patterns); without it the line is a blank to write on.
        */}
        <p className="print-only" data-months={JSON.stringify(ACCESS_DATE[locale].months)} data-date-forms={JSON.stringify(ACCESS_DATE[locale].forms)} data-format="plain">
          {printedOn[0]}
          <span data-accessed="" suppressHydrationWarning>
            {PRINT_DATE_BLANK}
          </span>
          {printedOn[1]}
        </p>
        <SiteScript />
      </footer>
    </>
  );
}
