import type { Metadata } from "next";
import { pageLocale } from "@/app/page-locale";
import { lang } from "@/lib/site/i18n";
import { chartMetadata, EmbedChart } from "@/app/chart-page";
import { findChart, generatePinnedParams, loadPinned, type PinnedParams } from "@/app/chart-params";

/** Shared by page.server.tsx (`next start`) and page.export.tsx (`npm run export`), which differ only in dynamicParams. */
export const generateStaticParams = generatePinnedParams;

export async function generateMetadata({ params }: { params: Promise<PinnedParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, found.release, true) : { title: lang(await pageLocale(params)).t("chartPage.notFound") };
}

/** A chart pinned to one data release, for iframes: what the embed snippet of every chart page points to. */
export default async function PinnedEmbedPage({ params }: { params: Promise<PinnedParams> }) {
  const { spec, release } = await loadPinned(params, true);
  return <EmbedChart spec={spec} release={release} pinned />;
}
