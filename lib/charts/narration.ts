import { datePrecision, formatAsOf } from "./data";
import type { ReportRow } from "../data/reports";
import { byRecency } from "../ledger/headline";
import { type Bounds, wording } from "../data/qualifiers";

const fmt = (n: number) => n.toLocaleString("en-GB");
const boundsOf = (c: ReportRow): Bounds => ({ low: c.value_low, high: c.value_high });
const said = (c: ReportRow) => `${wording(c.qualifier, boundsOf(c))} (${c.claimed_by}, ${formatAsOf(c.as_of)})`;

/**
 * How far the independent figure is from the official one, in words no more precise than the two
 * wordings: "172 more", "at least 172 more", "between 5 and 40 fewer"; null when the two intervals
 * overlap or an open bound leaves the direction unknown.
 */
export function gapWording(official: Bounds, independent: Bounds): string | null {
  const low = independent.low !== null && official.high !== null ? independent.low - official.high : null;
  const high = independent.high !== null && official.low !== null ? independent.high - official.low : null;
  const amount = (a: number | null, b: number | null, word: string) =>
    a === b ? `${fmt(a!)} ${word}` : b === null ? `at least ${fmt(a!)} ${word}` : `between ${fmt(a!)} and ${fmt(b)} ${word}`;
  if (low !== null && low > 0) return amount(low, high, "more");
  if (high !== null && high < 0) return amount(-high, low === null ? null : -low, "fewer");
  if (low === 0 && high === 0) return "the same figure";
  return null;
}

/** "The latest official figure is …; the latest independent one is …, 172 more." */
export function latestSentence(statements: readonly ReportRow[]): string {
  const [official, independent] = (["official", "independent"] as const).map((side) => statements.filter((c) => c.claimant === side).sort(byRecency)[0]);
  if (official && independent) {
    const gap = gapWording(boundsOf(official), boundsOf(independent));
    const tail = gap === null ? "; the two do not exclude each other" : gap === "the same figure" ? ", the same figure" : `, ${gap}`;
    return `The latest official figure is ${said(official)}; the latest independent one is ${said(independent)}${tail}.`;
  }
  const only = official ?? independent;
  if (!only) return "";
  return `The latest ${only.claimant} figure is ${said(only)}; no ${official ? "independent" : "official"} figure is drawn.`;
}

/**
 * "The official count went from 164 (9 Jan 2022) to 238 (22 Dec 2022)." From the statements dated to
 * the day when there are two: a month-only date cannot be ordered against the days of its month.
 * Empty with fewer than two dated official statements.
 */
export function movementSentence(statements: readonly ReportRow[]): string {
  const official = statements.filter((c) => c.claimant === "official" && c.as_of);
  const toTheDay = official.filter((c) => datePrecision(c.as_of) === "day");
  const dated = (toTheDay.length > 1 ? toTheDay : official).sort((a, b) => -byRecency(a, b));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last || first === last) return "";
  const [a, b] = [first, last].map((c) => wording(c.qualifier, boundsOf(c)));
  return a === b
    ? `The official count stayed at ${a} from ${formatAsOf(first.as_of)} to ${formatAsOf(last.as_of)}.`
    : `The official count went from ${a} (${formatAsOf(first.as_of)}) to ${b} (${formatAsOf(last.as_of)}).`;
}

/** "12 statements: 7 official, 5 independent." */
export function countSentence(subject: string, statements: readonly ReportRow[]): string {
  const n = (side: string) => statements.filter((c) => c.claimant === side).length;
  return `${subject}: ${statements.length} ${statements.length === 1 ? "statement" : "statements"}, ${n("official")} official and ${n("independent")} independent.`;
}

export const narration = (...sentences: string[]): string => sentences.filter(Boolean).join(" ");
