import { chartImages } from "@/lib/charts/drawings";
import type { Locale } from "@/lib/site/locales";

const WIDTH = 72;

/** A chart's narrow drawing as a small picture beside a link to it; decorative: the chart's page has it full size, described, with its table. */
export function ChartThumb({ chartId, locale = "en" }: { chartId: string; locale?: Locale }) {
  const { url, width, height } = chartImages(chartId, undefined, locale).narrow;
  return <img className="chart-thumb" src={url} alt="" width={WIDTH} height={Math.round((height * WIDTH) / width)} loading="lazy" />;
}
