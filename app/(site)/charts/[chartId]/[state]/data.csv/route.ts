import { type ChartParams, generateChartParams } from "@/app/chart-params";
import { chartFromParams } from "@/lib/charts/registry";
import { getDataset } from "@/lib/dataset";
import { chartCsv } from "@/lib/downloads";

export const dynamicParams = false;

export const generateStaticParams = generateChartParams;

export async function GET(_req: Request, { params }: { params: Promise<ChartParams> }) {
  const { chartId, state: key } = await params;
  const spec = chartFromParams(getDataset(), { chartId, state: key });
  if (!spec) return new Response("No such chart.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(chartCsv(getDataset(), spec), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${chartId}-${key}.csv"`,
    },
  });
}
