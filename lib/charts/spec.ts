import type { ReportRow } from "../data/reports";
import { type BarDatum, spreadTakeaway } from "./data";
import { type ChartId, type ChartState, chartPath, stateKey } from "./state";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import type { Source } from "../data/sources";
import { EN, type Lang } from "../site/i18n";
import type { Locale } from "../site/locales";

export type ChartSpec = {
  state: ChartState;
  /** How it is drawn: bars (one per figure) or points on a date axis. */
  kind: "bars" | "timeline";
  /** The chart's pinned URL in the release it is drawn from (set by chartSpec; see lib/charts/registry.ts). */
  permalink: string;
  /** The language of every word it holds. */
  locale: Locale;
  /** HTML id for the figure on a page. */
  id: string;
  title: string;
  takeaway: string;
  unit: string;
  data: BarDatum[];
  sources: Source[];
};

/** The state of one chart kind. */
export type StateOf<C extends ChartId> = Extract<ChartState, { chart: C }>;

/** One kind of chart: which states it has for an event, and what it draws for each (null: nothing to draw). */
export type ChartKind<C extends ChartId> = {
  chart: C;
  states: (dataset: Dataset, event: EventId) => StateOf<C>[];
  spec: (dataset: Dataset, state: StateOf<C>, lang: Lang) => ChartSpec | null;
};

export const placeSlug = (place: string): string =>
  place.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-");

export const chronological = (a: ReportRow, b: ReportRow) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0);
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The statements (each once, however many outlets reported it) of one measure of an event. */
export const statementsOf = (dataset: Dataset, event: EventId, metric: MetricId, measure: string) =>
  dataset.statements.filter((c) => c.event === event && c.metric === metric && c.measure === measure);

/** The measures of an event that have at least one statement, metric by metric. */
export const measuresWithStatements = (dataset: Dataset, event: EventId): { metric: MetricId; measure: string; statements: ReportRow[] }[] =>
  METRIC_IDS.flatMap((metric) =>
    Object.keys(METRICS[metric].measures)
      .map((measure) => ({ metric, measure, statements: statementsOf(dataset, event, metric, measure) }))
      .filter((m) => m.statements.length),
  );

export function buildSpec(dataset: Dataset, state: ChartState, title: string, unit: string, data: BarDatum[], takeaway?: string, lang: Lang = EN): ChartSpec {
  const sources = [...new Set(data.flatMap((d) => d.reports.map((r) => r.sourceId)))].map((s) => dataset.sourcesById.get(s)!);
  const id = `${state.chart}--${stateKey(state).replaceAll(".", "--")}`;
  const kind = state.chart === "timeline" ? "timeline" : "bars";
  return { state, kind, permalink: chartPath(state), locale: lang.locale, id, title, unit, data, sources, takeaway: takeaway ?? spreadTakeaway(data, lang) };
}
