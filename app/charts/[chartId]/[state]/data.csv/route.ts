import { stateFromKey, stateKey } from "@/lib/chart-state";
import { allChartStates, chartSpec } from "@/lib/charts";
import { getDataset } from "@/lib/dataset";
import { chartCsv } from "@/lib/downloads";

export const dynamicParams = false;

type Params = { chartId: string; state: string };

export function generateStaticParams(): Params[] {
  return allChartStates(getDataset()).map((s) => ({ chartId: s.chart, state: stateKey(s) }));
}

export async function GET(_req: Request, { params }: { params: Promise<Params> }) {
  const { chartId, state: key } = await params;
  const state = stateFromKey(chartId, key);
  const spec = state && chartSpec(getDataset(), state);
  if (!spec) return new Response("No such chart.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(chartCsv(getDataset(), spec), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${chartId}-${key}.csv"`,
    },
  });
}
