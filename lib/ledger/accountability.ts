import type { ReportRow, Claimant } from "../data/reports";
import type { Statement } from "../data/statements";
import { CLAIMANTS, headlineOf } from "./headline";
import type { EventId } from "../data/events";
import type { MetricId } from "../data/metrics";
import { type Bounds, statedNumber, wording } from "../data/qualifiers";
import { EN, type Lang } from "../site/i18n";

/** A ratio between two counts, as an interval: open where either count is open. */
export type RatioBounds = { low: number | null; high: number | null };

/** How many of `a` per one of `b`, as far as the bounds allow. Division by zero leaves the bound open. */
export function ratioBounds(a: Bounds, b: Bounds): RatioBounds {
  const low = a.low !== null && b.high !== null && b.high > 0 ? a.low / b.high : null;
  const high = a.high !== null && b.low !== null && b.low > 0 ? a.high / b.low : null;
  return { low, high };
}

/** "about 31", "at least 1,000", "between 2 and 5" — never more precise than the inputs. */
export function ratioWording(r: RatioBounds, lang: Lang = EN): string {
  // Whole numbers from 10 up, one decimal below (1.5 to 1), in the reader's digits.
  const round = (n: number) => lang.count(n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
  if (r.low !== null && r.high !== null) {
    if (r.low !== r.high) return lang.t("ledger.ratio.between", { low: round(r.low), high: round(r.high) });
    return Number.isInteger(r.low) ? round(r.low) : lang.t("term.qualifier.about", { n: round(r.low) });
  }
  if (r.low !== null) return lang.t("term.qualifier.at_least", { n: round(r.low) });
  if (r.high !== null) return lang.t("ledger.ratio.atMost", { n: round(r.high) });
  return lang.t("ledger.ratio.none");
}

/**
 * One side of a ratio: a measure and how a sentence names the people it counts; `alongside`, a
 * measure counted apart that the sentence must name so that no one is left out in silence
 * (Zhanaozen: the officer convicted over a death in custody, beside the five convicted over the shooting).
 */
type Noun = "people-imprisoned" | "officers-imprisoned" | "people-convicted" | "officers-convicted" | "officer-convicted-custody-death";
type Term = { metric: MetricId; measure: string; noun: Noun; alongside?: { measure: string; noun: Noun } };

/**
 * The ratios the site states, each comparing like with like: people sentenced to prison with
 * officers sentenced to prison, people convicted with officers convicted (a conviction count
 * includes suspended and non-custodial sentences, a prison count does not).
 */
export const RATIO_PAIRS = [
  {
    id: "imprisoned",
    numerator: { metric: "protester-convictions", measure: "imprisoned", noun: "people-imprisoned" },
    denominator: { metric: "officer-prosecutions", measure: "imprisoned", noun: "officers-imprisoned" },
  },
  {
    id: "convicted",
    numerator: { metric: "protester-convictions", measure: "convicted", noun: "people-convicted" },
    denominator: {
      metric: "officer-prosecutions",
      measure: "convicted",
      noun: "officers-convicted",
      alongside: { measure: "convicted-custody-death", noun: "officer-convicted-custody-death" },
    },
  },
] as const satisfies readonly { id: string; numerator: Term; denominator: Term }[];

export type RatioPair = (typeof RATIO_PAIRS)[number];

/** A ratio of two statements by the same side, each picked by the headline rule. */
export type Ratio<C extends Statement = Statement> = {
  pair: RatioPair;
  claimant: Claimant;
  numerator: C;
  denominator: C;
  bounds: RatioBounds;
  /** The same side's statement of the denominator's `alongside` measure, when there is one: named, not added. */
  alongside: C | null;
};

const boundsOf = (c: ReportRow): Bounds => ({ low: c.value_low, high: c.value_high });

/**
 * Every ratio the data supports for an event: per pair, the official ratio and the independent
 * ratio, each dividing one side's headline figure by the same side's — never official by independent.
 */
export function accountabilityRatios<C extends Statement>(statements: readonly C[], event: EventId): Ratio<C>[] {
  const ratios: Ratio<C>[] = [];
  for (const pair of RATIO_PAIRS) {
    for (const claimant of CLAIMANTS) {
      const numerator = headlineOf(statements, { event, metric: pair.numerator.metric, measure: pair.numerator.measure }, claimant);
      const denominator = headlineOf(statements, { event, metric: pair.denominator.metric, measure: pair.denominator.measure }, claimant);
      if (numerator && denominator) {
        const also = "alongside" in pair.denominator ? pair.denominator.alongside : undefined;
        const alongside = also ? headlineOf(statements, { event, metric: pair.denominator.metric, measure: also.measure }, claimant) : null;
        ratios.push({ pair, claimant, numerator, denominator, bounds: ratioBounds(boundsOf(numerator), boundsOf(denominator)), alongside });
      }
    }
  }
  return ratios;
}

/** The people a term counts, after its number: "officers sentenced to prison" (the glossary's `ledger.noun`). */
export type NounKey = Term["noun"];

/** "9 officers sentenced to prison (General Prosecutor’s Office, 3 Apr 2023)". */
export const termWording = (c: ReportRow, noun: NounKey, lang: Lang = EN): string =>
  lang.t("ledger.term", {
    wording: wording(c.qualifier, boundsOf(c), lang),
    noun: lang.t(`ledger.noun.${noun}`, { count: statedNumber(c.qualifier, boundsOf(c)) ?? 100 }),
    claimedBy: lang.name("claimed_by", c.claimed_by),
    date: lang.date(c.as_of),
  });

/**
 * The sentence a reader can check against the table beside it: both figures, who said them and
 * when, and the ratio in words that are never more precise than the figures.
 */
export function ratioSentence(r: Ratio, lang: Lang = EN): string {
  const also = "alongside" in r.pair.denominator ? r.pair.denominator.alongside : undefined;
  return lang.t("ledger.ratio.sentence", {
    numerator: termWording(r.numerator, r.pair.numerator.noun, lang),
    denominator: termWording(r.denominator, r.pair.denominator.noun, lang),
    ratio: ratioWording(r.bounds, lang),
    floor: r.denominator.value_high === null ? "yes" : "no",
    apart: r.alongside && also ? termWording(r.alongside, also.noun, lang) : "",
    hasApart: r.alongside && also ? "yes" : "no",
  });
}
