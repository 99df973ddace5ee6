import { toBarDatum } from "../data";
import { EVENTS } from "../../data/events";
import { latestSentence, movementSentence, narration, notComparedSentence } from "../narration";
import { buildSpec, type ChartKind, chronological, measureName, measuresWithStatements, statementsOf } from "../spec";

/** A timeline needs enough dated figures to show movement. */
const MIN_TIMELINE_POINTS = 4;

/** One measure's event-wide figures on a date axis: how the official count moved, and the independent ones beside it. */
export const timelineChart: ChartKind<"timeline"> = {
  chart: "timeline",
  states: (dataset, event) => measuresWithStatements(dataset, event).map(({ metric, measure }) => ({ chart: "timeline" as const, event, metric, measure })),
  spec(dataset, state) {
    const all = statementsOf(dataset, state.event, state.metric, state.measure).filter((c) => c.place === "all");
    const dated = all.filter((c) => c.as_of !== "").sort(chronological);
    if (dated.length < MIN_TIMELINE_POINTS || new Set(dated.map((c) => c.as_of)).size < 3) return null;
    const independent = dated.filter((c) => c.claimant === "independent").length;
    const official = dated.length - independent;
    const undated = all.length - dated.length;
    const measure = measureName(state.metric, state.measure);
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${measure} over time, official and independent`,
      measure,
      dated.map((c) => toBarDatum(c, dataset)),
      narration(
        `How the counts of ${measure} moved: ${official} official and ${independent} independent ${dated.length === 1 ? "statement" : "statements"} by the date each was made.`,
        movementSentence(dated),
        latestSentence(dated),
        notComparedSentence(dated),
        undated ? `${undated} undated ${undated === 1 ? "statement is" : "statements are"} in the table only.` : "",
      ),
    );
  },
};
