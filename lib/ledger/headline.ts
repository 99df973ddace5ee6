import type { Claimant } from "../data/reports";
import type { Statement } from "../data/statements";
import type { EventId } from "../data/events";
import type { MetricId } from "../data/metrics";
import type { Qualifier } from "../data/qualifiers";

export const CLAIMANTS: readonly Claimant[] = ["official", "independent"];

/**
 * How definite a wording is, most definite first: among statements of one date, the one that
 * commits to a number beats one that only bounds it ("238" beats "at least 238").
 */
const DEFINITENESS: readonly Qualifier[] = ["exact", "about", "range", "at_least", "more_than", "almost", "up_to", "thousands", "hundreds", "dozens"];

/**
 * Why a statement may not stand for its side — as a headline, a ratio term, a funnel step, the end
 * of a "went from … to …" — or null when it may. Only a total can: one trial, a list of names or a
 * subset counts something else. It must be dated, or it cannot be "the latest"; and its archive
 * must hold more than the passage, or what it counts and when cannot be checked.
 */
export type Standing = "not-a-total" | "undated" | "passage-only";
export function whyNotComparable(s: Pick<Statement, "scope" | "as_of" | "passageOnly" | "legacy">): Standing | null {
  if (s.legacy) return null;
  if (s.scope !== "total") return "not-a-total";
  if (!s.as_of) return "undated";
  if (s.passageOnly) return "passage-only";
  return null;
}
export const isComparable = (s: Pick<Statement, "scope" | "as_of" | "passageOnly" | "legacy">): boolean => whyNotComparable(s) === null;

/**
 * THE HEADLINE RULE — the one order every headline, ratio, funnel step and sentence is picked by,
 * among comparable statements only (see whyNotComparable: dated totals with a checkable archive).
 * 1. Latest first, by the date the statement was made (never a later relay's publication date).
 *    Dates compare by the first day they allow, so a month-only date ("2022-12") sorts before any
 *    day of that month and a year-only one before any day of that year: a statement we can date
 *    to the day wins over one we can only place in its month or year.
 * 2. Same date: the more definite wording first (see DEFINITENESS).
 * 3. Still tied: the larger lower bound, then the smaller upper bound — the narrower commitment.
 * 4. Still tied: figure_id, so that the pick never depends on the order of rows in a file.
 */
export function byRecency(a: Statement, b: Statement): number {
  if (a.as_of !== b.as_of) {
    if (!a.as_of || !b.as_of) return a.as_of ? -1 : 1;
    return a.as_of < b.as_of ? 1 : -1;
  }
  const definite = DEFINITENESS.indexOf(a.qualifier) - DEFINITENESS.indexOf(b.qualifier);
  if (definite) return definite;
  const low = (b.value_low ?? -1) - (a.value_low ?? -1);
  if (low) return low;
  const high = (a.value_high ?? Infinity) - (b.value_high ?? Infinity);
  if (high) return high;
  return a.figure_id < b.figure_id ? -1 : a.figure_id > b.figure_id ? 1 : 0;
}

export type Selector = { event: EventId; metric: MetricId; measure: string; place?: string };

export const selectStatements = <C extends Statement>(statements: readonly C[], s: Selector): C[] =>
  statements.filter(
    (c) => c.event === s.event && c.metric === s.metric && c.measure === s.measure && c.place === (s.place ?? "all"),
  );

/**
 * The latest statement of one side for one event-wide measure that may not stand for it (a list of
 * names, one trial, a subset, an undated or passage-only figure), for a page to show beside the
 * missing total under its own label — never as the side's total; null when there is none.
 */
export function latestNotComparable<C extends Statement>(statements: readonly C[], s: Selector, claimant: Claimant): C | null {
  return selectStatements(statements, s).filter((c) => c.claimant === claimant && !isComparable(c)).sort(byRecency)[0] ?? null;
}

/**
 * Which measure stands for each metric in a headline, in order of preference. The first is the
 * metric's main measure; when a side has published no figure for it, its figure for the next is
 * shown instead, labelled with its own measure and with "no figure published" for the main one —
 * never added to or passed off as another measure.
 */
export const HEADLINE_MEASURES: Record<MetricId, readonly [string, ...string[]]> = {
  deaths: ["killed"],
  injuries: ["injured", "seriously-injured"],
  detentions: ["detained", "detained-as-participants"],
  "protester-convictions": ["convicted", "imprisoned"],
  "officer-prosecutions": ["convicted", "imprisoned", "charged"],
};

export const mainMeasure = (metric: MetricId): string => HEADLINE_MEASURES[metric][0];

/** The headline statement of one side for one event-wide measure: the first comparable one by the headline rule, or null. */
export function headlineOf<C extends Statement>(statements: readonly C[], s: Selector, claimant: Claimant): C | null {
  return selectStatements(statements, s).filter((c) => c.claimant === claimant && isComparable(c)).sort(byRecency)[0] ?? null;
}

/**
 * The headline statement of one side for a metric: the first by the headline rule among the
 * metric's main measure, else among the next measure in HEADLINE_MEASURES; null when none.
 * `isMain` says whether it counts the main measure, so that the page can say what is missing.
 */
export function headline<C extends Statement>(
  statements: readonly C[],
  event: EventId,
  metric: MetricId,
  claimant: Claimant,
): { statement: C; isMain: boolean } | null {
  for (const measure of HEADLINE_MEASURES[metric]) {
    const statement = headlineOf(statements, { event, metric, measure }, claimant);
    if (statement) return { statement, isMain: measure === mainMeasure(metric) };
  }
  return null;
}
