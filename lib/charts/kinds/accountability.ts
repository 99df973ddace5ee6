import { accountabilityRatios, ratioSentence } from "../../ledger/accountability";
import { formatAsOf, toBarDatum } from "../data";
import { EVENTS } from "../../data/events";
import { buildSpec, capitalise, type ChartKind } from "../spec";

/**
 * The ratios of an event as bars: for each ratio, its two figures side by side — official with
 * official, independent with independent — and the ratio sentences as the takeaway, so that the
 * chart, its table and the sentence hold the same four numbers.
 */
export const accountabilityChart: ChartKind<"accountability"> = {
  chart: "accountability",
  states: (_dataset, event) => [{ chart: "accountability", event }],
  spec(dataset, state) {
    const ratios = accountabilityRatios(dataset.statements, state.event);
    if (!ratios.length) return null;
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
    return buildSpec(dataset, state, `${EVENTS[state.event].name}: people and officers convicted and sentenced to prison`, "people", data, takeaway);
  },
};
