import type { Metadata } from "next";
import { chartMetadata, EmbedChart } from "@/app/chart-page";
import { type ChartParams, findChart, generateChartParams, loadChart } from "@/app/chart-params";

// Only canonical paths exist; the proxy answers other spellings with a 308 (see proxy.server.ts).
export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release, true) : { title: "Chart not found" };
}

/** The latest release's chart with minimal chrome, for iframes; the only pages that may be framed elsewhere. */
export default async function EmbedPage({ params }: { params: Promise<ChartParams> }) {
  const { spec, release } = await loadChart(params);
  return <EmbedChart spec={spec} release={release} />;
}
