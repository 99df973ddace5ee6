import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MetricSections, PageNav } from "@/components/metric-sections";
import { getDataset } from "@/lib/dataset";
import { METRIC_IDS, METRICS, type MetricId } from "@/lib/metrics";
import { metricPageSections } from "@/lib/sections";

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
  return { title: metric.name, description: `${metric.name} in Zhanaozen 2011 and January 2022: every official and independent figure.` };
}

export default async function MetricPage({ params }: { params: Params }) {
  const id = await metricOf(params);
  const metric = METRICS[id];
  const sections = metricPageSections(getDataset(), id);
  return (
    <>
      <h1>{metric.name}: both events compared</h1>
      <p className="lede">
        Every {metric.name.toLowerCase()} figure in the sources, for Zhanaozen 2011 and January 2022, official and independent side by side.
        What is counted: {Object.values(metric.measures).join("; ")}.
      </p>
      <PageNav items={sections.map((s) => ({ id: s.id, title: s.title }))} />
      <MetricSections sections={sections} />
    </>
  );
}
