import { accountabilityRatios, type Ratio } from "../ledger/accountability";
import { type ChartState, chartPath } from "../charts/state";
import { type ChartSpec, chartSpec } from "../charts/registry";
import { measureName } from "../data/metrics";
import { mainMeasure } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS, type EventId } from "../data/events";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import type { Statement } from "../data/statements";
import { EN, type Lang } from "../site/i18n";

/** A chart that a page links to instead of drawing: its page, a title that is unique on the page, the spec for a thumbnail. */
export type ChartLink = { title: string; href: string; spec: ChartSpec };

/** One metric of one event: the chart drawn on the page, and the others as links. */
export type MetricSection = { id: string; title: string; main: ChartSpec | null; more: ChartLink[] };

const present = <T,>(x: T | null): x is T => x !== null;

/** On an event's own page its name is the page's heading, so chart titles drop it. */
export const withoutEventName = (spec: ChartSpec, lang: Lang = EN): ChartSpec => {
  if (!("event" in spec.state)) return spec;
  const prefix = `${lang.t(`term.event.${spec.state.event}`)}: `;
  if (!spec.title.startsWith(prefix)) return spec;
  // What follows the colon may begin in lower case ("people killed, …"); as a heading of its own it begins a sentence.
  const rest = spec.title.slice(prefix.length);
  return { ...spec, title: rest.charAt(0).toLocaleUpperCase(lang.locale) + rest.slice(1) };
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
export function metricSection(dataset: Dataset, event: EventId, metric: MetricId, lang: Lang = EN): MetricSection {
  const measures = measuresOf(dataset, event, metric);
  const main = measures.includes(mainMeasure(metric)) ? mainMeasure(metric) : measures[0];
  const spec = (state: ChartState) => chartSpec(dataset, state, undefined, lang);
  const claims = (measure: string) => spec({ chart: "claims", event, metric, measure, place: "all", claimant: "all" });
  const more = measures.flatMap((measure) => {
    const name = measureName(metric, measure, lang);
    return [
      measure === main ? null : link(claims(measure), lang.t("page.more.claims", { name })),
      link(spec({ chart: "timeline", event, metric, measure }), lang.t("page.more.timeline", { name })),
      link(spec({ chart: "places", event, metric, measure, claimant: "all" }), lang.t("page.more.places", { name })),
    ].filter(present);
  });
  const drawn = main === undefined ? null : claims(main);
  return { id: metric, title: lang.t(`term.metric.${metric}`), main: drawn && withoutEventName(drawn, lang), more };
}

export type AccountabilitySection = { ratios: Ratio<Statement>[]; charts: ChartSpec[] };

export function accountabilitySection(dataset: Dataset, event: EventId, lang: Lang = EN): AccountabilitySection {
  const states: ChartState[] = [
    { chart: "accountability", event },
    { chart: "funnel", event, side: "protesters" },
    { chart: "funnel", event, side: "state" },
    { chart: "funnel", event, side: "protester-cases" },
    { chart: "funnel", event, side: "officer-cases" },
  ];
  return {
    ratios: accountabilityRatios(dataset.statements, event),
    charts: states
      .map((state) => chartSpec(dataset, state, undefined, lang))
      .filter(present)
      .map((spec) => withoutEventName(spec, lang)),
  };
}

export const eventMetricSections = (dataset: Dataset, event: EventId, lang: Lang = EN): MetricSection[] =>
  METRIC_IDS.map((metric) => metricSection(dataset, event, metric, lang)).filter((s) => s.main || s.more.length);

/** A metric page: the same section for each event, titled by the event. */
export const metricPageSections = (dataset: Dataset, metric: MetricId, lang: Lang = EN): MetricSection[] =>
  EVENT_IDS.map((event) => ({ ...metricSection(dataset, event, metric, lang), id: event, title: lang.t(`term.event.${event}`) })).filter(
    (s) => s.main || s.more.length,
  );
