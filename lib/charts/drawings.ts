import { readFileSync } from "node:fs";
import path from "node:path";
import { latestRelease } from "../data/release-ids";
import type { Locale } from "../site/locales";

/** Written by scripts/render-charts.tsx (part of `npm run build`): each chart's drawings and their sizes, per release. */
export const CHART_IMAGES_FILE = path.join(process.cwd(), ".generated", "chart-images.json");
/** The drawings themselves, served as static files (public/ is what Next serves as is), one folder per release. */
export const CHART_IMAGE_DIR = path.join(process.cwd(), "public", "chart-img");
const URL_PREFIX = "/chart-img";

export type ImageSize = { width: number; height: number };
/** The sizes the pages need: the narrow and wide drawings a <picture> holds. */
export type ChartImageSizes = { narrow: ImageSize; wide: ImageSize };

/**
 * Key of a chart's drawings: `<release>/<chart id>` in English, `<release>/<locale>/<chart id>` in
 * another language; the charts of data/ are those of the latest release.
 */
export const imageKey = (chartId: string, release = latestRelease(), locale: Locale = "en"): string =>
  locale === "en" ? `${release}/${chartId}` : `${release}/${locale}/${chartId}`;

/** Where each drawing of a chart is served: narrow and wide for the page, the standalone image as SVG and PNG (2×). */
export const chartImageUrls = (chartId: string, release?: string, locale?: Locale) => {
  const base = `${URL_PREFIX}/${imageKey(chartId, release, locale)}`;
  return { narrow: `${base}.narrow.svg`, wide: `${base}.wide.svg`, svg: `${base}.svg`, png: `${base}.png` };
};

let cached: Record<string, ChartImageSizes> | undefined;

export function chartImageSizes(chartId: string, release?: string, locale?: Locale): ChartImageSizes {
  cached ??= JSON.parse(readFileSync(CHART_IMAGES_FILE, "utf8")) as Record<string, ChartImageSizes>;
  const key = imageKey(chartId, release, locale);
  const sizes = cached[key];
  if (sizes === undefined) throw new Error(`no drawing of chart ${key}: run \`npm run build\`, which draws the charts first`);
  return sizes;
}
