import { type BarDatum, formatStatementDate, toBarDatum } from "../charts/data";
import { caseTally } from "../ledger/case-tally";
import { latestEvidence, type Pick, whyTheyDiffer } from "../ledger/differences";
import { accountabilityRatios, RATIO_PAIRS, ratioSentence } from "../ledger/accountability";
import { type ChartSpec, chartSpec } from "../charts/registry";
import type { Claimant } from "../data/reports";
import type { Statement } from "../data/statements";
import { CLAIMANTS, headline, headlineOf, latestNotComparable, mainMeasure } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import type { Source } from "../data/sources";
import { EVENTS, type Event, type EventId } from "../data/events";
import { measureName, METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import { wording } from "../data/qualifiers";
import { EN, type Lang } from "../site/i18n";

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

/**
 * The headline table of an event: one row per metric (its main measure, by the headline rule),
 * then one row per measure that a ratio divides and no metric row shows — so that every ratio on
 * the page can be recomputed from this table.
 */
export function headlineRows(dataset: Dataset, eventId: EventId, lang: Lang = EN): HeadlineRow[] {
  const row = (id: string, metric: MetricId, measure: string, label: string, pick: (c: Claimant) => { statement: Statement; isMain: boolean } | null): HeadlineRow => {
    const ofMeasure = dataset.statements.filter((s) => s.event === eventId && s.metric === metric && s.measure === measure && s.place === "all");
    const picks = CLAIMANTS.map(pick);
    const [official, independent] = picks.map((h, i): HeadlineCell => {
      if (h) return { datum: toBarDatum(h.statement, dataset, lang), isMain: h.isMain };
      const other = latestNotComparable(dataset.statements, { event: eventId, metric, measure }, CLAIMANTS[i]!);
      return { datum: null, instead: other ? toBarDatum(other, dataset, lang) : null };
    }) as [HeadlineCell, HeadlineCell];
    const named = picks.map((h) => h && { ...h, measureName: measureName(metric, h.statement.measure, lang) }) as [Pick | null, Pick | null];
    return {
      id,
      metric,
      label,
      measureName: measureName(metric, measure, lang),
      official,
      independent,
      latestEvidence: latestEvidence(dataset.statements, eventId, metric, measure),
      why: whyTheyDiffer(named, ofMeasure, (asOf, basis) => formatStatementDate(asOf, basis, lang), lang),
      tally: metric === "officer-prosecutions" && measure === "convicted" ? tallySentence(dataset, eventId, lang) : null,
    };
  };
  const rows: HeadlineRow[] = METRIC_IDS.map((metric) => row(metric, metric, mainMeasure(metric), lang.t(`term.metric.${metric}`), (c) => headline(dataset.statements, eventId, metric, c)));
  for (const pair of RATIO_PAIRS) {
    for (const term of [pair.numerator, pair.denominator]) {
      if (term.measure === mainMeasure(term.metric) || rows.some((r) => r.id === `${term.metric}--${term.measure}`)) continue;
      rows.push(
        row(`${term.metric}--${term.measure}`, term.metric, term.measure, lang.t(`ledger.rowLabel.${term.noun}`), (c) => {
          const statement = headlineOf(dataset.statements, { event: eventId, metric: term.metric, measure: term.measure }, c);
          return statement && { statement, isMain: true };
        }),
      );
    }
  }
  return rows;
}

export function eventOverview(dataset: Dataset, eventId: EventId, lang: Lang = EN): EventOverview {
  return {
    event: EVENTS[eventId],
    headlines: headlineRows(dataset, eventId, lang),
    deathsChart: chartSpec(dataset, { chart: "claims", event: eventId, metric: "deaths", measure: "killed", place: "all", claimant: "all" }, undefined, lang),
    accountabilityChart: chartSpec(dataset, { chart: "accountability", event: eventId }, undefined, lang),
  };
}

/** "Compiled by this project from the named cases …: 19 officers convicted in 7 proceedings, through 2024. …", or null with no such case. */
function tallySentence(dataset: Dataset, eventId: EventId, lang: Lang): string | null {
  const tally = caseTally(dataset.cases, eventId, "officer");
  if (!tally.proceedings && !tally.uncounted) return null;
  return lang.t("ledger.tally", {
    convicted: tally.convicted,
    proceedings: tally.proceedings,
    dated: tally.through ? "yes" : "no",
    through: tally.through ? lang.date(tally.through) : "",
    uncounted: tally.uncounted,
  });
}

export type KeyFigure = { text: string; /** "imprisoned-official" etc. for a ratio sentence */ ratio?: string; /** the project's own tally of named cases */ tally?: boolean };

/**
 * The key figures that open an event page, written from the ledger so that they cannot drift
 * from it: the death toll each side gives, then each ratio — every figure picked by the headline rule.
 */
export function eventKeyFigures(dataset: Dataset, eventId: EventId, lang: Lang = EN): KeyFigure[] {
  const said = (side: Claimant) => {
    const c = headline(dataset.statements, eventId, "deaths", side)?.statement;
    if (c) {
      return lang.t("ledger.keyFigures.latest", {
        side,
        words: wording(c.qualifier, { low: c.value_low, high: c.value_high }, lang),
        claimedBy: lang.name("claimed_by", c.claimed_by),
        date: formatStatementDate(c.as_of, c.dateBasis, lang),
      });
    }
    const other = latestNotComparable(dataset.statements, { event: eventId, metric: "deaths", measure: "killed" }, side);
    return other
      ? lang.t("ledger.keyFigures.noTotal", {
          side,
          words: wording(other.qualifier, { low: other.value_low, high: other.value_high }, lang),
          label: lang.name("scope_label", other.scope_label),
          hasLabel: other.scope_label ? "yes" : "no",
          claimedBy: lang.name("claimed_by", other.claimed_by),
          date: formatStatementDate(other.as_of, other.dateBasis, lang),
        })
      : lang.t("ledger.keyFigures.none", { side });
  };
  const tally = tallySentence(dataset, eventId, lang);
  const ratios = accountabilityRatios(dataset.statements, eventId);
  return [
    { text: lang.t("ledger.keyFigures.killed", { official: said("official"), independent: said("independent") }) },
    ...(ratios.length ? [] : [{ text: lang.t("ledger.keyFigures.noRatio") }]),
    ...ratios.map((r) => ({
      text: lang.t("ledger.ratio.ofSide", { side: r.claimant, sentence: ratioSentence(r, lang) }),
      ratio: `${r.pair.id}-${r.claimant}`,
    })),
    ...(tally ? [{ text: tally, tally: true }] : []),
  ];
}

/**
 * The introduction of a metric page, from the ledger: how many statements each event has, and the
 * measures that have any — so that it never names a measure the page has nothing on.
 */
export function metricIntro(dataset: Dataset, metric: MetricId, lang: Lang = EN): { sentence: string; measures: { description: string; statements: number }[] } {
  const of = dataset.statements.filter((s) => s.metric === metric);
  const measures = Object.keys(METRICS[metric].measures)
    .map((measure) => ({ description: measureName(metric, measure, lang), statements: of.filter((s) => s.measure === measure).length }))
    .filter((m) => m.statements);
  const [zhanaozen, january] = (Object.keys(EVENTS) as EventId[]).map((e) => of.filter((s) => s.event === e).length);
  const sources = new Set(of.flatMap((s) => s.reports.map((r) => r.sourceId))).size;
  const sentence = lang.t("page.metric.intro", {
    count: of.length,
    sources,
    zhanaozen: zhanaozen!,
    january: january!,
    zhanaozenName: lang.t("term.event.zhanaozen-2011"),
    januaryName: lang.t("term.event.january-2022"),
  });
  return { sentence, measures };
}

/**
 * What a printed event page lists as its key sources (components/key-sources.tsx), each once, in the
 * order the page cites them: the source of each headline figure (the one its table names), then of
 * the chart that is printed. On paper a link is not followed, so these are the addresses a reader of
 * the handout needs.
 */
export function keySources(dataset: Dataset, rows: readonly HeadlineRow[], chart: ChartSpec | undefined): Source[] {
  const ids = [
    ...rows.flatMap((r) => [r.official, r.independent].map((c) => (c.datum ? c.datum : c.instead)?.sourceId)),
    ...(chart?.sources ?? []).map((s) => s.source_id),
  ];
  return [...new Set(ids)].flatMap((id) => (id === undefined ? [] : [dataset.sourcesById.get(id)!]));
}
