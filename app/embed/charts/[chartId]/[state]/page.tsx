import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
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
  return { title: spec.title, alternates: { canonical: absoluteUrl(spec.permalink) }, robots: { index: false } };
}

/** The chart with minimal chrome, for iframes; the only pages that may be framed elsewhere. */
export default async function EmbedPage({ params }: { params: Promise<Params> }) {
  const spec = await load(params);
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
