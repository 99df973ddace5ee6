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
  "/charts/claims?event=january-2022&metric=deaths&measure=killed",
  "/charts/funnel?event=zhanaozen-2011&side=state",
] as const;

/** figure ids drawn by each chart figure on the page, in drawing order, keyed by figure element id. */
export async function drawnFigures(page: Page): Promise<Record<string, string[]>> {
  return page.locator("figure.chart-figure").evaluateAll((figs) =>
    Object.fromEntries(
      figs.map((f) => [f.id, [...f.querySelectorAll("svg g.claim-bar")].map((g) => g.getAttribute("data-figure-id") ?? "")]),
    ),
  );
}
