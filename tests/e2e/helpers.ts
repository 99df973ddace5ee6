import type { Page } from "@playwright/test";
import { parseChartPath } from "../../lib/charts/state";
import { chartSpec } from "../../lib/charts/registry";
import { getDataset } from "../../lib/data/dataset";
import { pinnedRelease } from "../../lib/data/release-ids";
import { lang } from "../../lib/site/i18n";
import type { Locale } from "../../lib/site/locales";

export const dataset = getDataset();

/**
 * The release whose pinned address a chart page gives out, from the chart's unpinned path
 * (/charts/claims/january-2022/deaths/killed): the latest, or the earlier release that froze the chart
 * as the latest has it (a release adds pinned pages only for the charts it changes).
 */
export function pinnedReleaseOf(unpinned: string, locale: Locale = "en"): string {
  const [chart = "", ...segments] = unpinned.replace(/^\/charts\//, "").split("/");
  const parsed = parseChartPath(chart, segments);
  const spec = parsed.kind === "ok" ? chartSpec(dataset, parsed.state, undefined, lang(locale)) : null;
  if (!spec) throw new Error(`${unpinned} is not a chart's path`);
  return pinnedRelease(spec.id, locale);
}

export const ROUTES = [
  "/",
  "/events/zhanaozen-2011",
  "/events/january-2022",
  "/metrics/deaths",
  "/metrics/injuries",
  "/metrics/detentions",
  "/metrics/protester-convictions",
  "/metrics/officer-prosecutions",
  "/sources",
  "/methodology",
  "/data",
  "/charts",
  "/charts/claims/january-2022/deaths/killed",
  "/releases/2026-11-24/charts/funnel/zhanaozen-2011/state",
] as const;

/** The drawings of each chart figure on the page (static SVG files): [figure id, narrow URL, wide URL]. */
export const chartDrawings = (page: Page) =>
  page.locator("figure.chart-figure").evaluateAll((figs) =>
    figs.map((f) => [f.id, f.querySelector("img.chart-img")?.getAttribute("src") ?? "", f.querySelector("picture source")?.getAttribute("srcset") ?? ""] as const),
  );

/**
 * Figure ids drawn by each chart figure on the page, keyed by figure element id: in drawing order
 * for bar charts (the order is part of the chart), sorted for timelines. Read from the narrow drawing;
 * the wide one must draw the same marks.
 */
export async function drawnFigures(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [id, narrow, wide] of await chartDrawings(page)) {
    const [a, b] = await Promise.all([narrow, wide].map(async (url) => [...(await (await page.request.get(url)).text()).matchAll(/data-figure-id="([^"]+)"/g)].map((m) => m[1]!)));
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${id}: the narrow and the wide drawing draw different marks`);
    out[id] = inDrawingOrder(id, a!);
  }
  return out;
}

/** Opens the wide drawing of the (first) chart in `figure` as a document, so that its marks can be queried. */
export async function openDrawing(page: Page, figure = "figure.chart-figure"): Promise<void> {
  const url = await page.locator(`${figure} picture source`).first().getAttribute("srcset");
  await page.goto(url!);
}

export const inDrawingOrder = (chartId: string, ids: readonly string[]): string[] =>
  chartId.startsWith("timeline--") ? [...ids].sort() : [...ids];
