import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MetricSections, PageNav } from "@/components/metric-sections";
import { getDataset } from "@/lib/data/dataset";
import { METRIC_IDS, type MetricId } from "@/lib/data/metrics";
import { ChartFigure } from "@/components/chart-figure";
import { chartSpec } from "@/lib/charts/registry";
import { metricIntro } from "@/lib/pages/overview";
import { metricPageSections } from "@/lib/pages/sections";
import { lang } from "@/lib/site/i18n";
import { pageLocale } from "../../../../page-locale";
import { pageAlternates } from "@/app/document";

export const dynamicParams = false;
export const generateStaticParams = () => METRIC_IDS.map((metric) => ({ metric }));

type Params = Promise<{ metric: string; locale?: string }>;
const metricOf = async (params: Params): Promise<MetricId> => {
  const { metric } = await params;
  if (!(METRIC_IDS as readonly string[]).includes(metric)) notFound();
  return metric as MetricId;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = await metricOf(params);
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  const metric = t(`term.metric.${id}`);
  return { title: metric, description: t("page.metricPage.description", { metric }), alternates: pageAlternates(locale, `/metrics/${id}`) };
}

export default async function MetricPage({ params }: { params: Params }) {
  const id = await metricOf(params);
  const locale = await pageLocale(params);
  const l = lang(locale);
  const { t } = l;
  const dataset = getDataset();
  const sections = metricPageSections(dataset, id, l);
  const intro = metricIntro(dataset, id, l);
  const compare = chartSpec(dataset, { chart: "compare", metric: id }, undefined, l);
  return (
    <>
      <h1>{t("page.metricPage.title", { metric: t(`term.metric.${id}`) })}</h1>
      <p className="lede">{intro.sentence}</p>
      <details className="measures">
        <summary>{t("page.metricPage.measures", { count: intro.measures.length })}</summary>
        <ul>
          {intro.measures.map((m) => (
            <li key={m.description}>{t("page.metricPage.measureCount", { measure: m.description, count: m.statements })}</li>
          ))}
        </ul>
      </details>
      <PageNav
        locale={locale}
        items={[...(compare ? [{ id: "both", title: t("page.metricPage.both") }] : []), ...sections.map((s) => ({ id: s.id, title: s.title }))]}
      />
      {compare && (
        <section id="both" aria-labelledby="both-heading">
          <h2 id="both-heading">{t("page.metricPage.both")}</h2>
          <ChartFigure spec={compare} />
        </section>
      )}
      <MetricSections sections={sections} locale={locale} />
    </>
  );
}
