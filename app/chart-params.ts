import { notFound } from "next/navigation";
import { chartFromParams, chartStaticParams, type ChartSpec } from "@/lib/charts/registry";
import { getDataset } from "@/lib/dataset";

/** Route params of the pages behind a chart permalink (full page, embed, CSV, preview image). */
export type ChartParams = { chartId: string; state: string };

export const generateChartParams = (): ChartParams[] => chartStaticParams(getDataset());

export async function loadChart(params: Promise<ChartParams>): Promise<ChartSpec> {
  const spec = chartFromParams(getDataset(), await params);
  if (!spec) notFound();
  return spec;
}
