import type { Metadata } from "next";
import { chartMetadata, EmbedChart } from "@/app/chart-page";
import { findChart, generatePinnedParams, loadPinned, type PinnedParams } from "@/app/chart-params";

// As for pinned chart pages: other addresses render on request only to redirect (308, or to app/missing's 404).
export const dynamicParams = true;

export const generateStaticParams = generatePinnedParams;

export async function generateMetadata({ params }: { params: Promise<PinnedParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release, true) : { title: "Chart not found" };
}

/** A chart pinned to one data release, for iframes: what the embed snippet of every chart page points to. */
export default async function PinnedEmbedPage({ params }: { params: Promise<PinnedParams> }) {
  const { spec, release } = await loadPinned(params, true);
  return <EmbedChart spec={spec} release={release} />;
}
