import { type BarDatum, toBarDatum } from "../data";
import { CLAIMANTS, headline, mainMeasure } from "../../ledger/headline";
import { notComparedSentence } from "../narration";
import { EVENT_IDS } from "../../data/events";
import { METRIC_IDS } from "../../data/metrics";
import { buildSpec, type ChartKind } from "../spec";

/**
 * One metric in both events: each event's headline figure of each side (the headline rule, as in
 * the events' headline tables), on one axis. A side with no figure is named in the narration.
 */
export const compareChart: ChartKind<"compare"> = {
  chart: "compare",
  // Not about one event: the same states whichever event asks; allChartStates keeps each once.
  states: () => METRIC_IDS.map((metric) => ({ chart: "compare" as const, metric })),
  spec(dataset, state, lang) {
    const data: BarDatum[] = [];
    const said: string[] = [];
    for (const event of EVENT_IDS) {
      const parts: string[] = [];
      const eventName = lang.t(`term.event.${event}`);
      for (const side of CLAIMANTS) {
        const h = headline(dataset.statements, event, state.metric, side);
        if (!h) {
          parts.push(lang.t("charts.compare.none", { side }));
          continue;
        }
        const s = h.statement;
        const d = toBarDatum(s, dataset, lang);
        const date = lang.date(s.as_of);
        data.push({ ...d, shortLabel: lang.t("charts.compare.shortLabel", { event: eventName, measure: d.measure, date }) });
        parts.push(lang.t("charts.compare.part", { side, wording: d.wording, measure: d.measure, claimedBy: d.claimedBy, date }));
      }
      const others = dataset.statements.filter((s) => s.event === event && s.metric === state.metric && s.measure === mainMeasure(state.metric) && s.place === "all");
      said.push(lang.t("charts.compare.event", { event: eventName, parts: parts.join("; ") }), notComparedSentence(others, false, lang));
    }
    if (!data.length) return null;
    return buildSpec(
      dataset,
      state,
      lang.t("charts.compare.title", { metric: lang.t(`term.metric.${state.metric}`) }),
      lang.t("charts.unit.people"),
      data,
      lang.t("charts.compare.takeaway", { said: said.filter(Boolean).join(" ") }),
      lang,
    );
  },
};
