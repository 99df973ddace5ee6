import type { DateBasis, ReportRow, Claimant, Scope } from "../data/reports";
import { type Standing, whyNotComparable } from "../ledger/headline";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { METRICS } from "../data/metrics";
import { wording } from "../data/qualifiers";
import { passageLink } from "../data/sources";

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
  place: string;
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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-12-28" → "28 Dec 2022", "2022-08" → "Aug 2022", "" → "undated". */
export function formatAsOf(asOf: string): string {
  if (!asOf) return "undated";
  const [y, m, d] = asOf.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(" ");
}

/** The date with its precision said where it is not a day: "Aug 2022 (month only)". */
export function formatAsOfWithPrecision(asOf: string): string {
  const precision = datePrecision(asOf);
  return precision === "month" || precision === "year" ? `${formatAsOf(asOf)} (${precision} only)` : formatAsOf(asOf);
}

function reportRef(dataset: Dataset, figureId: string, sourceId: string, passage: string): ReportRef {
  const source = dataset.sourcesById.get(sourceId);
  if (!source) throw new Error(`figure ${figureId}: unknown source ${sourceId}`);
  return { figureId, sourceId, sourceTitle: source.title, publisher: source.publisher, passage, passageUrl: passageLink(source.url, passage) };
}

/** "28 Dec 2022", "about Dec 2011" for an approximate date, "undated". */
export const formatStatementDate = (asOf: string, basis: DateBasis | ""): string => `${basis === "approximate" ? "about " : ""}${formatAsOf(asOf)}`;

/** What a figure counts, for a label: "" for a total, else its scope label. */
export const scopeSuffix = (s: { scope: Scope; scope_label: string }): string => (s.scope === "total" ? "" : ` · ${s.scope_label}`);

/** A statement as drawn: one mark, whichever of its reports `shown` is, listing every report as a source. */
export function toBarDatum(row: ReportRow, dataset: Dataset): BarDatum {
  const statement = dataset.statementOf.get(row.figure_id);
  if (!statement) throw new Error(`figure ${row.figure_id} belongs to no statement`);
  const shown = statement;
  const reports = statement.reports.map((r) => reportRef(dataset, r.figureId, r.sourceId, r.passage));
  const date = formatStatementDate(shown.as_of, shown.dateBasis);
  const first = reports[0]!;
  const { value_low: low, value_high: high } = shown;
  return {
    figureId: shown.figure_id,
    event: shown.event,
    label: `${shown.claimed_by}, ${date}${scopeSuffix(shown)}`,
    shortLabel: `${shown.claimed_by.replace(/\s*\([^)]*\)/g, "").replace(/,.*$/, "")}, ${date}${scopeSuffix(shown)}`,
    claimant: shown.claimant,
    claimedBy: shown.claimed_by,
    measure: METRICS[shown.metric].measures[shown.measure] ?? shown.measure,
    place: shown.place,
    asOf: shown.as_of,
    certain: low ?? 0,
    extent: high ?? low ?? 0,
    openEnded: high === null,
    wording: wording(shown.qualifier, { low, high }),
    scope: shown.scope,
    scopeLabel: shown.scope_label,
    standing: whyNotComparable(shown),
    dateBasis: shown.dateBasis,
    note: shown.note,
    precision: datePrecision(shown.as_of),
    sourceId: first.sourceId,
    sourceTitle: first.sourceTitle,
    publisher: first.publisher,
    passage: first.passage,
    passageUrl: first.passageUrl,
    reports,
  };
}

const CLAIMANT_NAME: Record<Claimant, string> = { official: "Official", independent: "Independent" };

/**
 * The one-line takeaway under a chart title, from the drawn figures: the span each side stated —
 * of its totals only, when the chart also draws lists, single proceedings or undated figures.
 */
export function spreadTakeaway(data: readonly BarDatum[]): string {
  const parts: string[] = [];
  const onlyTotals = data.some((d) => d.standing !== null);
  for (const claimant of ["official", "independent"] as const) {
    const side = data.filter((d) => d.claimant === claimant && (!onlyTotals || d.standing === null));
    if (!side.length) {
      parts.push(`no ${claimant} ${onlyTotals ? "total" : "figure"}`);
      continue;
    }
    const sorted = [...side].sort((a, b) => (a.certain || a.extent) - (b.certain || b.extent));
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    const n = `${side.length} ${onlyTotals ? (side.length === 1 ? "total" : "totals") : side.length === 1 ? "statement" : "statements"}`;
    parts.push(
      lo.wording === hi.wording
        ? `${CLAIMANT_NAME[claimant]}: ${lo.wording} (${n})`
        : `${CLAIMANT_NAME[claimant]}: from ${lo.wording} to ${hi.wording} (${n})`,
    );
  }
  return `${parts.join("; ")}.`;
}
