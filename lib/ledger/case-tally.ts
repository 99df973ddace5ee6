import type { Case } from "../data/cases";
import type { EventId } from "../data/events";

/**
 * This project's own count from the named cases it documents: people convicted in the proceedings
 * listed, through the latest verdict among them. Neither an official nor an independent figure —
 * it is shown beside them, labelled, and never added to either.
 */
export type CaseTally = {
  /** People convicted, over the proceedings whose sources say how many. */
  convicted: number;
  /** Proceedings counted. */
  proceedings: number;
  /** Proceedings that ended in a conviction without the sources saying of how many: not in `convicted`. */
  uncounted: number;
  /** The latest verdict date among the proceedings counted ("" when none is dated). */
  through: string;
};

// A verdict dated only to its year or month may fall on the last day of it: "through 2024", never "through 19 Mar 2024" past a verdict of some day in 2024.
const lastDay = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

const ENDED_IN_CONVICTION = new Set<Case["outcome"]>(["convicted", "appealed-reduced"]);

export function caseTally(cases: readonly Case[], event: EventId, role: Case["role"]): CaseTally {
  const convictedCases = cases.filter((c) => c.event === event && c.role === role && ENDED_IN_CONVICTION.has(c.outcome));
  const counted = convictedCases.filter((c) => c.convicted !== null);
  return {
    convicted: counted.reduce((n, c) => n + c.convicted!, 0),
    proceedings: counted.length,
    uncounted: convictedCases.length - counted.length,
    through: counted.map((c) => c.verdict_date).reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a), ""),
  };
}
