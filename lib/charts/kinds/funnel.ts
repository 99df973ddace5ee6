import { type BarDatum, toBarDatum } from "../data";
import { FUNNEL_SIDES } from "../state";
import { CLAIMANTS, headlineOf } from "../../ledger/headline";
import { EVENTS } from "../../data/events";
import type { MetricId } from "../../data/metrics";
import { buildSpec, capitalise, type ChartKind } from "../spec";

/**
 * The stages each group goes through, in process order, one unit per funnel: people (everyone
 * prosecuted over the unrest; officers) or criminal cases, never both. Each stage shows each side's
 * figure picked by the headline rule; a stage with no figure is named as such, never skipped in silence.
 */
export const FUNNEL_STEPS = {
  protesters: {
    title: "People detained, charged, convicted and sentenced to prison",
    unit: "people",
    steps: [
      ["detentions", "detained", "detained"],
      ["protester-convictions", "charged", "charged"],
      ["protester-convictions", "convicted", "convicted"],
      ["protester-convictions", "imprisoned", "sentenced to prison"],
    ],
  },
  state: {
    title: "Officers charged, convicted and sentenced to prison",
    unit: "officers",
    steps: [
      ["officer-prosecutions", "charged", "officers charged"],
      ["officer-prosecutions", "convicted", "officers convicted"],
      ["officer-prosecutions", "imprisoned", "officers sentenced to prison"],
    ],
  },
  "protester-cases": {
    title: "Criminal cases over the unrest, opened and sent to court",
    unit: "criminal cases",
    steps: [
      ["protester-convictions", "criminal-cases", "criminal cases opened"],
      ["protester-convictions", "cases-sent-to-court", "criminal cases sent to court"],
    ],
  },
  "officer-cases": {
    title: "Cases against officers for abuse of power or torture, opened and in court",
    unit: "criminal cases",
    steps: [
      ["officer-prosecutions", "abuse-cases-opened", "cases opened"],
      ["officer-prosecutions", "torture-cases-in-court", "torture cases in court"],
    ],
  },
} as const satisfies Record<(typeof FUNNEL_SIDES)[number], { title: string; unit: string; steps: readonly (readonly [MetricId, string, string])[] }>;

export const funnelChart: ChartKind<"funnel"> = {
  chart: "funnel",
  states: (_dataset, event) => FUNNEL_SIDES.map((side) => ({ chart: "funnel" as const, event, side })),
  spec(dataset, state) {
    const { title, unit, steps } = FUNNEL_STEPS[state.side];
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
      unit,
      data,
      `Each stage in process order, with the latest official and the latest independent figure; the two sides are not added or mixed.${gaps}`,
    );
  },
};
