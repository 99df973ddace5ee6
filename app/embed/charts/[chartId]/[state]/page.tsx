import type { Metadata } from "next";
import { type ChartParams, generateChartParams, loadChart } from "@/app/chart-params";
import { ChartFigure } from "@/components/chart-figure";
import { absoluteUrl, SITE_NAME } from "@/lib/site";

export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const spec = await loadChart(params);
  return { title: spec.title, alternates: { canonical: absoluteUrl(spec.permalink) }, robots: { index: false } };
}

/** The chart with minimal chrome, for iframes; the only pages that may be framed elsewhere. */
export default async function EmbedPage({ params }: { params: Promise<ChartParams> }) {
  const spec = await loadChart(params);
  return (
    <main id="main" className="embed">
      <ChartFigure spec={spec} headingLevel={1} permalink={false} />
      <p className="embed-credit">
        <a href={absoluteUrl(spec.permalink)} target="_blank" rel="noopener">
          {SITE_NAME}: view, cite and download this chart
        </a>
      </p>
    </main>
  );
}
