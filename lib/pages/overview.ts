import { type BarDatum, formatAsOf, toBarDatum } from "../charts/data";
import { accountabilityRatios, RATIO_PAIRS, ratioSentence } from "../ledger/accountability";
import { type ChartSpec, chartSpec } from "../charts/registry";
import type { ReportRow, Claimant } from "../data/reports";
import { CLAIMANTS, headline, headlineOf, mainMeasure } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import { EVENTS, type Event, type EventId } from "../data/events";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import { wording } from "../data/qualifiers";

/** A side's headline figure, and whether it counts the row's measure or stands in for it. */
export type HeadlineCell = { datum: BarDatum; isMain: boolean } | null;

export type HeadlineRow = {
  id: string;
  metric: MetricId;
  /** What the row counts, e.g. "Prosecutions of officers" or "Officers sentenced to prison". */
  label: string;
  /** The measure the row is about, in words ("officers convicted"), for "no figure published for …". */
  measureName: string;
  official: HeadlineCell;
  independent: HeadlineCell;
};

export type EventOverview = {
  event: Event;
  headlines: HeadlineRow[];
  deathsChart: ChartSpec | null;
  accountabilityChart: ChartSpec | null;
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The headline table of an event: one row per metric (its main measure, by the headline rule),
 * then one row per measure that a ratio divides and no metric row shows — so that every ratio on
 * the page can be recomputed from this table.
 */
export function headlineRows(dataset: Dataset, eventId: EventId): HeadlineRow[] {
  const cells = (pick: (c: Claimant) => { statement: ReportRow; isMain: boolean } | null) =>
    CLAIMANTS.map((c) => {
      const h = pick(c);
      return h ? { datum: toBarDatum(h.statement, dataset), isMain: h.isMain } : null;
    }) as [HeadlineCell, HeadlineCell];
  const rows: HeadlineRow[] = METRIC_IDS.map((metric) => {
    const [official, independent] = cells((c) => headline(dataset.statements, eventId, metric, c));
    const measureName = METRICS[metric].measures[mainMeasure(metric)]!;
    return { id: metric, metric, label: METRICS[metric].name, measureName, official, independent };
  });
  for (const pair of RATIO_PAIRS) {
    for (const term of [pair.numerator, pair.denominator]) {
      if (term.measure === mainMeasure(term.metric) || rows.some((r) => r.id === `${term.metric}--${term.measure}`)) continue;
      const [official, independent] = cells((c) => {
        const statement = headlineOf(dataset.statements, { event: eventId, metric: term.metric, measure: term.measure }, c);
        return statement && { statement, isMain: true };
      });
      const measureName = METRICS[term.metric].measures[term.measure]!;
      rows.push({ id: `${term.metric}--${term.measure}`, metric: term.metric, label: capitalise(term.noun.replace(/ over the unrest$/, "")), measureName, official, independent });
    }
  }
  return rows;
}

export function eventOverview(dataset: Dataset, eventId: EventId): EventOverview {
  return {
    event: EVENTS[eventId],
    headlines: headlineRows(dataset, eventId),
    deathsChart: chartSpec(dataset, { chart: "claims", event: eventId, metric: "deaths", measure: "killed", place: "all", claimant: "all" }),
    accountabilityChart: chartSpec(dataset, { chart: "accountability", event: eventId }),
  };
}

/**
 * The key figures that open an event page, written from the ledger so that they cannot drift
 * from it: the death toll each side gives, then each ratio — every figure picked by the headline rule.
 */
export type KeyFigure = { text: string; /** "imprisoned-official" etc. for a ratio sentence */ ratio?: string };

export function eventKeyFigures(dataset: Dataset, eventId: EventId): KeyFigure[] {
  const said = (claimant: Claimant) => {
    const c = headline(dataset.statements, eventId, "deaths", claimant)?.statement;
    return c
      ? `${wording(c.qualifier, { low: c.value_low, high: c.value_high })} by the latest ${claimant} count (${c.claimed_by}, ${formatAsOf(c.as_of)})`
      : `no ${claimant} count published`;
  };
  return [
    { text: `People killed: ${said("official")}; ${said("independent")}.` },
    ...accountabilityRatios(dataset.statements, eventId).map((r) => ({
      text: `${capitalise(r.claimant)} figures: ${ratioSentence(r, formatAsOf)}`,
      ratio: `${r.pair.id}-${r.claimant}`,
    })),
  ];
}

/**
 * The introduction of a metric page, from the ledger: how many statements each event has, and the
 * measures that have any — so that it never names a measure the page has nothing on.
 */
export function metricIntro(dataset: Dataset, metric: MetricId): { sentence: string; measures: { description: string; statements: number }[] } {
  const of = dataset.statements.filter((s) => s.metric === metric);
  const measures = Object.entries(METRICS[metric].measures)
    .map(([measure, description]) => ({ description, statements: of.filter((s) => s.measure === measure).length }))
    .filter((m) => m.statements);
  const perEvent = (Object.keys(EVENTS) as EventId[]).map((e) => `${of.filter((s) => s.event === e).length} on ${EVENTS[e].name}`);
  const sources = new Set(of.flatMap((s) => s.reports.map((r) => r.sourceId))).size;
  return {
    sentence: `${of.length} statements from ${sources} sources — ${perEvent.join(" and ")} — official and independent side by side. Each event’s main figure is drawn below; the other charts are linked.`,
    measures,
  };
}
