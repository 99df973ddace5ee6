import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { ChartDownloads, ChartFigure } from "@/components/chart-figure";
import { CiteBox } from "@/components/cite-box";
import { SiteAddress, withSiteAddress } from "@/components/site-js";
import { chartPath } from "@/lib/charts/state";
import { CURRENT, chartImages } from "@/lib/charts/drawings";
import type { ChartSpec } from "@/lib/charts/registry";
import { chartDataPaths, inLatest, releasesInEveryLanguage } from "@/lib/publish/frozen-charts";
import { pinnedRelease } from "@/lib/data/release-ids";
import { lang } from "@/lib/site/i18n";
import { inEveryLanguage, localePath, splitLocale } from "@/lib/site/locales";
import { publicUrl, SITE_URL } from "@/lib/site/origin";
import { pageAlternates } from "@/app/document";

/** The address of a chart's embeddable version: /embed before the chart's path, after its language. */
export function embedPath(pagePath: string): string {
  const { locale, path } = splitLocale(pagePath);
  return localePath(locale, `/embed${path}`);
}

/** A pinned chart's address without its language prefix, when it exists in every language (else null: no alternates). */
function translatedPath(spec: ChartSpec): string | null {
  const { path } = splitLocale(spec.permalink);
  return inEveryLanguage(path, releasesInEveryLanguage()) ? path : null;
}

/** Metadata of a chart page; absolute addresses only when SITE_URL is set (Next would fill in localhost). */
export function chartMetadata(spec: ChartSpec, edition: string, embed = false): Metadata {
  const url = SITE_URL ? publicUrl(spec.permalink) : undefined;
  // The preview is the chart's slide: 16:9 is what link cards show whole, and it is the chart's one PNG.
  const preview = embed ? null : chartImages(spec.id, edition, spec.locale).slide;
  const site = lang(spec.locale).t("term.site");
  return {
    title: spec.title,
    description: spec.takeaway,
    alternates: pageAlternates(spec.locale, translatedPath(spec), url),
    ...(embed
      ? { robots: { index: false } }
      : {
          openGraph: {
            title: spec.title,
            description: spec.takeaway,
            url,
            siteName: site,
            type: "article",
            images: SITE_URL && preview ? [{ url: publicUrl(preview.url), width: preview.width, height: preview.height, alt: spec.title }] : undefined,
          },
          twitter: { card: "summary_large_image", title: spec.title, description: spec.takeaway },
        }),
  };
}

/** Height of the frame that fits a chart: its wide drawing, plus title, narration, source line and credit. */
const embedHeight = (spec: ChartSpec, edition: string): number => chartImages(spec.id, edition, spec.locale).wide.height + 300;

export function embedSnippet(spec: ChartSpec, edition: string): string {
  const src = publicUrl(embedPath(spec.permalink));
  const title = spec.title.replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]!);
  return `<iframe src="${src}" title="${title}" loading="lazy" width="100%" height="${embedHeight(spec, edition)}" style="border:0"></iframe>`;
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/**
 * The page of one chart, in the chart's language: unpinned (today's drawing of the latest release's
 * data) or pinned to `release` (its frozen document). Its rows and metadata are files beside it
 * (<page>.csv, <page>.metadata.json).
 */
export function ChartPage({ spec, release, pinned }: { spec: ChartSpec; release: string; pinned: boolean }) {
  const { locale } = spec;
  const { t } = lang(locale);
  const to = (path: string) => localePath(locale, path);
  const newer = inLatest(release, spec);
  const edition = pinned ? release : CURRENT;
  // What the permalink, the embed and the citation name: the release that pinned what this page says.
  const cited = pinned ? release : pinnedRelease(spec.id, locale);
  const unpinned = to(chartPath(spec.state));
  const data = chartDataPaths(pinned ? spec.permalink : unpinned);
  const releases = (chunks: ReactNode) => <Link href={to("/data#releases")}>{chunks}</Link>;
  return (
    <article className="permalink-page">
      <nav aria-label={t("chartPage.breadcrumb")} className="breadcrumb">
        <Link href={to("/")}>{t("chartPage.overview")}</Link> ›{" "}
        {"event" in spec.state ? (
          <Link href={to(`/events/${spec.state.event}`)}>{t(`term.event.${spec.state.event}`)}</Link>
        ) : (
          <Link href={to(`/metrics/${spec.state.metric}`)}>{t(`term.metric.${spec.state.metric}`)}</Link>
        )}{" "}
        › <Link href={to("/charts")}>{t("gallery.title")}</Link>
      </nav>
      <p className="release-note" data-release={release}>
        {newer ? (
          <>
            {t.rich("chartPage.pinned", { release, a: releases })}{" "}
            {strong(t("chartPage.newer", { latest: newer.latest, state: !newer.spec ? "gone" : newer.unchanged ? "unchanged" : newer.figuresChanged ? "changed" : "same" }))}
            {!newer.unchanged && (
              <>
                {" "}
                {newer.spec ? <Link href={newer.spec.permalink}>{t("chartPage.seeInLatest", { latest: newer.latest })}</Link> : <Link href={to("/charts")}>{t("chartPage.seeAll")}</Link>}.
              </>
            )}
          </>
        ) : (
          <>
            {t.rich("chartPage.latest", { release, a: releases })} <Link href={spec.permalink}>{publicUrl(spec.permalink)}</Link>
          </>
        )}
      </p>
      <ChartFigure spec={spec} headingLevel={1} permalink={false} edition={edition} />
      <section className="chart-actions" aria-label={t("chartPage.use")}>
        <p>
          {t("chartPage.link")}{" "}
          <a href={spec.permalink}>
            <SiteAddress>{publicUrl(spec.permalink)}</SiteAddress>
          </a>
        </p>
        <p>
          {t("chartPage.data")}{" "}
          <a href={data.csv} download>
            {t("chartPage.csv", { count: spec.data.length })}
          </a>{" "}
          ·{" "}
          <a href={data.xlsx} download>
            {t("chartPage.xlsx", { xlsx: ".xlsx" })}
          </a>{" "}
          ({t.rich("chartPage.whichCsv", { a: (chunks) => <Link href={to("/data#which-csv")}>{chunks}</Link> })}) ·{" "}
          <a href={data.metadata}>{t("chartPage.metadata", { json: "JSON" })}</a> (
          {t.rich("chartPage.forPrograms", { a: (chunks) => <Link href={to("/data#chart-data")}>{chunks}</Link> })}) ·{" "}
          <a href={embedPath(spec.permalink)}>{t("chartPage.embeddable")}</a>
        </p>
        <p>
          <ChartDownloads spec={spec} edition={edition} />
        </p>
        <h2 id="embed-title">{t("chartPage.embedTitle")}</h2>
        <p>{t("chartPage.embedBody", { release: cited })}</p>
        <pre className="embed-snippet" tabIndex={0} aria-labelledby="embed-title" data-format="iframe">
          {withSiteAddress(embedSnippet(spec, edition), publicUrl(embedPath(spec.permalink)))}
        </pre>
        {!SITE_URL && (
          // Reworded by public/site-js/cite.js once it has put the reader's origin before the addresses.
          <p className="site-url-note" data-site-address-note={t("chartPage.siteAddressNote", { origin: "{origin}" })} suppressHydrationWarning>
            {t("chartPage.noSiteUrl")}
          </p>
        )}
      </section>
      <CiteBox title={spec.title} siteName={t("term.site")} url={publicUrl(spec.permalink)} chartId={spec.id} release={cited} locale={locale} />
      <p className="unpinned-link">
        {t("chartPage.unpinned")} <Link href={unpinned}>{unpinned}</Link>
      </p>
    </article>
  );
}

/** A chart for a frame on another site: minimal chrome; every link opens in the top window, not the frame. */
export function EmbedChart({ spec, release, pinned }: { spec: ChartSpec; release: string; pinned: boolean }) {
  const { t } = lang(spec.locale);
  return (
    <main id="main" className="embed">
      {/* Applies to every link of the document, including the passage links in the table. */}
      <base target="_top" />
      <ChartFigure spec={spec} headingLevel={1} permalink={false} edition={pinned ? release : CURRENT} />
      <p className="embed-credit">
        <a href={publicUrl(spec.permalink)} target="_top">
          {t("chartPage.embedCredit", { site: t("term.site"), release })}
        </a>
      </p>
    </main>
  );
}
