import type { Metadata } from "next";
import { CURRENT } from "@/lib/charts/drawings";
import { chartMetadata, EmbedChart } from "@/app/chart-page";
import { pageLocale } from "@/app/page-locale";
import { lang } from "@/lib/site/i18n";
import { type ChartParams, findChart, generateChartParams, loadChart } from "@/app/chart-params";

// Only canonical paths exist; the proxy answers other spellings with a 308 (see proxy.server.ts).
export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function generateMetadata({ params }: { params: Promise<ChartParams> }): Promise<Metadata> {
  const found = await findChart(params);
  return found ? chartMetadata(found.spec, CURRENT, true) : { title: lang(await pageLocale(params)).t("chartPage.notFound") };
}

/** The latest release's chart with minimal chrome, for iframes; the only pages that may be framed elsewhere. */
export default async function EmbedPage({ params }: { params: Promise<ChartParams> }) {
  const chart = await loadChart(params);
  if ("spec" in chart) return <EmbedChart spec={chart.spec} release={chart.release} pinned={false} />;
  const { t } = lang(await pageLocale(params));
  return (
    <article className="embed" data-retired-chart={chart.retired.release}>
      <p>
        {t("chartPage.retiredEmbed", { release: chart.retired.release })}{" "}
        <a href={chart.retired.permalink} target="_top">
          {chart.retired.title}
        </a>
        .
      </p>
    </article>
  );
}
