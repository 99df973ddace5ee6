import type { EventId } from "../data/events";
import type { MetricId } from "../data/metrics";
import { type Bounds, wording } from "../data/qualifiers";
import type { Statement } from "../data/statements";
import { whyNotComparable } from "./headline";
import { EN, type Lang } from "../site/i18n";

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
function kindOfWording(s: Statement, lang: Lang): string | null {
  const words = wording(s.qualifier, boundsOf(s), lang);
  if (s.value_low !== null && s.value_high === null) return lang.t("ledger.why.lowerBound", { words });
  if (s.value_low === null && s.value_high !== null) return lang.t("ledger.why.upperBound", { words });
  if (s.value_low !== s.value_high) return lang.t("ledger.why.estimate", { words });
  return null;
}

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
  lang: Lang = EN,
): string {
  const sentences: string[] = [];
  const [official, independent] = picks.map((p) => (p?.isMain ? p.statement : null)) as [Statement | null, Statement | null];
  picks.forEach((p, i) => {
    if (p && !p.isMain) sentences.push(lang.t("ledger.why.related", { side: i ? "independent" : "official", measure: p.measureName }));
  });
  if (official && independent) {
    const kinds = ([["official", official], ["independent", independent]] as const)
      .map(([side, s]) => [side, kindOfWording(s, lang)] as const)
      .filter(([, k]) => k)
      .map(([side, kind]) => lang.t("ledger.why.sideIs", { side, kind: kind! }));
    sentences.push(kinds.length ? lang.t("ledger.why.bothTotals", { kinds: kinds.join(lang.t("ledger.why.kindsJoin")) }) : lang.t("ledger.why.bothSingle"));
    const months = monthsBetween(official.as_of, independent.as_of);
    if (months >= 1) {
      sentences.push(lang.t("ledger.why.apart", { months, official: date(official.as_of, official.dateBasis), independent: date(independent.as_of, independent.dateBasis) }));
    }
  } else if ((official || independent) && !picks.some((p) => p && !p.isMain)) {
    sentences.push(lang.t("ledger.why.noOther", { missing: official ? "independent" : "official" }));
  }
  const notCompared = measureStatements
    .filter((s) => whyNotComparable(s) !== null)
    .sort((a, b) => (a.as_of < b.as_of ? 1 : a.as_of > b.as_of ? -1 : 0))
    .slice(0, 2)
    .map((s) => {
      const why = whyNotComparable(s)!;
      return lang.t("ledger.why.item", {
        words: wording(s.qualifier, boundsOf(s), lang),
        label: s.scope === "total" ? "" : lang.name("scope_label", s.scope_label),
        hasLabel: s.scope === "total" ? "no" : "yes",
        claimedBy: lang.name("claimed_by", s.claimed_by),
        date: s.as_of ? date(s.as_of, s.dateBasis) : lang.t("term.date.undated"),
        kind: lang.t(`ledger.why.nonTotal.${why === "not-a-total" ? s.scope : why}` as "ledger.why.nonTotal.named_list"),
      });
    });
  if (notCompared.length) sentences.push(lang.t("ledger.why.notCompared", { items: notCompared.join("; ") }));
  if (!sentences.length && !official && !independent) sentences.push(lang.t("ledger.why.neither"));
  return sentences.join(" ");
}
