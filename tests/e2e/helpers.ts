import type { Page } from "@playwright/test";
import { getDataset } from "../../lib/dataset";

export const dataset = getDataset();

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

/**
 * Figure ids drawn by each chart figure on the page, keyed by figure element id: in drawing order
 * for bar charts (the order is part of the chart), sorted for timelines (drawn one series at a time).
 */
export async function drawnFigures(page: Page): Promise<Record<string, string[]>> {
  const drawn = await page.locator("figure.chart-figure").evaluateAll((figs) =>
    figs.map((f) => [f.id, [...f.querySelectorAll("svg g[data-figure-id]")].map((g) => g.getAttribute("data-figure-id") ?? "")] as const),
  );
  return Object.fromEntries(drawn.map(([id, ids]) => [id, inDrawingOrder(id, ids)]));
}

export const inDrawingOrder = (chartId: string, ids: readonly string[]): string[] =>
  chartId.startsWith("timeline--") ? [...ids].sort() : [...ids];
