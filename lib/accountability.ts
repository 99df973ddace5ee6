import type { Claim } from "./claims";
import { byRecency, selectClaims } from "./comparison";
import type { EventId } from "./events";
import type { Bounds } from "./qualifiers";

/** A ratio between two counts, as an interval: open where either count is open. */
export type RatioBounds = { low: number | null; high: number | null };

/** How many of `a` per one of `b`, as far as the bounds allow. Division by zero leaves the bound open. */
export function ratioBounds(a: Bounds, b: Bounds): RatioBounds {
  const low = a.low !== null && b.high !== null && b.high > 0 ? a.low / b.high : null;
  const high = a.high !== null && b.low !== null && b.low > 0 ? a.high / b.low : null;
  return { low, high };
}

const round = (n: number) => (n >= 10 ? Math.round(n).toLocaleString("en-GB") : n.toFixed(1).replace(/\.0$/, ""));

/** "about 31", "at least 1,000", "between 2 and 5" — never more precise than the inputs. */
export function ratioWording(r: RatioBounds): string {
  if (r.low !== null && r.high !== null) {
    if (r.low !== r.high) return `between ${round(r.low)} and ${round(r.high)}`;
    return Number.isInteger(r.low) ? round(r.low) : `about ${round(r.low)}`;
  }
  if (r.low !== null) return `at least ${round(r.low)}`;
  if (r.high !== null) return `at most ${round(r.high)}`;
  return "not computable from these figures";
}

export type Contrast = {
  protestersConvicted: Claim | null;
  officersConvicted: Claim | null;
  officersImprisoned: Claim | null;
  /** The officers' figure the ratio divides by: convicted or imprisoned, whichever is the later. */
  officersCounted: Claim | null;
  /** Protesters convicted per officer in `officersCounted`. */
  ratio: RatioBounds | null;
};

const latest = (claims: Claim[]) => claims.sort(byRecency)[0] ?? null;

/**
 * Protesters convicted against officers convicted: the latest official count of the former
 * (the state's own number), the latest event-wide count from anyone of the latter.
 */
export function accountabilityContrast(claims: readonly Claim[], event: EventId): Contrast {
  const protestersConvicted =
    latest(selectClaims(claims, { event, metric: "protester-convictions", measure: "convicted" }).filter((c) => c.claimant === "official")) ??
    latest(selectClaims(claims, { event, metric: "protester-convictions", measure: "convicted" }));
  const officersConvicted = latest(selectClaims(claims, { event, metric: "officer-prosecutions", measure: "convicted" }));
  const officersImprisoned = latest(selectClaims(claims, { event, metric: "officer-prosecutions", measure: "imprisoned" }));
  const officersCounted = latest([officersConvicted, officersImprisoned].filter((c): c is Claim => c !== null));
  const ratio =
    protestersConvicted && officersCounted
      ? ratioBounds(
          { low: protestersConvicted.value_low, high: protestersConvicted.value_high },
          { low: officersCounted.value_low, high: officersCounted.value_high },
        )
      : null;
  return { protestersConvicted, officersConvicted, officersImprisoned, officersCounted, ratio };
}
