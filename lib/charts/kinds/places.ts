import type { Statement } from "../../data/statements";
import { toBarDatum } from "../data";
import { CLAIMANT_FILTERS } from "../state";
import { byRecency, isComparable } from "../../ledger/headline";
import { measureName } from "../../data/metrics";
import { buildSpec, type ChartKind, statementsOf, measuresWithStatements } from "../spec";

/**
 * One measure place by place: the latest total of each side for each town. Totals only: two trials
 * in one town are two proceedings, not two sides disagreeing about the town.
 */
export const placesChart: ChartKind<"places"> = {
  chart: "places",
  states: (dataset, event) =>
    measuresWithStatements(dataset, event).flatMap(({ metric, measure }) =>
      CLAIMANT_FILTERS.map((claimant) => ({ chart: "places" as const, event, metric, measure, claimant })),
    ),
  spec(dataset, state, lang) {
    const latest = new Map<string, Statement>();
    for (const c of statementsOf(dataset, state.event, state.metric, state.measure).sort(byRecency)) {
      if (c.place === "all" || !isComparable(c) || (state.claimant !== "all" && c.claimant !== state.claimant)) continue;
      const key = `${c.place}|${c.claimant}`;
      if (!latest.has(key)) latest.set(key, c);
    }
    const statements = [...latest.values()].sort((a, b) => a.place.localeCompare(b.place) || a.claimant.localeCompare(b.claimant));
    if (new Set(statements.map((c) => c.place)).size < 2) return null;
    const data = statements.map((c) => {
      const d = toBarDatum(c, dataset, lang);
      return { ...d, shortLabel: `${d.placeName} — ${d.shortLabel}` };
    });
    const top = [...data].sort((a, b) => b.extent - a.extent)[0]!;
    const measure = measureName(state.metric, state.measure, lang);
    return buildSpec(
      dataset,
      state,
      lang.t("charts.places.title", { event: lang.t(`term.event.${state.event}`), measure }),
      measure,
      data,
      lang.t("charts.places.takeaway", { count: data.length, wording: top.wording, place: top.placeName, claimedBy: top.claimedBy }),
      lang,
    );
  },
};
