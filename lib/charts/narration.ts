import { datePrecision, formatAsOf, formatStatementDate } from "./data";
import type { ReportRow } from "../data/reports";
import type { Statement } from "../data/statements";
import { byRecency, isComparable, whyNotComparable } from "../ledger/headline";
import { type Bounds, wording } from "../data/qualifiers";

const fmt = (n: number) => n.toLocaleString("en-GB");
const boundsOf = (c: ReportRow): Bounds => ({ low: c.value_low, high: c.value_high });
const said = (c: Statement) => `${wording(c.qualifier, boundsOf(c))} (${c.claimed_by}, ${formatStatementDate(c.as_of, c.dateBasis)})`;

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

/**
 * "The latest official figure is …; the latest independent one is …, 172 more." Totals only (the
 * headline rule's comparable statements): a list of names or one trial is never "the latest figure".
 */
export function latestSentence(statements: readonly Statement[]): string {
  const [official, independent] = (["official", "independent"] as const).map((side) =>
    statements.filter((c) => c.claimant === side && isComparable(c)).sort(byRecency)[0],
  );
  if (official && independent) {
    const gap = gapWording(boundsOf(official), boundsOf(independent));
    const tail = gap === null ? "; the two do not exclude each other" : gap === "the same figure" ? ", the same figure" : `, ${gap}`;
    return `The latest official figure is ${said(official)}; the latest independent one is ${said(independent)}${tail}.`;
  }
  const only = official ?? independent;
  if (!only) return statements.length ? "None of these figures is a dated total, so none is compared as the latest." : "";
  const other = official ? "independent" : "official";
  const absent = statements.some((c) => c.claimant === other) ? `no ${other} total is drawn` : `no ${other} figure is drawn`;
  return `The latest ${only.claimant} figure is ${said(only)}; ${absent}.`;
}

const NOT_COMPARED: Record<string, [string, string]> = {
  named_list: ["list of people identified by name", "lists of people identified by name"],
  proceeding: ["figure from one proceeding", "figures from single proceedings"],
  subset: ["figure for part of the measure", "figures for part of the measure"],
  undated: ["undated statement", "undated statements"],
  "passage-only": ["figure whose archived source holds only the passage", "figures whose archived sources hold only the passage"],
};

/**
 * "Also drawn, not compared with the totals: 2 lists of people identified by name and 1 undated
 * statement." — or, for a chart that draws totals only, what it leaves out ("Not compared here: …").
 */
export function notComparedSentence(statements: readonly Statement[], drawn = true): string {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const why = whyNotComparable(s);
    if (why) {
      const key = why === "not-a-total" ? s.scope : why;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const parts = Object.keys(NOT_COMPARED)
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${NOT_COMPARED[k]![counts.get(k) === 1 ? 0 : 1]}`);
  if (!parts.length) return "";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return drawn ? `Also drawn, not compared with the totals: ${list}.` : `Not compared here: ${list}.`;
}

/**
 * "The official count went from 164 (9 Jan 2022) to 238 (28 Dec 2022)." From the comparable statements
 * dated to the day when there are two: a month-only date cannot be ordered against the days of its month.
 * Empty with fewer than two.
 */
export function movementSentence(statements: readonly Statement[]): string {
  const official = statements.filter((c) => c.claimant === "official" && isComparable(c));
  const toTheDay = official.filter((c) => datePrecision(c.as_of) === "day");
  const dated = (toTheDay.length > 1 ? toTheDay : official).sort((a, b) => -byRecency(a, b));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last || first === last) return "";
  // Statements placed only approximately at the same date cannot be ordered among themselves: all are named.
  const at = (end: Statement) => {
    const same = end.dateBasis === "approximate" ? dated.filter((c) => c.as_of === end.as_of && c.dateBasis === "approximate") : [end];
    const words = [...new Set(same.map((c) => wording(c.qualifier, boundsOf(c))))];
    const date = formatStatementDate(end.as_of, end.dateBasis);
    return words.length === 1 ? { words: words[0]!, date, many: false } : { words: `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`, date: `${date}, not dated more closely`, many: true };
  };
  const [a, b] = [at(first), at(last)];
  return a.words === b.words
    ? `The official count stayed at ${a.words} from ${a.date} to ${b.date}.`
    : `The official count went from ${a.words} (${a.date}) to ${b.words} (${b.date}).`;
}

/** "12 statements: 7 official, 5 independent." */
export function countSentence(subject: string, statements: readonly Statement[]): string {
  const n = (side: string) => statements.filter((c) => c.claimant === side).length;
  return `${subject}: ${statements.length} ${statements.length === 1 ? "statement" : "statements"}, ${n("official")} official and ${n("independent")} independent.`;
}

export const narration = (...sentences: string[]): string => sentences.filter(Boolean).join(" ");
