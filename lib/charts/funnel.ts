import { type BarDatum, toBarDatum } from "../chart-data";
import { FUNNEL_SIDES } from "../chart-state";
import { CLAIMANTS, headlineOf } from "../comparison";
import { EVENTS } from "../events";
import type { MetricId } from "../metrics";
import { buildSpec, capitalise, type ChartKind } from "./spec";

/**
 * The stages each group of people goes through, in process order, all counting people (cases are
 * not people and have no place here). Each stage shows each side's figure picked by the headline
 * rule; a stage with no figure is named as such, never skipped in silence.
 */
export const FUNNEL_STEPS = {
  protesters: {
    title: "People detained, charged, convicted and sentenced to prison",
    steps: [
      ["detentions", "detained", "detained"],
      ["protester-convictions", "charged", "charged"],
      ["protester-convictions", "convicted", "convicted"],
      ["protester-convictions", "imprisoned", "sentenced to prison"],
    ],
  },
  state: {
    title: "Officers charged, convicted and sentenced to prison",
    steps: [
      ["officer-prosecutions", "charged", "officers charged"],
      ["officer-prosecutions", "convicted", "officers convicted"],
      ["officer-prosecutions", "imprisoned", "officers sentenced to prison"],
    ],
  },
} as const satisfies Record<(typeof FUNNEL_SIDES)[number], { title: string; steps: readonly (readonly [MetricId, string, string])[] }>;

export const funnelChart: ChartKind<"funnel"> = {
  chart: "funnel",
  states: (_dataset, event) => FUNNEL_SIDES.map((side) => ({ chart: "funnel" as const, event, side })),
  spec(dataset, state) {
    const { title, steps } = FUNNEL_STEPS[state.side];
    const data: BarDatum[] = [];
    const missing: string[] = [];
    for (const [metric, measure, label] of steps) {
      for (const claimant of CLAIMANTS) {
        const statement = headlineOf(dataset.statements, { event: state.event, metric, measure }, claimant);
        if (statement) data.push({ ...toBarDatum(statement, dataset), shortLabel: `${capitalise(label)} (${claimant})` });
        else missing.push(`${label} (${claimant})`);
      }
    }
    if (new Set(data.map((d) => d.measure)).size < 2) return null;
    const gaps = missing.length ? ` No figure published for: ${missing.join("; ")}.` : "";
    return buildSpec(
      dataset,
      state,
      `${EVENTS[state.event].name}: ${title}`,
      "people",
      data,
      `Each stage in process order, with the latest official and the latest independent figure; the two sides are not added or mixed.${gaps}`,
    );
  },
};
