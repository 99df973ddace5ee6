import { byRecency, selectStatements } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { measureName, METRICS, type MetricId } from "../data/metrics";
import { wording } from "../data/qualifiers";
import { EN, type Lang } from "../site/i18n";

/** "238 (General Prosecutor’s Office, 28 Dec 2022)": its parts, in the reader's language. */
export type TollEntry = { figureId: string; wording: string; claimedBy: string; asOf: string };

/**
 * Every official statement of the event-wide death toll, oldest first (undated last), written from
 * the ledger so that the methodology's list cannot drift from the charts.
 */
export function officialTolls(dataset: Dataset, event: EventId, lang: Lang = EN): TollEntry[] {
  return selectStatements(dataset.statements, { event, metric: "deaths", measure: "killed" })
    .filter((s) => s.claimant === "official")
    .sort((a, b) => -byRecency(a, b))
    .sort((a, b) => Number(a.as_of === "") - Number(b.as_of === ""))
    .map((s) => ({
      figureId: s.figure_id,
      wording: wording(s.qualifier, { low: s.value_low, high: s.value_high }, lang),
      claimedBy: lang.name("claimed_by", s.claimed_by),
      // An undated statement reads "undated" · "без даты" · "күні көрсетілмеген" (the glossary's term.date.undated).
      asOf: lang.date(s.as_of),
    }));
}

/** How many statements each measure of a metric has, per event; a measure with none is listed as such. */
export function measureCoverage(
  dataset: Dataset,
  metric: MetricId,
  lang: Lang = EN,
): { measure: string; description: string; statements: Record<EventId, number> }[] {
  return Object.keys(METRICS[metric].measures).map((measure) => {
    const of = (event: EventId) => dataset.statements.filter((s) => s.event === event && s.metric === metric && s.measure === measure).length;
    return { measure, description: measureName(metric, measure, lang), statements: { "zhanaozen-2011": of("zhanaozen-2011"), "january-2022": of("january-2022") } };
  });
}
