import type { Claim, Claimant } from "./claims";
import type { EventId } from "./events";
import type { MetricId } from "./metrics";
import type { Qualifier } from "./qualifiers";

export const CLAIMANTS: readonly Claimant[] = ["official", "independent"];

/**
 * How definite a wording is, most definite first: among statements of one date, the one that
 * commits to a number beats one that only bounds it ("238" beats "at least 238").
 */
const DEFINITENESS: readonly Qualifier[] = ["exact", "about", "range", "at_least", "more_than", "almost", "up_to", "thousands", "hundreds", "dozens"];

/**
 * THE HEADLINE RULE — the one order every headline, ratio, funnel step and sentence is picked by.
 * 1. Latest first, by the date the figure was stated. Dates compare as written, so a month-only
 *    date ("2022-12") sorts before any day of that month: a statement we can date to the day wins
 *    over one we can only place in its month. Undated statements come last.
 * 2. Same date: the more definite wording first (see DEFINITENESS).
 * 3. Still tied: the larger lower bound, then the smaller upper bound — the narrower commitment.
 * 4. Still tied: figure_id, so that the pick never depends on the order of rows in a file.
 */
export function byRecency(a: Claim, b: Claim): number {
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

export const selectClaims = <C extends Claim>(claims: readonly C[], s: Selector): C[] =>
  claims.filter(
    (c) => c.event === s.event && c.metric === s.metric && c.measure === s.measure && c.place === (s.place ?? "all"),
  );

/**
 * The measure that stands for each metric in a headline. One measure only: a side with no figure
 * for it shows "no figure published", never a figure for something else in its place.
 */
export const MAIN_MEASURE: Record<MetricId, string> = {
  deaths: "killed",
  injuries: "injured",
  detentions: "detained",
  "protester-convictions": "convicted",
  "officer-prosecutions": "convicted",
};

/** The headline statement of one side for one event-wide measure: the first by the headline rule, or null. */
export function headlineOf<C extends Claim>(statements: readonly C[], s: Selector, claimant: Claimant): C | null {
  return selectClaims(statements, s).filter((c) => c.claimant === claimant).sort(byRecency)[0] ?? null;
}

/** The headline statement of one side for a metric's main measure. */
export const headline = <C extends Claim>(statements: readonly C[], event: EventId, metric: MetricId, claimant: Claimant): C | null =>
  headlineOf(statements, { event, metric, measure: MAIN_MEASURE[metric] }, claimant);
