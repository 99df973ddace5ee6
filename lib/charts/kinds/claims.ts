import { toBarDatum } from "../data";
import { CLAIMANT_FILTERS } from "../state";
import { EVENTS } from "../../data/events";
import { countSentence, latestSentence, movementSentence, narration, notComparedSentence } from "../narration";
import { buildSpec, capitalise, type ChartKind, chronological, measureName, measuresWithStatements, placeSlug, statementsOf } from "../spec";

/** Every figure of one measure (optionally one place, one side), in date order. */
export const claimsChart: ChartKind<"claims"> = {
  chart: "claims",
  states: (dataset, event) =>
    measuresWithStatements(dataset, event).flatMap(({ metric, measure, statements }) =>
      CLAIMANT_FILTERS.flatMap((claimant) =>
        [...new Set(statements.map((c) => placeSlug(c.place)))].map((place) => ({ chart: "claims" as const, event, metric, measure, place, claimant })),
      ),
    ),
  spec(dataset, state) {
    const statements = statementsOf(dataset, state.event, state.metric, state.measure)
      .filter((c) => placeSlug(c.place) === state.place)
      .filter((c) => state.claimant === "all" || c.claimant === state.claimant)
      .sort(chronological);
    if (!statements.length) return null;
    const place = state.place === "all" ? "" : ` in ${statements[0]!.place}`;
    const who = state.claimant === "all" ? "every count" : `${state.claimant} counts`;
    const measure = measureName(state.metric, state.measure);
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${measure}${place}, ${who} by date`,
      measure,
      statements.map((c) => toBarDatum(c, dataset)),
      narration(countSentence(`${capitalise(measure)}${place}, ${EVENTS[state.event].name}`, statements), latestSentence(statements), movementSentence(statements), notComparedSentence(statements)),
    );
  },
};
