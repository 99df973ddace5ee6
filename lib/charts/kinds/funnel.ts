import { type BarDatum, toBarDatum } from "../data";
import { FUNNEL_SIDES } from "../state";
import { CLAIMANTS, headlineOf } from "../../ledger/headline";
import type { MetricId } from "../../data/metrics";
import { buildSpec, capitalise, type ChartKind } from "../spec";

/**
 * The stages each group goes through, in process order, one unit per funnel: people (everyone
 * prosecuted over the unrest; officers) or criminal cases, never both. Each stage shows each side's
 * figure picked by the headline rule; a stage with no figure is named as such, never skipped in
 * silence. Titles, units and stage names are the glossary's (`charts.funnel.<side>`).
 */
export const FUNNEL_STEPS = {
  protesters: {
    unit: "people",
    steps: [
      ["detentions", "detained"],
      ["protester-convictions", "charged"],
      ["protester-convictions", "convicted"],
      ["protester-convictions", "imprisoned"],
    ],
  },
  state: {
    unit: "officers",
    steps: [
      ["officer-prosecutions", "charged"],
      ["officer-prosecutions", "convicted"],
      ["officer-prosecutions", "imprisoned"],
    ],
  },
  "protester-cases": {
    unit: "cases",
    steps: [
      ["protester-convictions", "criminal-cases"],
      ["protester-convictions", "cases-sent-to-court"],
    ],
  },
  "officer-cases": {
    unit: "cases",
    steps: [
      ["officer-prosecutions", "abuse-cases-opened"],
      ["officer-prosecutions", "torture-cases-in-court"],
    ],
  },
} as const satisfies Record<(typeof FUNNEL_SIDES)[number], { unit: string; steps: readonly (readonly [MetricId, string])[] }>;

export const funnelChart: ChartKind<"funnel"> = {
  chart: "funnel",
  states: (_dataset, event) => FUNNEL_SIDES.map((side) => ({ chart: "funnel" as const, event, side })),
  spec(dataset, state, lang) {
    const { unit, steps } = FUNNEL_STEPS[state.side];
    const data: BarDatum[] = [];
    const missing: string[] = [];
    for (const [metric, measure] of steps) {
      const label = lang.t(`charts.funnel.${state.side}.${measure}` as "charts.funnel.protesters.detained");
      for (const side of CLAIMANTS) {
        const statement = headlineOf(dataset.statements, { event: state.event, metric, measure }, side);
        if (statement) data.push({ ...toBarDatum(statement, dataset, lang), shortLabel: lang.t("charts.funnel.step", { label: capitalise(label), side }) });
        else missing.push(lang.t("charts.funnel.step", { label, side }));
      }
    }
    if (new Set(data.map((d) => d.measure)).size < 2) return null;
    return buildSpec(
      dataset,
      state,
      lang.t("charts.funnel.title", { event: lang.t(`term.event.${state.event}`), title: lang.t(`charts.funnel.${state.side}.title`) }),
      lang.t(`charts.unit.${unit}`),
      data,
      lang.t("charts.funnel.takeaway", { missing: missing.join("; "), hasMissing: missing.length ? "yes" : "no" }),
      lang,
    );
  },
};
