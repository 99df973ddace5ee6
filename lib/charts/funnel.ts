import { type BarDatum, formatAsOf, toBarDatum } from "../chart-data";
import { FUNNEL_SIDES } from "../chart-state";
import { byRecency } from "../comparison";
import { EVENTS } from "../events";
import type { MetricId } from "../metrics";
import { buildSpec, capitalise, type ChartKind, statementsOf } from "./spec";

/** The funnel steps each side's accountability goes through, as far as the data has them. */
export const FUNNEL_STEPS = {
  state: [
    ["deaths", "killed", "killed"],
    ["officer-prosecutions", "death-investigations-opened", "investigations into deaths opened"],
    ["officer-prosecutions", "abuse-cases-opened", "abuse-of-power or torture cases opened"],
    ["officer-prosecutions", "charged", "officers charged"],
    ["officer-prosecutions", "convicted", "officers convicted"],
    ["officer-prosecutions", "imprisoned", "officers imprisoned"],
  ],
  protesters: [
    ["detentions", "detained", "detained"],
    ["protester-convictions", "charged", "charged"],
    ["protester-convictions", "tried", "tried"],
    ["protester-convictions", "convicted", "convicted"],
    ["protester-convictions", "imprisoned", "imprisoned"],
    ["protester-convictions", "amnestied", "amnestied"],
  ],
} as const satisfies Record<(typeof FUNNEL_SIDES)[number], readonly (readonly [MetricId, string, string])[]>;

/** Each side's steps from the first count to the last: the latest figure of each step, official where one exists. */
export const funnelChart: ChartKind<"funnel"> = {
  chart: "funnel",
  states: (_dataset, event) => FUNNEL_SIDES.map((side) => ({ chart: "funnel" as const, event, side })),
  spec(dataset, state) {
    const data: BarDatum[] = [];
    for (const [metric, measure, label] of FUNNEL_STEPS[state.side]) {
      const all = statementsOf(dataset, state.event, metric, measure).filter((c) => c.place === "all");
      const preferred = all.filter((c) => c.claimant === "official");
      const claim = (preferred.length ? preferred : all).sort(byRecency)[0];
      if (claim) {
        const d = toBarDatum(claim, dataset);
        data.push({ ...d, shortLabel: `${capitalise(label)}, ${formatAsOf(claim.as_of)}` });
      }
    }
    if (data.length < 2) return null;
    const first = data[0]!;
    const last = data[data.length - 1]!;
    const who = state.side === "state" ? "From deaths to officers held to account" : "From detention to prison";
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${who}`,
      "people or cases",
      data,
      `${capitalise(first.wording)} ${first.measure}; at the last step, ${last.wording} ${last.measure}. Each step is the latest figure, official where one exists.`,
    );
  },
};
