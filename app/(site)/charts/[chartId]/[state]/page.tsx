import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { CiteBox } from "@/components/cite-box";
import { dataVersion } from "@/lib/changelog";
import { chartFromParams, chartStaticParams } from "@/lib/charts";
import { getDataset } from "@/lib/dataset";
import { absoluteUrl, SITE_NAME } from "@/lib/site";

export const dynamicParams = false;

type Params = { chartId: string; state: string };

export const generateStaticParams = (): Params[] => chartStaticParams(getDataset());

async function load(params: Promise<Params>) {
  const spec = chartFromParams(getDataset(), await params);
  if (!spec) notFound();
  return spec;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const spec = await load(params);
  return {
    title: spec.title,
    description: spec.takeaway,
    alternates: { canonical: absoluteUrl(spec.permalink) },
    openGraph: { title: spec.title, description: spec.takeaway, url: absoluteUrl(spec.permalink), siteName: SITE_NAME, type: "article" },
    twitter: { card: "summary_large_image", title: spec.title, description: spec.takeaway },
  };
}

/** The page behind a permalink: the proxy rewrites /charts/<id>?<canonical query> here. */
export default async function ChartPermalinkPage({ params }: { params: Promise<Params> }) {
  const spec = await load(params);
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
      </section>
      <CiteBox title={spec.title} siteName={SITE_NAME} url={permalink} dataVersion={dataVersion()} accessed={new Date().toISOString().slice(0, 10)} />
    </article>
  );
}
