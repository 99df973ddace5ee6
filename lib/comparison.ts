import type { Claim, Claimant } from "./claims";
import type { EventId } from "./events";
import type { MetricId } from "./metrics";

export const CLAIMANTS: readonly Claimant[] = ["official", "independent"];

/** Newest first; among claims of the same date, the larger one first (so "at least 64" beats "up to 64"). */
export function byRecency(a: Claim, b: Claim): number {
  if (a.as_of !== b.as_of) return a.as_of < b.as_of ? 1 : -1;
  return (b.value_low ?? 0) - (a.value_low ?? 0) || (b.value_high ?? 0) - (a.value_high ?? 0);
}

export type Selector = { event: EventId; metric: MetricId; measure: string; place?: string };

export const selectClaims = (claims: readonly Claim[], s: Selector): Claim[] =>
  claims.filter(
    (c) => c.event === s.event && c.metric === s.metric && c.measure === s.measure && c.place === (s.place ?? "all"),
  );

/**
 * Which measure stands for a metric in a headline, in order of preference: when a side has no
 * claim of the first, its figure for the next is shown, labelled as such — never added to another.
 */
export const HEADLINE_MEASURES: Record<MetricId, readonly string[]> = {
  deaths: ["killed"],
  injuries: ["injured", "seriously-injured", "firearm-injuries"],
  detentions: ["detained", "detained-as-participants", "listed-at-police-station"],
  "protester-convictions": ["convicted", "imprisoned", "tried"],
  "officer-prosecutions": ["convicted", "imprisoned", "charged"],
};

/** The latest event-wide claim of one side for a metric, or null when that side has stated none. */
export function headline(claims: readonly Claim[], event: EventId, metric: MetricId, claimant: Claimant): Claim | null {
  for (const measure of HEADLINE_MEASURES[metric]) {
    const found = selectClaims(claims, { event, metric, measure }).filter((c) => c.claimant === claimant);
    const [latest] = found.sort(byRecency);
    if (latest) return latest;
  }
  return null;
}
