import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MetricSections, PageNav } from "@/components/metric-sections";
import { getDataset } from "@/lib/data/dataset";
import { METRIC_IDS, METRICS, type MetricId } from "@/lib/data/metrics";
import { ChartFigure } from "@/components/chart-figure";
import { chartSpec } from "@/lib/charts/registry";
import { metricIntro } from "@/lib/pages/overview";
import { metricPageSections } from "@/lib/pages/sections";

export const dynamicParams = false;
export const generateStaticParams = () => METRIC_IDS.map((metric) => ({ metric }));

type Params = Promise<{ metric: string }>;
const metricOf = async (params: Params): Promise<MetricId> => {
  const { metric } = await params;
  if (!(METRIC_IDS as readonly string[]).includes(metric)) notFound();
  return metric as MetricId;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const metric = METRICS[await metricOf(params)];
  return { title: metric.name, description: `${metric.name}, Zhanaozen 2011 and January 2022: every official and independent figure, each with its source.` };
}

export default async function MetricPage({ params }: { params: Params }) {
  const id = await metricOf(params);
  const metric = METRICS[id];
  const dataset = getDataset();
  const sections = metricPageSections(dataset, id);
  const intro = metricIntro(dataset, id);
  const compare = chartSpec(dataset, { chart: "compare", metric: id });
  return (
    <>
      <h1>{metric.name}: both events compared</h1>
      <p className="lede">{intro.sentence}</p>
      <details className="measures">
        <summary>What is counted ({intro.measures.length} measures)</summary>
        <ul>
          {intro.measures.map((m) => (
            <li key={m.description}>
              {m.description}: {m.statements} {m.statements === 1 ? "statement" : "statements"}
            </li>
          ))}
        </ul>
      </details>
      <PageNav items={[...(compare ? [{ id: "both", title: "Both events" }] : []), ...sections.map((s) => ({ id: s.id, title: s.title }))]} />
      {compare && (
        <section id="both" aria-labelledby="both-heading">
          <h2 id="both-heading">Both events</h2>
          <ChartFigure spec={compare} />
        </section>
      )}
      <MetricSections sections={sections} />
    </>
  );
}
