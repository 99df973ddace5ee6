import type { Metadata } from "next";
import Link from "next/link";
import { ChartDownloads, ChartFigure } from "@/components/chart-figure";
import { CiteBox } from "@/components/cite-box";
import { chartPath } from "@/lib/charts/state";
import { CURRENT, chartImages, standaloneImage } from "@/lib/charts/drawings";
import type { ChartSpec } from "@/lib/charts/registry";
import { excelName } from "@/lib/publish/downloads";
import { EVENTS } from "@/lib/data/events";
import { METRICS } from "@/lib/data/metrics";
import { chartDataPaths, inLatest } from "@/lib/publish/frozen-charts";
import { publicUrl, SITE_NAME, SITE_URL } from "@/lib/site/origin";
import { pageAlternates } from "@/app/document";

/** Metadata of a chart page; absolute addresses only when SITE_URL is set (Next would fill in localhost). */
export function chartMetadata(spec: ChartSpec, edition: string, embed = false): Metadata {
  const url = SITE_URL ? publicUrl(spec.permalink) : undefined;
  // The preview is the chart's standalone image: one PNG per drawing, not a second render in another frame.
  const preview = embed ? null : standaloneImage(spec.id, edition, spec.locale).png;
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
            images: SITE_URL && preview ? [{ url: publicUrl(preview.url), width: preview.width, height: preview.height, alt: spec.title }] : undefined,
          },
          twitter: { card: "summary_large_image", title: spec.title, description: spec.takeaway },
        }),
  };
}

/** Height of the frame that fits a chart: its wide drawing, plus title, narration, source line and credit. */
const embedHeight = (spec: ChartSpec, edition: string): number => chartImages(spec.id, edition, spec.locale).wide.height + 300;

export function embedSnippet(spec: ChartSpec, edition: string): string {
  const src = publicUrl(`/embed${spec.permalink}`);
  const title = spec.title.replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]!);
  return `<iframe src="${src}" title="${title}" loading="lazy" width="100%" height="${embedHeight(spec, edition)}" style="border:0"></iframe>`;
}

/**
 * The page of one chart: unpinned (today's drawing of the latest release's data) or pinned to
 * `release` (its frozen document). Its rows and metadata are files beside it (<page>.csv, <page>.metadata.json).
 */
export function ChartPage({ spec, release, pinned }: { spec: ChartSpec; release: string; pinned: boolean }) {
  const newer = inLatest(release, spec);
  const edition = pinned ? release : CURRENT;
  const data = chartDataPaths(pinned ? spec.permalink : chartPath(spec.state));
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
            Data release <Link href="/data#releases">{release}</Link> (the latest). This chart’s permanent address, which will always show it as that release has it:{" "}
            <Link href={spec.permalink}>{publicUrl(spec.permalink)}</Link>
          </>
        )}
      </p>
      <ChartFigure spec={spec} headingLevel={1} permalink={false} edition={edition} />
      <section className="chart-actions" aria-label="Use this chart">
        <p>
          Link to this chart: <a href={spec.permalink}>{publicUrl(spec.permalink)}</a>
        </p>
        <p>
          Its data: <a href={data.csv} download>CSV ({spec.data.length} rows)</a> ·{" "}
          <a href={excelName(data.csv)} download>
            CSV for Excel
          </a>{" "}
          (see <Link href="/data#which-csv">which to pick</Link>) · <a href={data.metadata}>metadata (JSON)</a> (see <Link href="/data#chart-data">for programs</Link>) ·{" "}
          <a href={`/embed${spec.permalink}`}>Embeddable version</a>
        </p>
        <p>
          <ChartDownloads spec={spec} edition={edition} />
        </p>
        <h2 id="embed-title">Embed this chart</h2>
        <p>Copy this into a web page; the frame shows this chart from release {release}, and its links open outside the frame.</p>
        <pre className="embed-snippet" tabIndex={0} aria-labelledby="embed-title" data-format="iframe">
          {embedSnippet(spec, edition)}
        </pre>
        {!SITE_URL && <p className="site-url-note">This copy of the site was built without SITE_URL, so addresses above are relative to it.</p>}
      </section>
      <CiteBox title={spec.title} siteName={SITE_NAME} url={publicUrl(spec.permalink)} chartId={spec.id} release={release} />
      <p className="unpinned-link">
        The same chart with the latest data, always: <Link href={chartPath(spec.state)}>{chartPath(spec.state)}</Link>
      </p>
    </article>
  );
}

/** A chart for a frame on another site: minimal chrome; every link opens in the top window, not the frame. */
export function EmbedChart({ spec, release, pinned }: { spec: ChartSpec; release: string; pinned: boolean }) {
  return (
    <main id="main" className="embed">
      {/* Applies to every link of the document, including the passage links in the table. */}
      <base target="_top" />
      <ChartFigure spec={spec} headingLevel={1} permalink={false} edition={pinned ? release : CURRENT} />
      <p className="embed-credit">
        <a href={publicUrl(spec.permalink)} target="_top">
          {SITE_NAME}: view, cite and download this chart (data release {release})
        </a>
      </p>
    </main>
  );
}
