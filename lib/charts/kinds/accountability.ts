import { caseTally } from "../../ledger/case-tally";
import { accountabilityRatios, type NounKey, RATIO_PAIRS, ratioSentence } from "../../ledger/accountability";
import { CLAIMANTS, headlineOf, latestNotComparable } from "../../ledger/headline";
import { type BarDatum, scopeSuffix, toBarDatum } from "../data";
import { buildSpec, type ChartKind } from "../spec";

/**
 * The ratios of an event as bars: for each ratio, its two figures side by side — official with
 * official, independent with independent — and the ratio sentences as the takeaway, so that the
 * chart, its table and the sentence hold the same four numbers. With no ratio to draw (no side has
 * totals of both people and officers), each term's total where one exists, else the side's latest
 * figure that counts something narrower, labelled as such; and this project's tally of the named
 * cases in words, never as a mark of either side.
 */
export const accountabilityChart: ChartKind<"accountability"> = {
  chart: "accountability",
  states: (_dataset, event) => [{ chart: "accountability", event }],
  spec(dataset, state, lang) {
    const title = lang.t("charts.accountability.title", { event: lang.t(`term.event.${state.event}`) });
    const people = lang.t("charts.unit.people");
    const label = (noun: NounKey, side: string, asOf: string, scope = "") =>
      lang.t("charts.accountability.label", { noun: lang.t(`ledger.markLabel.${noun}`), side, date: lang.date(asOf), scope });
    const ratios = accountabilityRatios(dataset.statements, state.event);
    if (ratios.length) {
      const data = ratios.flatMap((r) =>
        ([
          [r.numerator, r.pair.numerator.noun],
          [r.denominator, r.pair.denominator.noun],
        ] as const).map(([s, noun]) => ({ ...toBarDatum(s, dataset, lang), shortLabel: label(noun, s.claimant, s.as_of) })),
      );
      const takeaway = ratios.map((r) => lang.t("ledger.ratio.ofSide", { side: r.claimant, sentence: ratioSentence(r, lang) })).join(" ");
      return buildSpec(dataset, state, title, people, data, takeaway, lang);
    }
    const data: BarDatum[] = [];
    const terms = [...new Map(RATIO_PAIRS.flatMap((p) => [p.numerator, p.denominator]).map((t) => [`${t.metric}/${t.measure}`, t])).values()];
    for (const term of terms) {
      for (const side of CLAIMANTS) {
        const total = headlineOf(dataset.statements, { event: state.event, metric: term.metric, measure: term.measure }, side);
        const s = total ?? latestNotComparable(dataset.statements, { event: state.event, metric: term.metric, measure: term.measure }, side);
        if (s) data.push({ ...toBarDatum(s, dataset, lang), shortLabel: label(term.noun, side, s.as_of, scopeSuffix(s, lang)) });
      }
    }
    if (!data.length) return null;
    const tally = caseTally(dataset.cases, state.event, "officer");
    return buildSpec(
      dataset,
      state,
      title,
      people,
      data,
      lang.t("charts.accountability.noRatio", {
        tally: tally.proceedings ? "yes" : "no",
        convicted: tally.convicted,
        proceedings: tally.proceedings,
        through: tally.through ? lang.date(tally.through) : "",
        dated: tally.through ? "yes" : "no",
      }),
      lang,
    );
  },
};
