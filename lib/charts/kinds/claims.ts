import { toBarDatum } from "../data";
import { CLAIMANT_FILTERS } from "../state";
import { measureName } from "../../data/metrics";
import { countSentence, latestSentence, movementSentence, narration, notComparedSentence } from "../narration";
import { buildSpec, capitalise, type ChartKind, chronological, measuresWithStatements, placeSlug, statementsOf } from "../spec";

/** Every figure of one measure (optionally one place, one side), in date order. */
export const claimsChart: ChartKind<"claims"> = {
  chart: "claims",
  states: (dataset, event) =>
    measuresWithStatements(dataset, event).flatMap(({ metric, measure, statements }) =>
      CLAIMANT_FILTERS.flatMap((claimant) =>
        [...new Set(statements.map((c) => placeSlug(c.place)))].map((place) => ({ chart: "claims" as const, event, metric, measure, place, claimant })),
      ),
    ),
  spec(dataset, state, lang) {
    const statements = statementsOf(dataset, state.event, state.metric, state.measure)
      .filter((c) => placeSlug(c.place) === state.place)
      .filter((c) => state.claimant === "all" || c.claimant === state.claimant)
      .sort(chronological);
    if (!statements.length) return null;
    const measure = measureName(state.metric, state.measure, lang);
    const words = {
      event: lang.t(`term.event.${state.event}`),
      measure,
      Measure: capitalise(measure),
      inPlace: state.place === "all" ? "no" : "yes",
      place: lang.name("place", statements[0]!.place),
      who: state.claimant,
    };
    return buildSpec(
      dataset,
      state,
      lang.t("charts.claims.title", words),
      words.measure,
      statements.map((c) => toBarDatum(c, dataset, lang)),
      narration(
        countSentence(lang.t("charts.claims.subject", words), statements, lang),
        latestSentence(statements, lang),
        movementSentence(statements, lang),
        notComparedSentence(statements, true, lang),
      ),
      lang,
    );
  },
};
