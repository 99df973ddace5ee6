import { toBarDatum } from "../data";
import { measureName } from "../../data/metrics";
import { latestSentence, movementSentence, narration, notComparedSentence } from "../narration";
import { buildSpec, type ChartKind, chronological, measuresWithStatements, statementsOf } from "../spec";

/** A timeline needs enough dated figures to show movement. */
const MIN_TIMELINE_POINTS = 4;

/** One measure's event-wide figures on a date axis: how the official count moved, and the independent ones beside it. */
export const timelineChart: ChartKind<"timeline"> = {
  chart: "timeline",
  states: (dataset, event) => measuresWithStatements(dataset, event).map(({ metric, measure }) => ({ chart: "timeline" as const, event, metric, measure })),
  spec(dataset, state, lang) {
    const all = statementsOf(dataset, state.event, state.metric, state.measure).filter((c) => c.place === "all");
    const dated = all.filter((c) => c.as_of !== "").sort(chronological);
    if (dated.length < MIN_TIMELINE_POINTS || new Set(dated.map((c) => c.as_of)).size < 3) return null;
    const independent = dated.filter((c) => c.claimant === "independent").length;
    const official = dated.length - independent;
    const undated = all.length - dated.length;
    const measure = measureName(state.metric, state.measure, lang);
    return buildSpec(
      dataset,
      state,
      lang.t("charts.timeline.title", { event: lang.t(`term.event.${state.event}`), measure }),
      measure,
      dated.map((c) => toBarDatum(c, dataset, lang)),
      narration(
        lang.t("charts.timeline.moved", { measure, official, independent, count: dated.length }),
        movementSentence(dated, lang),
        latestSentence(dated, lang),
        notComparedSentence(dated, true, lang),
        undated ? lang.t("charts.timeline.undated", { count: undated }) : "",
      ),
      lang,
    );
  },
};
