import { readFileSync } from "node:fs";
import { type ChartParams, generateChartParams, loadChart } from "@/app/chart-params";
import { OG_SIZE, ogImageFile } from "@/lib/charts/preview";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Chart preview";
export const dynamicParams = false;
export const generateStaticParams = generateChartParams;

/** The social preview of a permalink: the chart's standalone image, drawn at build (scripts/render-charts.tsx). */
export default async function PreviewImage({ params }: { params: Promise<ChartParams> }) {
  const spec = await loadChart(params);
  return new Response(readFileSync(ogImageFile(spec.id)), { headers: { "Content-Type": contentType } });
}
