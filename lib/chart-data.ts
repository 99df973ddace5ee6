import type { Claim, Claimant } from "./claims";
import type { Dataset } from "./dataset";
import type { EventId } from "./events";
import { METRICS } from "./metrics";
import { wording } from "./qualifiers";
import { passageLink } from "./sources";

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
  note: string;
  sourceId: string;
  sourceTitle: string;
  publisher: string;
  passage: string;
  passageUrl: string | null;
};

/** A partial date as a time (its first day, UTC), for a date axis; null when undated. */
export function asOfTime(asOf: string): number | null {
  if (!asOf) return null;
  const [y, m = "01", d = "01"] = asOf.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-12-28" → "28 Dec 2022", "2022-08" → "Aug 2022", "" → "undated". */
export function formatAsOf(asOf: string): string {
  if (!asOf) return "undated";
  const [y, m, d] = asOf.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(" ");
}

export function toBarDatum(claim: Claim, dataset: Dataset): BarDatum {
  const source = dataset.sourcesById.get(claim.source_id);
  if (!source) throw new Error(`figure ${claim.figure_id}: unknown source ${claim.source_id}`);
  const { value_low: low, value_high: high } = claim;
  return {
    figureId: claim.figure_id,
    event: claim.event,
    label: `${claim.claimed_by}, ${formatAsOf(claim.as_of)}`,
    shortLabel: `${claim.claimed_by.replace(/\s*\([^)]*\)/g, "").replace(/,.*$/, "")}, ${formatAsOf(claim.as_of)}`,
    claimant: claim.claimant,
    claimedBy: claim.claimed_by,
    measure: METRICS[claim.metric].measures[claim.measure] ?? claim.measure,
    place: claim.place,
    asOf: claim.as_of,
    certain: low ?? 0,
    extent: high ?? low ?? 0,
    openEnded: high === null,
    wording: wording(claim.qualifier, { low, high }),
    note: claim.note,
    sourceId: source.source_id,
    sourceTitle: source.title,
    publisher: source.publisher,
    passage: claim.passage,
    passageUrl: passageLink(source.url, claim.passage),
  };
}

const CLAIMANT_NAME: Record<Claimant, string> = { official: "Official", independent: "Independent" };

/** The one-line takeaway under a chart title, from the drawn figures: the span each side stated. */
export function spreadTakeaway(data: readonly BarDatum[]): string {
  const parts: string[] = [];
  for (const claimant of ["official", "independent"] as const) {
    const side = data.filter((d) => d.claimant === claimant);
    if (!side.length) {
      parts.push(`no ${claimant} figure`);
      continue;
    }
    const sorted = [...side].sort((a, b) => (a.certain || a.extent) - (b.certain || b.extent));
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    const n = `${side.length} ${side.length === 1 ? "statement" : "statements"}`;
    parts.push(
      lo.wording === hi.wording
        ? `${CLAIMANT_NAME[claimant]}: ${lo.wording} (${n})`
        : `${CLAIMANT_NAME[claimant]}: from ${lo.wording} to ${hi.wording} (${n})`,
    );
  }
  return `${parts.join("; ")}.`;
}
