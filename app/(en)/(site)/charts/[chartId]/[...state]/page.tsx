import type { Metadata } from "next";
import { CURRENT } from "@/lib/charts/drawings";
import Link from "next/link";
import { ChartPage, chartMetadata } from "@/app/chart-page";
import { type ChartParams, findChart, findRetired, generateChartParams, loadChart } from "@/app/chart-params";
import { latestRelease } from "@/lib/data/release-ids";
import { lang } from "@/lib/site/i18n";
import { localePath } from "@/lib/site/locales";
import { pageLocale } from "@/app/page-locale";

// Only canonical paths exist; the proxy answers other spellings with a 308 (see proxy.server.ts).
export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const found = await findChart(params);
  if (found) return chartMetadata(found.spec, CURRENT);
  const retired = await findRetired(params);
  const { t } = lang(await pageLocale(params));
  return retired ? { title: t("chartPage.retiredTitle", { title: retired.title }), robots: { index: false } } : { title: t("chartPage.notFound") };
}

/**
 * A chart as the latest release has it; cites and links its pinned URL in that release. A chart the
 * latest release has no figures for says so and links to it as last published — never another chart.
 */
export default async function ChartPermalinkPage({ params }: { params: Promise<ChartParams> }) {
  const chart = await loadChart(params);
  if ("spec" in chart) return <ChartPage spec={chart.spec} release={chart.release} pinned={false} />;
  const { retired } = chart;
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return (
    <article className="not-found" data-retired-chart={retired.release}>
      <h1>{t("chartPage.retiredHeading")}</h1>
      <p>{t.rich("chartPage.retiredBody", { latest: latestRelease(), a: (chunks) => <Link href={localePath(locale, "/data#changes")}>{chunks}</Link> })}</p>
      <p>
        {t("chartPage.retiredLink", { release: retired.release })} <Link href={retired.permalink}>{retired.title}</Link>.
      </p>
    </article>
  );
}
