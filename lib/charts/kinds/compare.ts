import { type BarDatum, formatAsOf, toBarDatum } from "../data";
import { CLAIMANTS, headline, mainMeasure } from "../../ledger/headline";
import { notComparedSentence } from "../narration";
import { EVENT_IDS, EVENTS } from "../../data/events";
import { METRIC_IDS, METRICS } from "../../data/metrics";
import { wording } from "../../data/qualifiers";
import { buildSpec, type ChartKind } from "../spec";

/**
 * One metric in both events: each event's headline figure of each side (the headline rule, as in
 * the events' headline tables), on one axis. A side with no figure is named in the narration.
 */
export const compareChart: ChartKind<"compare"> = {
  chart: "compare",
  // Not about one event: the same states whichever event asks; allChartStates keeps each once.
  states: () => METRIC_IDS.map((metric) => ({ chart: "compare" as const, metric })),
  spec(dataset, state) {
    const data: BarDatum[] = [];
    const said: string[] = [];
    for (const event of EVENT_IDS) {
      const parts: string[] = [];
      for (const claimant of CLAIMANTS) {
        const h = headline(dataset.statements, event, state.metric, claimant);
        if (!h) {
          parts.push(`no ${claimant} figure published`);
          continue;
        }
        const s = h.statement;
        const d = toBarDatum(s, dataset);
        data.push({ ...d, shortLabel: `${EVENTS[event].name}: ${d.measure}, ${formatAsOf(s.as_of)}` });
        parts.push(`${claimant}, ${wording(s.qualifier, { low: s.value_low, high: s.value_high })} (${d.measure}; ${s.claimed_by}, ${formatAsOf(s.as_of)})`);
      }
      const others = dataset.statements.filter((s) => s.event === event && s.metric === state.metric && s.measure === mainMeasure(state.metric) && s.place === "all");
      said.push(`${EVENTS[event].name}: ${parts.join("; ")}.`, notComparedSentence(others, false));
    }
    if (!data.length) return null;
    const name = METRICS[state.metric].name;
    return buildSpec(
      dataset,
      state,
      `${name}: both events, the latest official and independent figures`,
      "people",
      data,
      `${said.filter(Boolean).join(" ")} Each is the latest figure of its side, picked as in the events' headline tables.`,
    );
  },
};
