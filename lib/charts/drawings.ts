import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "../site/locales";

/** Written by scripts/render-charts.tsx (part of `npm run build`): where each chart's drawings are, with their sizes. */
export const CHART_IMAGES_FILE = path.join(process.cwd(), ".generated", "chart-images.json");
/**
 * The drawings themselves, served as static files (public/ is what Next serves as is). Each file is
 * named by the sha256 of its content: a drawing identical in two releases or languages is one file,
 * and a file never changes, so it can be cached forever.
 */
export const CHART_IMAGE_DIR = path.join(process.cwd(), "public", "chart-img");
export const CHART_IMAGE_URL = "/chart-img";

export type Image = { url: string; width: number; height: number };
/**
 * A chart's drawings: narrow and wide for pages, the standalone image (with narration and sources) as
 * SVG, and the slide as PNG, which is also the page's preview image: one PNG per chart keeps the bundle
 * within its budget.
 */
export type ChartImages = { narrow: Image; wide: Image; standalone: string; slide: Image };

/** Drawings of the charts today's code draws from the latest release, as opposed to those of a release's frozen documents. */
export const CURRENT = "current";

/** Key of a chart's drawings: the release whose frozen document it draws (or CURRENT), the language and the chart. */
export const drawingKey = (chartId: string, edition: string = CURRENT, locale: Locale = "en"): string => `${edition}/${locale}/${chartId}`;

let cached: Record<string, ChartImages> | undefined;

export function chartImages(chartId: string, edition?: string, locale?: Locale): ChartImages {
  cached ??= JSON.parse(readFileSync(CHART_IMAGES_FILE, "utf8")) as Record<string, ChartImages>;
  const key = drawingKey(chartId, edition, locale);
  const images = cached[key];
  if (images === undefined) throw new Error(`no drawing of chart ${key}: run \`npm run build\`, which draws the charts first`);
  return images;
}
