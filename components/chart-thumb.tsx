import { chartImageSizes, chartImageUrls } from "@/lib/charts/drawings";

const WIDTH = 72;

/** A chart's narrow drawing as a small picture beside a link to it; decorative: the chart's page has it full size, described, with its table. */
export function ChartThumb({ chartId }: { chartId: string }) {
  const { width, height } = chartImageSizes(chartId).narrow;
  return <img className="chart-thumb" src={chartImageUrls(chartId).narrow} alt="" width={WIDTH} height={Math.round((height * WIDTH) / width)} loading="lazy" />;
}
