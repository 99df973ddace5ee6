import { caseTally } from "../../ledger/case-tally";
import { accountabilityRatios, RATIO_PAIRS, ratioSentence } from "../../ledger/accountability";
import { CLAIMANTS, headlineOf, latestNotComparable } from "../../ledger/headline";
import { type BarDatum, formatAsOf, toBarDatum } from "../data";
import { EVENTS } from "../../data/events";
import { buildSpec, capitalise, type ChartKind } from "../spec";

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
  spec(dataset, state) {
    const title = `${EVENTS[state.event].name}: people and officers convicted and sentenced to prison`;
    const ratios = accountabilityRatios(dataset.statements, state.event);
    if (ratios.length) {
      const data = ratios.flatMap((r) =>
        [
          [r.numerator, r.pair.numerator.noun],
          [r.denominator, r.pair.denominator.noun],
        ].map(([statement, noun]) => {
          const s = statement as typeof r.numerator;
          return { ...toBarDatum(s, dataset), shortLabel: `${capitalise(noun as string)} (${s.claimant}), ${formatAsOf(s.as_of)}` };
        }),
      );
      const takeaway = ratios.map((r) => `${capitalise(r.claimant)} figures: ${ratioSentence(r, formatAsOf)}`).join(" ");
      return buildSpec(dataset, state, title, "people", data, takeaway);
    }
    const data: BarDatum[] = [];
    const terms = [...new Map(RATIO_PAIRS.flatMap((p) => [p.numerator, p.denominator]).map((t) => [`${t.metric}/${t.measure}`, t])).values()];
    for (const term of terms) {
      for (const claimant of CLAIMANTS) {
        const total = headlineOf(dataset.statements, { event: state.event, metric: term.metric, measure: term.measure }, claimant);
        const s = total ?? latestNotComparable(dataset.statements, { event: state.event, metric: term.metric, measure: term.measure }, claimant);
        if (s) data.push({ ...toBarDatum(s, dataset), shortLabel: `${capitalise(term.noun)} (${claimant}), ${formatAsOf(s.as_of)}${s.scope === "total" ? "" : ` · ${s.scope_label}`}` });
      }
    }
    if (!data.length) return null;
    const tally = caseTally(dataset.cases, state.event, "officer");
    const ours = tally.proceedings
      ? ` This project’s own tally of the named cases it documents: ${tally.convicted} officers convicted in ${tally.proceedings} proceedings${tally.through ? `, through ${formatAsOf(tally.through)}` : ""} — neither side’s figure, and not drawn.`
      : "";
    return buildSpec(
      dataset,
      state,
      title,
      "people",
      data,
      `No ratio: no side has published totals of both the people and the officers convicted or sentenced to prison, so the bars are not set against each other; a figure that counts part of the whole or one trial is labelled so.${ours}`,
    );
  },
};
