import { readFileSync } from "node:fs";
import path from "node:path";

/** Written by scripts/render-charts.tsx (part of `npm run build`): each chart's drawings and their sizes. */
export const CHART_IMAGES_FILE = path.join(process.cwd(), ".generated", "chart-images.json");
/** The drawings themselves, served as static files (public/ is what Next serves as is). */
export const CHART_IMAGE_DIR = path.join(process.cwd(), "public", "chart-img");
const URL_PREFIX = "/chart-img";

export type ImageSize = { width: number; height: number };
export type ChartImageSizes = { narrow: ImageSize; wide: ImageSize; standalone: ImageSize };

/** Where each drawing of a chart is served: narrow and wide for the page, the standalone image as SVG and PNG (2×). */
export const chartImageUrls = (chartId: string) => ({
  narrow: `${URL_PREFIX}/${chartId}.narrow.svg`,
  wide: `${URL_PREFIX}/${chartId}.wide.svg`,
  svg: `${URL_PREFIX}/${chartId}.svg`,
  png: `${URL_PREFIX}/${chartId}.png`,
});

let cached: Record<string, ChartImageSizes> | undefined;

export function chartImageSizes(chartId: string): ChartImageSizes {
  cached ??= JSON.parse(readFileSync(CHART_IMAGES_FILE, "utf8")) as Record<string, ChartImageSizes>;
  const sizes = cached[chartId];
  if (sizes === undefined) throw new Error(`no drawing of chart ${chartId}: run \`npm run build\`, which draws the charts first`);
  return sizes;
}
