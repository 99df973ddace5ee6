import { formatAsOf, toBarDatum } from "../chart-data";
import { EVENTS } from "../events";
import { buildSpec, type ChartKind, chronological, claimsOf, measureName, measuresWithClaims } from "./spec";

/** A timeline needs enough dated figures to show movement. */
const MIN_TIMELINE_POINTS = 4;

/** One measure's event-wide figures on a date axis: how the official count moved, and the independent ones beside it. */
export const timelineChart: ChartKind<"timeline"> = {
  chart: "timeline",
  states: (dataset, event) => measuresWithClaims(dataset, event).map(({ metric, measure }) => ({ chart: "timeline" as const, event, metric, measure })),
  spec(dataset, state) {
    const all = claimsOf(dataset, state.event, state.metric, state.measure).filter((c) => c.place === "all");
    const dated = all.filter((c) => c.as_of !== "").sort(chronological);
    if (dated.length < MIN_TIMELINE_POINTS || new Set(dated.map((c) => c.as_of)).size < 3) return null;
    const data = dated.map((c) => toBarDatum(c, dataset));
    const official = data.filter((d) => d.claimant === "official");
    const first = official[0];
    const last = official[official.length - 1];
    const moved =
      first && last && first.figureId !== last.figureId
        ? `The official figure went from ${first.wording} (${formatAsOf(first.asOf)}) to ${last.wording} (${formatAsOf(last.asOf)})`
        : first
          ? `One official figure: ${first.wording} (${formatAsOf(first.asOf)})`
          : "No official figure";
    const independent = data.filter((d) => d.claimant === "independent").length;
    const undated = all.length - dated.length;
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${measureName(state.metric, state.measure)} over time, official and independent`,
      measureName(state.metric, state.measure),
      data,
      `${moved}; ${independent} independent ${independent === 1 ? "figure" : "figures"} alongside.${undated ? ` ${undated} undated ${undated === 1 ? "figure is" : "figures are"} not placed on the time axis.` : ""}`,
    );
  },
};
