import { type ChartState, chartPath } from "../charts/state";
import { allChartStates, type ChartSpec, chartSpec } from "../charts/registry";
import { measureName } from "../data/metrics";
import { EN } from "../site/i18n";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS, EVENTS, type EventId } from "../data/events";
import { METRIC_IDS, METRICS } from "../data/metrics";

/** A chart in the gallery: a short title unique within its group, and its one-side variants as small links. */
export type GalleryItem = { title: string; href: string; spec: ChartSpec; variants: { label: string; href: string }[] };
export type GalleryGroup = { id: string; title: string; items: GalleryItem[] };
/** A part of the gallery: one event's charts, or ("both") the charts that compare the two events. */
export type GalleryEvent = { event: EventId | "both"; title: string; groups: GalleryGroup[] };

/** The title of a chart where its event and metric are already given by the headings above it. */
function shortTitle(state: ChartState, spec: ChartSpec): string {
  switch (state.chart) {
    case "accountability":
      return "Ratios: people and officers convicted and sentenced to prison";
    case "funnel":
      return EN.t(`charts.funnel.${state.side}.title`);
    case "timeline":
      return `Over time: ${measureName(state.metric, state.measure)}`;
    case "places":
      return `By place: ${measureName(state.metric, state.measure)}`;
    case "compare":
      return `${METRICS[state.metric].name}: both events`;
    case "claims": {
      const place = state.place === "all" ? "" : ` in ${spec.data[0]?.place ?? state.place}`;
      return `Every figure: ${measureName(state.metric, state.measure)}${place}`;
    }
  }
}

/**
 * Every chart once, grouped by event, then accountability and each metric. A chart drawn for one
 * side only (official or independent) is listed as a variant of the chart of both sides.
 */
export function gallery(dataset: Dataset): GalleryEvent[] {
  const states = allChartStates(dataset);
  return (["both", ...EVENT_IDS] as const).map((event) => {
    const items = new Map<string, GalleryItem & { group: string }>();
    for (const state of states.filter((s) => ("event" in s ? s.event : "both") === event)) {
      const spec = chartSpec(dataset, state)!;
      const group = state.chart === "compare" ? "compare" : "metric" in state ? state.metric : "accountability";
      const side = "claimant" in state && state.claimant !== "all" ? state.claimant : null;
      const key = chartPath(side ? { ...state, claimant: "all" } as ChartState : state);
      const item = items.get(key);
      if (side && item) item.variants.push({ label: `${side} only`, href: chartPath(state) });
      else if (!side) items.set(key, { group, title: shortTitle(state, spec), href: chartPath(state), spec, variants: [] });
    }
    const groups: GalleryGroup[] = [
      { id: "compare", title: "Each metric in both events" },
      { id: "accountability", title: "Accountability" },
      ...METRIC_IDS.map((m) => ({ id: m, title: METRICS[m].name })),
    ]
      .map((g) => ({ ...g, items: [...items.values()].filter((i) => i.group === g.id).map(({ group: _, ...i }) => i) }))
      .filter((g) => g.items.length);
    return { event, title: event === "both" ? "Both events compared" : EVENTS[event].name, groups };
  });
}
