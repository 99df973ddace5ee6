import { type BarDatum, formatAsOf, formatStatementDate, toBarDatum } from "../charts/data";
import { caseTally } from "../ledger/case-tally";
import { latestEvidence, type Pick, whyTheyDiffer } from "../ledger/differences";
import { accountabilityRatios, RATIO_PAIRS, ratioSentence } from "../ledger/accountability";
import { type ChartSpec, chartSpec } from "../charts/registry";
import type { Claimant } from "../data/reports";
import type { Statement } from "../data/statements";
import { CLAIMANTS, headline, headlineOf, latestNotComparable, mainMeasure } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import { EVENTS, type Event, type EventId } from "../data/events";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import { wording } from "../data/qualifiers";

/**
 * A side's headline figure, and whether it counts the row's measure or stands in for it; with no
 * total at all, `instead` is the latest figure the side has that counts something else (a list of
 * names, one trial), shown under its own label and never as the side's total.
 */
export type HeadlineCell = { datum: BarDatum; isMain: boolean } | { datum: null; instead: BarDatum | null };

export type HeadlineRow = {
  id: string;
  metric: MetricId;
  /** What the row counts, e.g. "Prosecutions of officers" or "Officers sentenced to prison". */
  label: string;
  /** The measure the row is about, in words ("officers convicted"), for "no figure published for …". */
  measureName: string;
  official: HeadlineCell;
  independent: HeadlineCell;
  /** The latest date of anything the ledger holds for the row's measure, either side, any scope. */
  latestEvidence: string;
  /** Why the two sides' figures differ, generated from them. */
  why: string;
  /** This project's own count from the named cases, for the officers' row: beside the two sides, never in them. */
  tally: string | null;
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
  const row = (id: string, metric: MetricId, measure: string, label: string, pick: (c: Claimant) => { statement: Statement; isMain: boolean } | null): HeadlineRow => {
    const ofMeasure = dataset.statements.filter((s) => s.event === eventId && s.metric === metric && s.measure === measure && s.place === "all");
    const picks = CLAIMANTS.map(pick);
    const [official, independent] = picks.map((h, i): HeadlineCell => {
      if (h) return { datum: toBarDatum(h.statement, dataset), isMain: h.isMain };
      const other = latestNotComparable(dataset.statements, { event: eventId, metric, measure }, CLAIMANTS[i]!);
      return { datum: null, instead: other ? toBarDatum(other, dataset) : null };
    }) as [HeadlineCell, HeadlineCell];
    const named = picks.map((h) => h && { ...h, measureName: METRICS[metric].measures[h.statement.measure] ?? h.statement.measure }) as [Pick | null, Pick | null];
    return {
      id,
      metric,
      label,
      measureName: METRICS[metric].measures[measure]!,
      official,
      independent,
      latestEvidence: latestEvidence(dataset.statements, eventId, metric, measure),
      why: whyTheyDiffer(named, ofMeasure, formatStatementDate),
      tally: metric === "officer-prosecutions" && measure === "convicted" ? tallySentence(dataset, eventId) : null,
    };
  };
  const rows: HeadlineRow[] = METRIC_IDS.map((metric) => row(metric, metric, mainMeasure(metric), METRICS[metric].name, (c) => headline(dataset.statements, eventId, metric, c)));
  for (const pair of RATIO_PAIRS) {
    for (const term of [pair.numerator, pair.denominator]) {
      if (term.measure === mainMeasure(term.metric) || rows.some((r) => r.id === `${term.metric}--${term.measure}`)) continue;
      rows.push(
        row(`${term.metric}--${term.measure}`, term.metric, term.measure, capitalise(term.noun.replace(/ over the unrest$/, "")), (c) => {
          const statement = headlineOf(dataset.statements, { event: eventId, metric: term.metric, measure: term.measure }, c);
          return statement && { statement, isMain: true };
        }),
      );
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
/** "Compiled by this project from the named cases …: 19 officers convicted in 7 proceedings, through 2024. …", or null with no such case. */
function tallySentence(dataset: Dataset, eventId: EventId): string | null {
  const tally = caseTally(dataset.cases, eventId, "officer");
  if (!tally.proceedings && !tally.uncounted) return null;
  const uncounted = tally.uncounted ? `; ${tally.uncounted} more ${tally.uncounted === 1 ? "proceeding ended" : "proceedings ended"} in a conviction without the sources saying of how many` : "";
  return `Compiled by this project from the named cases it documents: ${tally.convicted} ${tally.convicted === 1 ? "officer" : "officers"} convicted in ${tally.proceedings} ${tally.proceedings === 1 ? "proceeding" : "proceedings"}${tally.through ? `, through ${formatAsOf(tally.through)}` : ""}${uncounted}. This is our own tally, neither an official nor an independent figure, and it is not added to either.`;
}

export type KeyFigure = { text: string; /** "imprisoned-official" etc. for a ratio sentence */ ratio?: string; /** the project's own tally of named cases */ tally?: boolean };

export function eventKeyFigures(dataset: Dataset, eventId: EventId): KeyFigure[] {
  const said = (claimant: Claimant) => {
    const c = headline(dataset.statements, eventId, "deaths", claimant)?.statement;
    if (c) return `${wording(c.qualifier, { low: c.value_low, high: c.value_high })} by the latest ${claimant} count (${c.claimed_by}, ${formatStatementDate(c.as_of, c.dateBasis)})`;
    const other = latestNotComparable(dataset.statements, { event: eventId, metric: "deaths", measure: "killed" }, claimant);
    return other
      ? `no ${claimant} total published (${claimant} sources have ${wording(other.qualifier, { low: other.value_low, high: other.value_high })} ${other.scope_label || "in an undated or unverifiable statement"}: ${other.claimed_by}, ${formatStatementDate(other.as_of, other.dateBasis)} — not a toll)`
      : `no ${claimant} count published`;
  };
  const tally = tallySentence(dataset, eventId);
  const ratios = accountabilityRatios(dataset.statements, eventId);
  return [
    { text: `People killed: ${said("official")}; ${said("independent")}.` },
    ...(ratios.length
      ? []
      : [{ text: "No like-for-like ratio of people convicted or imprisoned to officers convicted or imprisoned: neither side has published totals of both (see the headline table)." }]),
    ...ratios.map((r) => ({
      text: `${capitalise(r.claimant)} figures: ${ratioSentence(r, formatAsOf)}`,
      ratio: `${r.pair.id}-${r.claimant}`,
    })),
    ...(tally ? [{ text: tally, tally: true }] : []),
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
