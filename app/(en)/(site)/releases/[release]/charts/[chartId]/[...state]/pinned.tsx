import type { Metadata } from "next";
import { pageLocale } from "@/app/page-locale";
import { lang } from "@/lib/site/i18n";
import { ChartPage, chartMetadata } from "@/app/chart-page";
import { findChart, generatePinnedParams, loadPinned, type PinnedParams } from "@/app/chart-params";

/** Shared by page.server.tsx (`next start`) and page.export.tsx (`npm run export`), which differ only in dynamicParams. */
export const generateStaticParams = generatePinnedParams;

export async function generateMetadata({ params }: { params: Promise<PinnedParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release) : { title: lang(await pageLocale(params)).t("chartPage.notFound") };
}

/** A chart pinned to one data release: drawn from that release's files, forever. */
export default async function PinnedChartPage({ params }: { params: Promise<PinnedParams> }) {
  const { spec, release } = await loadPinned(params);
  return <ChartPage spec={spec} release={release} pinned />;
}
