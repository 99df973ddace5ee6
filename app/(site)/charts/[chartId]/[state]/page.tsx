import type { Metadata } from "next";
import { type ChartParams, generateChartParams, loadChart } from "@/app/chart-params";
import Link from "next/link";
import { ChartDownloads, ChartFigure } from "@/components/chart-figure";
import { CiteBox } from "@/components/cite-box";
import { dataVersion } from "@/lib/changelog";
import { absoluteUrl, SITE_NAME } from "@/lib/site";

export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const spec = await loadChart(params);
  return {
    title: spec.title,
    description: spec.takeaway,
    alternates: { canonical: absoluteUrl(spec.permalink) },
    openGraph: { title: spec.title, description: spec.takeaway, url: absoluteUrl(spec.permalink), siteName: SITE_NAME, type: "article" },
    twitter: { card: "summary_large_image", title: spec.title, description: spec.takeaway },
  };
}

/** The page behind a permalink: the proxy rewrites /charts/<id>?<canonical query> here. */
export default async function ChartPermalinkPage({ params }: { params: Promise<ChartParams> }) {
  const spec = await loadChart(params);
  const { chartId, state } = await params;
  const permalink = absoluteUrl(spec.permalink);
  return (
    <article className="permalink-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Overview</Link> › <Link href={`/events/${spec.state.event}`}>{spec.state.event}</Link> ›{" "}
        <Link href="/charts">All charts</Link>
      </nav>
      <ChartFigure spec={spec} headingLevel={1} permalink={false} />
      <section className="chart-actions" aria-label="Use this chart">
        <p>
          Permalink: <a href={spec.permalink}>{permalink}</a>
        </p>
        <p>
          <a href={`/charts/${chartId}/${state}/data.csv`} download>
            Download this chart’s data (CSV, {spec.data.length} rows)
          </a>{" "}
          · <a href={`/embed${spec.permalink}`}>Embeddable version</a>
        </p>
        <p>
          <ChartDownloads spec={spec} />
        </p>
      </section>
      <CiteBox title={spec.title} siteName={SITE_NAME} url={permalink} dataVersion={dataVersion()} accessed={new Date().toISOString().slice(0, 10)} />
    </article>
  );
}
