import type { Metadata } from "next";
import { CURRENT } from "@/lib/charts/drawings";
import Link from "next/link";
import { ChartPage, chartMetadata } from "@/app/chart-page";
import { type ChartParams, findChart, findRetired, generateChartParams, loadChart } from "@/app/chart-params";
import { latestRelease } from "@/lib/data/release-ids";

// Only canonical paths exist; the proxy answers other spellings with a 308 (see proxy.server.ts).
export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const found = await findChart(params);
  if (found) return chartMetadata(found.spec, CURRENT);
  const retired = await findRetired(params);
  return retired ? { title: `Not in the latest release: ${retired.title}`, robots: { index: false } } : { title: "Chart not found" };
}

/**
 * A chart as the latest release has it; cites and links its pinned URL in that release. A chart the
 * latest release has no figures for says so and links to it as last published — never another chart.
 */
export default async function ChartPermalinkPage({ params }: { params: Promise<ChartParams> }) {
  const chart = await loadChart(params);
  if ("spec" in chart) return <ChartPage spec={chart.spec} release={chart.release} pinned={false} />;
  const { retired } = chart;
  return (
    <article className="not-found" data-retired-chart={retired.release}>
      <h1>This chart is not in the latest data release</h1>
      <p>
        The latest release, {latestRelease()}, holds no figures this chart can draw: what it compared was found to count something else — one trial,
        a list of names or part of a measure — or to need a date that no source gives. The <Link href="/data#changes">data changelog</Link> says what
        changed and why.
      </p>
      <p>
        As last published, in release {retired.release}, it stays at its pinned address, unchanged:{" "}
        <Link href={retired.permalink}>{retired.title}</Link>.
      </p>
    </article>
  );
}
