import type { EventId } from "../data/events";
import type { MetricId } from "../data/metrics";
import { type Bounds, wording } from "../data/qualifiers";
import type { Statement } from "../data/statements";
import { whyNotComparable } from "./headline";

/** A side's headline pick, and whether it counts the row's own measure or stands in with a related one. */
export type Pick = { statement: Statement; isMain: boolean; measureName: string };

/** How a date reads in a sentence; passed in so that the ledger stays free of display formats. */
export type DateWords = (asOf: string, basis: Statement["dateBasis"]) => string;

const boundsOf = (s: Statement): Bounds => ({ low: s.value_low, high: s.value_high });

/** The latest date of any statement the ledger holds for a measure of an event, whatever its side or scope ("" when none is dated). */
export function latestEvidence(statements: readonly Statement[], event: EventId, metric: MetricId, measure: string): string {
  let latest = "";
  for (const s of statements) if (s.event === event && s.metric === metric && s.measure === measure && s.as_of > latest) latest = s.as_of;
  return latest;
}

const monthsBetween = (a: string, b: string): number => {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 0);
  return Math.abs(m(a) - m(b));
};

/** What a figure's wording commits to, when it is not a plain number. */
function kindOfWording(s: Statement): string | null {
  if (s.value_low !== null && s.value_high === null) return `a lower bound (“${wording(s.qualifier, boundsOf(s))}”): the number may be higher`;
  if (s.value_low === null && s.value_high !== null) return `an upper bound (“${wording(s.qualifier, boundsOf(s))}”)`;
  if (s.value_low !== s.value_high) return `an estimate (${wording(s.qualifier, boundsOf(s))})`;
  return null;
}

const KIND_OF_NON_TOTAL: Record<string, string> = {
  named_list: "a list of people identified by name, a lower bound of its own kind",
  proceeding: "one proceeding, not the whole event",
  subset: "part of the measure only",
  undated: "undated, so it cannot be placed against the others",
  "passage-only": "its archive holds only the passage, so what it counts and when cannot be checked",
};

/**
 * The short note beside a headline row that says why the two sides differ: what each side's figure
 * is (a total, a lower bound, an estimate), how far apart in time they were stated, and what the
 * ledger holds for the measure that is not compared (lists of names, single trials, subsets) —
 * generated from the statements, so that it cannot drift from them.
 */
export function whyTheyDiffer(
  picks: readonly [Pick | null, Pick | null],
  measureStatements: readonly Statement[],
  date: DateWords,
): string {
  const sentences: string[] = [];
  const [official, independent] = picks.map((p) => (p?.isMain ? p.statement : null)) as [Statement | null, Statement | null];
  picks.forEach((p, i) => {
    if (p && !p.isMain) sentences.push(`The ${i ? "independent" : "official"} figure shown counts a related measure (${p.measureName}): that side has published no total of this one.`);
  });
  if (official && independent) {
    const kinds = ([["official", official], ["independent", independent]] as const)
      .map(([side, s]) => [side, kindOfWording(s)] as const)
      .filter(([, k]) => k)
      .map(([side, k]) => `the ${side} figure is ${k}`);
    sentences.push(kinds.length ? `Both are totals; ${kinds.join(", and ")}.` : "Both are totals, each stated as a single number.");
    const months = monthsBetween(official.as_of, independent.as_of);
    if (months >= 1) {
      sentences.push(`They were stated ${months === 1 ? "a month" : `${months} months`} apart (${date(official.as_of, official.dateBasis)} and ${date(independent.as_of, independent.dateBasis)}); neither is brought up to the other’s date.`);
    }
  } else if ((official || independent) && !picks.some((p) => p && !p.isMain)) {
    const missing = official ? "independent" : "official";
    sentences.push(`No ${missing} total has been published, so there is nothing like-for-like to set against the ${official ? "official" : "independent"} figure.`);
  }
  const notCompared = measureStatements
    .filter((s) => whyNotComparable(s) !== null)
    .sort((a, b) => (a.as_of < b.as_of ? 1 : a.as_of > b.as_of ? -1 : 0))
    .slice(0, 2)
    .map((s) => {
      const why = whyNotComparable(s)!;
      const label = s.scope === "total" ? "" : `${s.scope_label}; `;
      return `${wording(s.qualifier, boundsOf(s))} (${label}${s.claimed_by}, ${s.as_of ? date(s.as_of, s.dateBasis) : "undated"}) — ${KIND_OF_NON_TOTAL[why === "not-a-total" ? s.scope : why]}`;
    });
  if (notCompared.length) sentences.push(`Not compared: ${notCompared.join("; ")}.`);
  if (!sentences.length && !official && !independent) sentences.push("Neither side has published a figure for it.");
  return sentences.join(" ");
}
