import type { Metadata } from "next";
import { ChartPage, chartMetadata } from "@/app/chart-page";
import { type ChartParams, findChart, generateChartParams, loadChart } from "@/app/chart-params";

// Only canonical paths exist; the proxy answers other spellings with a 308 (see proxy.server.ts).
export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release) : { title: "Chart not found" };
}

/** A chart as the latest release has it; cites and links its pinned URL in that release. */
export default async function ChartPermalinkPage({ params }: { params: Promise<ChartParams> }) {
  const { spec, release } = await loadChart(params);
  return <ChartPage spec={spec} release={release} />;
}
