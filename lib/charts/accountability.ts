import { accountabilityContrast, ratioWording } from "../accountability";
import type { Claim } from "../claims";
import { formatAsOf, toBarDatum } from "../chart-data";
import { EVENTS } from "../events";
import { buildSpec, capitalise, type ChartKind } from "./spec";

/** Protesters convicted against officers convicted and imprisoned, with the ratio as the takeaway. */
export const accountabilityChart: ChartKind<"accountability"> = {
  chart: "accountability",
  states: (_dataset, event) => [{ chart: "accountability", event }],
  spec(dataset, state) {
    const contrast = accountabilityContrast(dataset.claims, state.event);
    const claims = [contrast.protestersConvicted, contrast.officersConvicted, contrast.officersImprisoned].filter(
      (c): c is Claim => c !== null,
    );
    if (!claims.length) return null;
    const takeaway =
      contrast.ratio && contrast.officersCounted
        ? `${capitalise(ratioWording(contrast.ratio))} protesters convicted for every officer ${contrast.officersCounted.measure}, on the latest figures.`
        : undefined;
    const data = claims.map((c) => {
      const d = toBarDatum(c, dataset);
      return { ...d, shortLabel: `${c.metric === "protester-convictions" ? "Protesters" : "Officers"} ${c.measure}, ${formatAsOf(c.as_of)}` };
    });
    return buildSpec(dataset, state, `${EVENTS[state.event].name}: protesters convicted vs officers held to account`, "people", data, takeaway);
  },
};
