import { accountabilityRatios, type Ratio } from "../ledger/accountability";
import { chartPath } from "../charts/state";
import { type ChartSpec, chartSpec } from "../charts/registry";
import { measureName } from "../charts/spec";
import { mainMeasure } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS, EVENTS, type EventId } from "../data/events";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import type { Statement } from "../data/statements";

/** A chart that a page links to instead of drawing: its page, a title that is unique on the page, the spec for a thumbnail. */
export type ChartLink = { title: string; href: string; spec: ChartSpec };

/** One metric of one event: the chart drawn on the page, and the others as links. */
export type MetricSection = { id: string; title: string; main: ChartSpec | null; more: ChartLink[] };

const present = <T,>(x: T | null): x is T => x !== null;

/** On an event's own page its name is the page's heading, so chart titles drop it. */
export const withoutEventName = (spec: ChartSpec): ChartSpec => {
  if (!("event" in spec.state)) return spec;
  const prefix = `${EVENTS[spec.state.event].name}: `;
  return spec.title.startsWith(prefix) ? { ...spec, title: spec.title.slice(prefix.length) } : spec;
};

const measuresOf = (dataset: Dataset, event: EventId, metric: MetricId): string[] =>
  Object.keys(METRICS[metric].measures).filter((m) =>
    dataset.statements.some((s) => s.event === event && s.metric === metric && s.measure === m),
  );

const link = (spec: ChartSpec | null, title: string): ChartLink | null => spec && { title, href: chartPath(spec.state), spec };

/**
 * One metric of one event: every statement of the main measure is drawn (or of the first measure
 * with any, when the main one has none); timelines, places and the other measures are linked.
 */
export function metricSection(dataset: Dataset, event: EventId, metric: MetricId): MetricSection {
  const measures = measuresOf(dataset, event, metric);
  const main = measures.includes(mainMeasure(metric)) ? mainMeasure(metric) : measures[0];
  const claims = (measure: string) => chartSpec(dataset, { chart: "claims", event, metric, measure, place: "all", claimant: "all" });
  const more = measures.flatMap((measure) => {
    const name = measureName(metric, measure);
    return [
      measure === main ? null : link(claims(measure), `Every figure: ${name}`),
      link(chartSpec(dataset, { chart: "timeline", event, metric, measure }), `Over time: ${name}`),
      link(chartSpec(dataset, { chart: "places", event, metric, measure, claimant: "all" }), `By place: ${name}`),
    ].filter(present);
  });
  const drawn = main === undefined ? null : claims(main);
  return { id: metric, title: METRICS[metric].name, main: drawn && withoutEventName(drawn), more };
}

export type AccountabilitySection = { ratios: Ratio<Statement>[]; charts: ChartSpec[] };

export function accountabilitySection(dataset: Dataset, event: EventId): AccountabilitySection {
  return {
    ratios: accountabilityRatios(dataset.statements, event),
    charts: [
      chartSpec(dataset, { chart: "accountability", event }),
      chartSpec(dataset, { chart: "funnel", event, side: "protesters" }),
      chartSpec(dataset, { chart: "funnel", event, side: "state" }),
      chartSpec(dataset, { chart: "funnel", event, side: "protester-cases" }),
      chartSpec(dataset, { chart: "funnel", event, side: "officer-cases" }),
    ]
      .filter(present)
      .map(withoutEventName),
  };
}

export const eventMetricSections = (dataset: Dataset, event: EventId): MetricSection[] =>
  METRIC_IDS.map((metric) => metricSection(dataset, event, metric)).filter((s) => s.main || s.more.length);

/** A metric page: the same section for each event, titled by the event. */
export const metricPageSections = (dataset: Dataset, metric: MetricId): MetricSection[] =>
  EVENT_IDS.map((event) => ({ ...metricSection(dataset, event, metric), id: event, title: EVENTS[event].name })).filter(
    (s) => s.main || s.more.length,
  );
