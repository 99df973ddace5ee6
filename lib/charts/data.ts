import type { DateBasis, ReportRow, Claimant, Scope } from "../data/reports";
import { type Standing, whyNotComparable } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { wording } from "../data/qualifiers";
import { passageLink } from "../data/sources";
import { measureName } from "../data/metrics";
import { EN, type Lang } from "../site/i18n";

/** One drawn bar: plain, serializable, everything a chart and its table need. */
export type BarDatum = {
  figureId: string;
  event: EventId;
  label: string;
  /** The label without its "(as reported by …)" aside, for narrow axis ticks. */
  shortLabel: string;
  claimant: Claimant;
  claimedBy: string;
  measure: string;
  /** The place as the data names it ("all" for the whole event), and in the reader's language. */
  place: string;
  placeName: string;
  asOf: string;
  /** The part the source commits to (0 when it gives no lower bound). */
  certain: number;
  /** Where the bar ends: the upper bound, or the lower bound when there is none. */
  extent: number;
  /** The source gives no upper bound: the bar continues beyond its end. */
  openEnded: boolean;
  wording: string;
  /** What the figure counts; a non-total carries its label ("Aktau trial of 37"). */
  scope: Scope;
  scopeLabel: string;
  /** Why the statement is not compared with totals (headlines, ratios, "latest"), or null when it is. */
  standing: Standing | null;
  /** How its date is known. */
  dateBasis: DateBasis | "";
  /** Context a reader needs, in the reader's language (quotes stay as published). */
  note: string;
  /** How precisely the source dates the figure: a month-only date is the whole month, never its first day. */
  precision: DatePrecision;
  /** The first report's source (also in `reports`). */
  sourceId: string;
  sourceTitle: string;
  publisher: string;
  passage: string;
  passageUrl: string | null;
  /** Every document that reports this statement, first report first. */
  reports: ReportRef[];
};

/** One place a statement is written: the source and the passage in it. */
export type ReportRef = { figureId: string; sourceId: string; sourceTitle: string; publisher: string; passage: string; passageUrl: string | null };

export type DatePrecision = "day" | "month" | "year" | "undated";

export function datePrecision(asOf: string): DatePrecision {
  if (!asOf) return "undated";
  return (["year", "month", "day"] as const)[asOf.split("-").length - 1] ?? "day";
}

/** The stretch of time a partial date covers, as [start, end) in ms (UTC): a day, a whole month or a whole year. */
export function asOfSpan(asOf: string): [number, number] | null {
  if (!asOf) return null;
  const [y, m, d] = asOf.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** "2022-12-28" → "28 Dec 2022", "2022-08" → "Aug 2022", "" → "undated" (in the reader's language: see lib/site/i18n.ts). */
export const formatAsOf = (asOf: string, lang: Lang = EN): string => lang.date(asOf);

/** The date with its precision said where it is not a day: "Aug 2022 (month only)". */
export function formatAsOfWithPrecision(asOf: string, lang: Lang = EN): string {
  const precision = datePrecision(asOf);
  return precision === "month" || precision === "year" ? lang.t("charts.onlyPrecise", { date: lang.date(asOf), precision }) : lang.date(asOf);
}

function reportRef(dataset: Dataset, figureId: string, sourceId: string, passage: string, lang: Lang): ReportRef {
  const source = dataset.sourcesById.get(sourceId);
  if (!source) throw new Error(`figure ${figureId}: unknown source ${sourceId}`);
  // The title stays as published (it is what a reader searches for); the publisher is named in the reader's language.
  return { figureId, sourceId, sourceTitle: source.title, publisher: lang.name("publisher", source.publisher), passage, passageUrl: passageLink(source.url, passage) };
}

/** "28 Dec 2022", "about Dec 2011" for an approximate date, "undated". */
export const formatStatementDate = (asOf: string, basis: DateBasis | "", lang: Lang = EN): string =>
  basis === "approximate" ? lang.t("term.date.about", { date: lang.date(asOf) }) : lang.date(asOf);

/** What a figure counts, for a label: "" for a total, else its scope label. */
export const scopeSuffix = (s: { scope: Scope; scope_label: string }, lang: Lang = EN): string =>
  s.scope === "total" ? "" : ` · ${lang.name("scope_label", s.scope_label)}`;

/** A statement as drawn: one mark, whichever of its reports `shown` is, listing every report as a source. */
export function toBarDatum(row: ReportRow, dataset: Dataset, lang: Lang = EN): BarDatum {
  const statement = dataset.statementOf.get(row.figure_id);
  if (!statement) throw new Error(`figure ${row.figure_id} belongs to no statement`);
  const shown = statement;
  const reports = statement.reports.map((r) => reportRef(dataset, r.figureId, r.sourceId, r.passage, lang));
  const date = formatStatementDate(shown.as_of, shown.dateBasis, lang);
  const first = reports[0]!;
  const { value_low: low, value_high: high } = shown;
  const claimedBy = lang.name("claimed_by", shown.claimed_by);
  return {
    figureId: shown.figure_id,
    event: shown.event,
    label: `${claimedBy}, ${date}${scopeSuffix(shown, lang)}`,
    shortLabel: `${claimedBy.replace(/\s*\([^)]*\)/g, "").replace(/,.*$/, "")}, ${date}${scopeSuffix(shown, lang)}`,
    claimant: shown.claimant,
    claimedBy,
    measure: measureName(shown.metric, shown.measure, lang),
    place: shown.place,
    placeName: lang.name("place", shown.place),
    asOf: shown.as_of,
    certain: low ?? 0,
    extent: high ?? low ?? 0,
    openEnded: high === null,
    wording: wording(shown.qualifier, { low, high }, lang),
    scope: shown.scope,
    scopeLabel: lang.name("scope_label", shown.scope_label),
    standing: whyNotComparable(shown),
    dateBasis: shown.dateBasis,
    note: shown.note && lang.name("note", shown.note),
    precision: datePrecision(shown.as_of),
    sourceId: first.sourceId,
    sourceTitle: first.sourceTitle,
    publisher: first.publisher,
    passage: first.passage,
    passageUrl: first.passageUrl,
    reports,
  };
}

/**
 * The one-line takeaway under a chart title, from the drawn figures: the span each side stated —
 * of its totals only, when the chart also draws lists, single proceedings or undated figures.
 */
export function spreadTakeaway(data: readonly BarDatum[], lang: Lang = EN): string {
  const parts: string[] = [];
  const onlyTotals = data.some((d) => d.standing !== null);
  const of = onlyTotals ? "totals" : "statements";
  for (const side of ["official", "independent"] as const) {
    const drawn = data.filter((d) => d.claimant === side && (!onlyTotals || d.standing === null));
    if (!drawn.length) {
      parts.push(lang.t("charts.spread.none", { side, of }));
      continue;
    }
    const sorted = [...drawn].sort((a, b) => (a.certain || a.extent) - (b.certain || b.extent));
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    const count = drawn.length;
    parts.push(
      lo.wording === hi.wording
        ? lang.t("charts.spread.one", { side, of, count, wording: lo.wording })
        : lang.t("charts.spread.range", { side, of, count, low: lo.wording, high: hi.wording }),
    );
  }
  return lang.t("charts.spread.sentence", { parts: parts.join("; ") });
}
