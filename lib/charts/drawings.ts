import { readFileSync } from "node:fs";
import path from "node:path";
import { latestRelease } from "../data/release-ids";

/** Written by scripts/render-charts.tsx (part of `npm run build`): each chart's drawings and their sizes, per release. */
export const CHART_IMAGES_FILE = path.join(process.cwd(), ".generated", "chart-images.json");
/** The drawings themselves, served as static files (public/ is what Next serves as is), one folder per release. */
export const CHART_IMAGE_DIR = path.join(process.cwd(), "public", "chart-img");
const URL_PREFIX = "/chart-img";

export type ImageSize = { width: number; height: number };
export type ChartImageSizes = { narrow: ImageSize; wide: ImageSize; standalone: ImageSize };

/** Key of a chart's drawings: `<release>/<chart id>`; the charts of data/ are those of the latest release. */
export const imageKey = (chartId: string, release = latestRelease()): string => `${release}/${chartId}`;

/** Where each drawing of a chart is served: narrow and wide for the page, the standalone image as SVG and PNG (2×). */
export const chartImageUrls = (chartId: string, release?: string) => {
  const base = `${URL_PREFIX}/${imageKey(chartId, release)}`;
  return { narrow: `${base}.narrow.svg`, wide: `${base}.wide.svg`, svg: `${base}.svg`, png: `${base}.png` };
};

let cached: Record<string, ChartImageSizes> | undefined;

export function chartImageSizes(chartId: string, release?: string): ChartImageSizes {
  cached ??= JSON.parse(readFileSync(CHART_IMAGES_FILE, "utf8")) as Record<string, ChartImageSizes>;
  const sizes = cached[imageKey(chartId, release)];
  if (sizes === undefined) throw new Error(`no drawing of chart ${imageKey(chartId, release)}: run \`npm run build\`, which draws the charts first`);
  return sizes;
}
