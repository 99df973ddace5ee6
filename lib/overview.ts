import { type BarDatum, toBarDatum } from "./chart-data";
import { type ChartSpec, chartSpec } from "./charts/registry";
import { CLAIMANTS, headline } from "./comparison";
import type { Dataset } from "./dataset";
import { EVENTS, type Event, type EventId } from "./events";
import { METRIC_IDS, METRICS, type MetricId } from "./metrics";

export type HeadlineRow = {
  metric: MetricId;
  metricName: string;
  official: BarDatum | null;
  independent: BarDatum | null;
};

export type EventOverview = {
  event: Event;
  headlines: HeadlineRow[];
  deathsChart: ChartSpec | null;
  accountabilityChart: ChartSpec | null;
};

export function headlineRows(dataset: Dataset, eventId: EventId): HeadlineRow[] {
  return METRIC_IDS.map((metric) => {
    const [official, independent] = CLAIMANTS.map((c) => headline(dataset.claims, eventId, metric, c));
    return {
      metric,
      metricName: METRICS[metric].name,
      official: official ? toBarDatum(official, dataset) : null,
      independent: independent ? toBarDatum(independent, dataset) : null,
    };
  });
}

export function eventOverview(dataset: Dataset, eventId: EventId): EventOverview {
  return {
    event: EVENTS[eventId],
    headlines: headlineRows(dataset, eventId),
    deathsChart: chartSpec(dataset, { chart: "claims", event: eventId, metric: "deaths", measure: "killed", place: "all", claimant: "all" }),
    accountabilityChart: chartSpec(dataset, { chart: "accountability", event: eventId }),
  };
}
