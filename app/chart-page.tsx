import type { Metadata } from "next";
import Link from "next/link";
import { ChartDownloads, ChartFigure } from "@/components/chart-figure";
import { CiteBox } from "@/components/cite-box";
import { SiteAddress, withSiteAddress } from "@/components/site-js";
import { chartPath } from "@/lib/charts/state";
import { chartImageSizes } from "@/lib/charts/drawings";
import type { ChartSpec } from "@/lib/charts/registry";
import { chartCsvPath, excelName } from "@/lib/publish/downloads";
import { EVENTS } from "@/lib/data/events";
import { METRICS } from "@/lib/data/metrics";
import { inLatest } from "@/lib/publish/releases";
import { publicUrl, SITE_NAME, SITE_URL } from "@/lib/site/origin";
import { pageAlternates } from "@/app/document";

/** The preview image of a chart in a release: a .png path, so that any static host serves it as an image. */
export const previewPath = (spec: ChartSpec, release: string) => `/og/${release}/${spec.id}.png`;

/** Metadata of a chart page; absolute addresses only when SITE_URL is set (Next would fill in localhost). */
export function chartMetadata(spec: ChartSpec, release: string, embed = false): Metadata {
  const url = SITE_URL ? publicUrl(spec.permalink) : undefined;
  return {
    title: spec.title,
    description: spec.takeaway,
    alternates: pageAlternates("en", null, url),
    ...(embed
      ? { robots: { index: false } }
      : {
          openGraph: {
            title: spec.title,
            description: spec.takeaway,
            url,
            siteName: SITE_NAME,
            type: "article",
            images: SITE_URL ? [{ url: publicUrl(previewPath(spec, release)), width: 1200, height: 630, alt: spec.title }] : undefined,
          },
          twitter: { card: "summary_large_image", title: spec.title, description: spec.takeaway },
        }),
  };
}

/** Height of the frame that fits a chart: its wide drawing, plus title, narration, source line and credit. */
const embedHeight = (spec: ChartSpec, release: string): number => chartImageSizes(spec.id, release).wide.height + 300;

export function embedSnippet(spec: ChartSpec, release: string): string {
  const src = publicUrl(`/embed${spec.permalink}`);
  const title = spec.title.replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]!);
  return `<iframe src="${src}" title="${title}" loading="lazy" width="100%" height="${embedHeight(spec, release)}" style="border:0"></iframe>`;
}

/** The page of one chart: unpinned (the latest release) or pinned to `release`. */
export function ChartPage({ spec, release }: { spec: ChartSpec; release: string }) {
  const newer = inLatest(release, spec);
  const csv = chartCsvPath(spec, release);
  return (
    <article className="permalink-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Overview</Link> ›{" "}
        {"event" in spec.state ? (
          <Link href={`/events/${spec.state.event}`}>{EVENTS[spec.state.event].name}</Link>
        ) : (
          <Link href={`/metrics/${spec.state.metric}`}>{METRICS[spec.state.metric].name}</Link>
        )}{" "}
        ›{" "}
        <Link href="/charts">All charts</Link>
      </nav>
      <p className="release-note" data-release={release}>
        {newer ? (
          <>
            This chart is pinned to data release <Link href="/data#releases">{release}</Link>, as it was then.{" "}
            <strong>
              A newer release, {newer.latest}, exists
              {newer.spec ? (newer.figuresChanged ? ": its figures for this chart have changed." : "; the figures of this chart are the same in it.") : ", and it no longer has this chart."}
            </strong>{" "}
            {newer.spec ? <Link href={newer.spec.permalink}>See this chart in release {newer.latest}</Link> : <Link href="/charts">See all current charts</Link>}.
          </>
        ) : (
          <>
            Data release <Link href="/data#releases">{release}</Link> (the latest). This chart’s permanent address, which will always show it as it is now:{" "}
            <Link href={spec.permalink}>{publicUrl(spec.permalink)}</Link>
          </>
        )}
      </p>
      <ChartFigure spec={spec} headingLevel={1} permalink={false} release={release} />
      <section className="chart-actions" aria-label="Use this chart">
        <p>
          Link to this chart:{" "}
          <a href={spec.permalink}>
            <SiteAddress>{publicUrl(spec.permalink)}</SiteAddress>
          </a>
        </p>
        <p>
          Its data: <a href={csv} download>CSV ({spec.data.length} rows)</a> ·{" "}
          <a href={excelName(csv)} download>
            CSV for Excel
          </a>{" "}
          (see <Link href="/data#which-csv">which to pick</Link>) · <a href={`/embed${spec.permalink}`}>Embeddable version</a>
        </p>
        <p>
          <ChartDownloads spec={spec} release={release} />
        </p>
        <h2 id="embed-title">Embed this chart</h2>
        <p>Copy this into a web page; the frame shows this chart from release {release}, and its links open outside the frame.</p>
        <pre className="embed-snippet" tabIndex={0} aria-labelledby="embed-title" data-format="iframe">
          {withSiteAddress(embedSnippet(spec, release), publicUrl(`/embed${spec.permalink}`))}
        </pre>
        {!SITE_URL && (
          // Reworded by public/site-js/cite.js once it has put the reader's origin before the addresses.
          <p className="site-url-note" data-site-address-note="The addresses on this page and in its citations begin with {origin}, the site you are reading this copy on." suppressHydrationWarning>
            This copy of the site was built without its public address (SITE_URL), so the addresses on this page and in its citations are relative to the site that serves it: put that site’s address before them.
          </p>
        )}
      </section>
      <CiteBox title={spec.title} siteName={SITE_NAME} url={publicUrl(spec.permalink)} chartId={spec.id} release={release} />
      <p className="unpinned-link">
        The same chart with the latest data, always: <Link href={chartPath(spec.state)}>{chartPath(spec.state)}</Link>
      </p>
    </article>
  );
}

/** A chart for a frame on another site: minimal chrome; every link opens in the top window, not the frame. */
export function EmbedChart({ spec, release }: { spec: ChartSpec; release: string }) {
  return (
    <main id="main" className="embed">
      {/* Applies to every link of the document, including the passage links in the table. */}
      <base target="_top" />
      <ChartFigure spec={spec} headingLevel={1} permalink={false} release={release} />
      <p className="embed-credit">
        <a href={publicUrl(spec.permalink)} target="_top">
          {SITE_NAME}: view, cite and download this chart (data release {release})
        </a>
      </p>
    </main>
  );
}
