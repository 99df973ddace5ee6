import { type ChartSpec, chartSpec } from "./charts/registry";
import type { Dataset } from "./dataset";
import { EVENT_IDS, EVENTS, type EventId } from "./events";
import { METRIC_IDS, METRICS, type MetricId } from "./metrics";

/** A titled group of charts on an event or metric page. */
export type ChartSection = { id: string; title: string; charts: ChartSpec[] };

const present = <T,>(x: T | null): x is T => x !== null;

/** For one event and metric, per measure: its timeline (when there are enough dated figures), every claim, places. */
function measureCharts(dataset: Dataset, event: EventId, metric: MetricId): ChartSpec[] {
  const measures = Object.keys(METRICS[metric].measures).filter((m) =>
    dataset.claims.some((c) => c.event === event && c.metric === metric && c.measure === m),
  );
  return measures
    .flatMap((measure) => [
      chartSpec(dataset, { chart: "timeline", event, metric, measure }),
      chartSpec(dataset, { chart: "claims", event, metric, measure, place: "all", claimant: "all" }),
      chartSpec(dataset, { chart: "places", event, metric, measure, claimant: "all" }),
    ])
    .filter(present);
}

export function eventSections(dataset: Dataset, event: EventId): ChartSection[] {
  const accountability: ChartSection = {
    id: "accountability",
    title: "Accountability",
    charts: [
      chartSpec(dataset, { chart: "accountability", event }),
      chartSpec(dataset, { chart: "funnel", event, side: "state" }),
      chartSpec(dataset, { chart: "funnel", event, side: "protesters" }),
    ].filter(present),
  };
  const metrics = METRIC_IDS.map((metric) => ({ id: metric, title: METRICS[metric].name, charts: measureCharts(dataset, event, metric) }));
  return [accountability, ...metrics].filter((s) => s.charts.length);
}

export function metricSections(dataset: Dataset, metric: MetricId): ChartSection[] {
  return EVENT_IDS.map((event) => ({ id: event, title: EVENTS[event].name, charts: measureCharts(dataset, event, metric) })).filter(
    (s) => s.charts.length,
  );
}

