import { toBarDatum } from "../chart-data";
import { CLAIMANT_FILTERS } from "../chart-state";
import { EVENTS } from "../events";
import { countSentence, latestSentence, movementSentence, narration } from "./narration";
import { buildSpec, capitalise, type ChartKind, chronological, measureName, measuresWithClaims, placeSlug, statementsOf } from "./spec";

/** Every figure of one measure (optionally one place, one side), in date order. */
export const claimsChart: ChartKind<"claims"> = {
  chart: "claims",
  states: (dataset, event) =>
    measuresWithClaims(dataset, event).flatMap(({ metric, measure, claims }) =>
      CLAIMANT_FILTERS.flatMap((claimant) =>
        [...new Set(claims.map((c) => placeSlug(c.place)))].map((place) => ({ chart: "claims" as const, event, metric, measure, place, claimant })),
      ),
    ),
  spec(dataset, state) {
    const claims = statementsOf(dataset, state.event, state.metric, state.measure)
      .filter((c) => placeSlug(c.place) === state.place)
      .filter((c) => state.claimant === "all" || c.claimant === state.claimant)
      .sort(chronological);
    if (!claims.length) return null;
    const place = state.place === "all" ? "" : ` in ${claims[0]!.place}`;
    const who = state.claimant === "all" ? "every count" : `${state.claimant} counts`;
    const measure = measureName(state.metric, state.measure);
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${measure}${place}, ${who} by date`,
      measure,
      claims.map((c) => toBarDatum(c, dataset)),
      narration(countSentence(`${capitalise(measure)}${place}, ${EVENTS[state.event].name}`, claims), latestSentence(claims), movementSentence(claims)),
    );
  },
};
