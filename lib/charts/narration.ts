import { datePrecision, formatStatementDate } from "./data";
import type { ReportRow } from "../data/reports";
import type { Statement } from "../data/statements";
import { byRecency, isComparable, whyNotComparable } from "../ledger/headline";
import { type Bounds, wording } from "../data/qualifiers";
import { EN, type Lang } from "../site/i18n";

const boundsOf = (c: ReportRow): Bounds => ({ low: c.value_low, high: c.value_high });
const said = (c: Statement, lang: Lang) =>
  lang.t("charts.said", { wording: wording(c.qualifier, boundsOf(c), lang), claimedBy: lang.name("claimed_by", c.claimed_by), date: formatStatementDate(c.as_of, c.dateBasis, lang) });

/** "a, b and c" in the reader's language. */
export const andList = (items: readonly string[], lang: Lang = EN): string =>
  items.length < 2 ? (items[0] ?? "") : lang.t("charts.and", { list: items.slice(0, -1).join(", "), last: items[items.length - 1]! });

/**
 * How far the independent figure is from the official one, in words no more precise than the two
 * wordings: "172 more", "at least 172 more", "between 5 and 40 fewer", "the same figure"; null when
 * the two intervals overlap or an open bound leaves the direction unknown.
 */
export function gapWording(official: Bounds, independent: Bounds, lang: Lang = EN): string | null {
  const low = independent.low !== null && official.high !== null ? independent.low - official.high : null;
  const high = independent.high !== null && official.low !== null ? independent.high - official.low : null;
  const amount = (a: number, b: number | null, dir: "more" | "fewer") =>
    a === b
      ? lang.t("charts.gap.exact", { n: lang.count(a), dir })
      : b === null
        ? lang.t("charts.gap.atLeast", { n: lang.count(a), dir })
        : lang.t("charts.gap.between", { a: lang.count(a), b: lang.count(b), dir });
  if (low !== null && low > 0) return amount(low, high, "more");
  if (high !== null && high < 0) return amount(-high, low === null ? null : -low, "fewer");
  if (low === 0 && high === 0) return lang.t("charts.gap.same");
  return null;
}

/**
 * "The latest official figure is …; the latest independent one is …, 172 more." Totals only (the
 * headline rule's comparable statements): a list of names or one trial is never "the latest figure".
 */
export function latestSentence(statements: readonly Statement[], lang: Lang = EN): string {
  const [official, independent] = (["official", "independent"] as const).map((side) =>
    statements.filter((c) => c.claimant === side && isComparable(c)).sort(byRecency)[0],
  );
  if (official && independent) {
    const gap = gapWording(boundsOf(official), boundsOf(independent), lang);
    return lang.t("charts.latest.both", { official: said(official, lang), independent: said(independent, lang), gap: gap ?? "", overlap: gap === null ? "yes" : "no" });
  }
  const only = official ?? independent;
  if (!only) return statements.length ? lang.t("charts.latest.none") : "";
  const other = official ? "independent" : "official";
  return lang.t("charts.latest.only", { side: only.claimant, said: said(only, lang), what: statements.some((c) => c.claimant === other) ? "total" : "figure" });
}

const NOT_COMPARED = ["named_list", "proceeding", "subset", "undated", "passage-only"] as const;

/**
 * "Also drawn, not compared with the totals: 2 lists of people identified by name and 1 undated
 * statement." — or, for a chart that draws totals only, what it leaves out ("Not compared here: …").
 */
export function notComparedSentence(statements: readonly Statement[], drawn = true, lang: Lang = EN): string {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const why = whyNotComparable(s);
    if (why) {
      const key = why === "not-a-total" ? s.scope : why;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const parts = NOT_COMPARED.filter((k) => counts.has(k)).map((k) => lang.t(`charts.notCompared.${k}`, { count: counts.get(k)! }));
  if (!parts.length) return "";
  return lang.t(drawn ? "charts.notCompared.drawn" : "charts.notCompared.here", { list: andList(parts, lang) });
}

/**
 * "The official count went from 164 (9 Jan 2022) to 238 (28 Dec 2022)." From the comparable statements
 * dated to the day when there are two: a month-only date cannot be ordered against the days of its month.
 * Empty with fewer than two.
 */
export function movementSentence(statements: readonly Statement[], lang: Lang = EN): string {
  const official = statements.filter((c) => c.claimant === "official" && isComparable(c));
  const toTheDay = official.filter((c) => datePrecision(c.as_of) === "day");
  const dated = (toTheDay.length > 1 ? toTheDay : official).sort((a, b) => -byRecency(a, b));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last || first === last) return "";
  // Statements placed only approximately at the same date cannot be ordered among themselves: all are named.
  const at = (end: Statement) => {
    const same = end.dateBasis === "approximate" ? dated.filter((c) => c.as_of === end.as_of && c.dateBasis === "approximate") : [end];
    const words = [...new Set(same.map((c) => wording(c.qualifier, boundsOf(c), lang)))];
    const date = formatStatementDate(end.as_of, end.dateBasis, lang);
    return words.length === 1
      ? { words: words[0]!, date }
      : { words: lang.t("charts.or", { list: words.slice(0, -1).join(", "), last: words[words.length - 1]! }), date: lang.t("charts.notDatedMoreClosely", { date }) };
  };
  const [a, b] = [at(first), at(last)];
  // Every dated official figure placed only roughly at one same date: there is no "from … to …" to tell.
  const oneGroup = first.dateBasis === "approximate" && last.dateBasis === "approximate" && first.as_of === last.as_of;
  if (oneGroup && !first.legacy) return lang.t("charts.movement.unordered", { words: a.words, date: formatStatementDate(first.as_of, first.dateBasis, lang) });
  return a.words === b.words
    ? lang.t("charts.movement.stayed", { words: a.words, from: a.date, to: b.date })
    : lang.t("charts.movement.went", { from: a.words, fromDate: a.date, to: b.words, toDate: b.date });
}

/** "Deaths, January 2022: 12 statements, 7 official and 5 independent." */
export function countSentence(subject: string, statements: readonly Statement[], lang: Lang = EN): string {
  const n = (side: string) => statements.filter((c) => c.claimant === side).length;
  return lang.t("charts.count", { subject, count: statements.length, official: n("official"), independent: n("independent") });
}

export const narration = (...sentences: string[]): string => sentences.filter(Boolean).join(" ");
