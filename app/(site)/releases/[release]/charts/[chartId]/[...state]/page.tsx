import type { Metadata } from "next";
import { ChartPage, chartMetadata } from "@/app/chart-page";
import { findChart, generatePinnedParams, loadPinned, type PinnedParams } from "@/app/chart-params";

// Pinned charts that exist are prerendered; other addresses render on request only to redirect
// (a non-canonical spelling → 308; an unknown release or a chart the release lacks → app/missing's 404).
export const dynamicParams = true;

export const generateStaticParams = generatePinnedParams;

export async function generateMetadata({ params }: { params: Promise<PinnedParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release) : { title: "Chart not found" };
}

/** A chart pinned to one data release: drawn from that release's files, forever. */
export default async function PinnedChartPage({ params }: { params: Promise<PinnedParams> }) {
  const { spec, release } = await loadPinned(params);
  return <ChartPage spec={spec} release={release} />;
}
