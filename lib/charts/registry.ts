import { CLAIMANT_FILTERS, type ChartId, type ChartState, stateFromKey, stateKey } from "../chart-state";
import type { Dataset } from "../dataset";
import { EVENT_IDS } from "../events";
import { METRIC_IDS, METRICS } from "../metrics";
import { accountabilityChart } from "./accountability";
import { claimsChart } from "./claims";
import { funnelChart } from "./funnel";
import { placesChart } from "./places";
import type { ChartKind, ChartSpec } from "./spec";
import { timelineChart } from "./timeline";

export type { ChartSpec } from "./spec";

/** Every chart kind, in the order a gallery lists them; a new kind is one module added here. */
export const CHART_KINDS: { [C in ChartId]: ChartKind<C> } = {
  accountability: accountabilityChart,
  funnel: funnelChart,
  timeline: timelineChart,
  places: placesChart,
  claims: claimsChart,
};

/** Everything one chart draws, from its state; null when the data has nothing for it. */
export function chartSpec(dataset: Dataset, state: ChartState): ChartSpec | null {
  // TypeScript cannot tie CHART_KINDS[state.chart] to the narrowed state; the map's type guarantees they match.
  const spec = CHART_KINDS[state.chart].spec as (dataset: Dataset, state: ChartState) => ChartSpec | null;
  return spec(dataset, state);
}

/** Where a state sits in a gallery: event-wide charts first, then measure by measure, each side's charts together. */
type Rank = [metric: number, measure: number, claimant: number];
function galleryRank(state: ChartState): Rank {
  if (!("metric" in state)) return [-1, -1, -1];
  const metric = METRIC_IDS.indexOf(state.metric);
  const measure = Object.keys(METRICS[state.metric].measures).indexOf(state.measure);
  const claimant = "claimant" in state ? CLAIMANT_FILTERS.indexOf(state.claimant) : -1;
  return [metric, measure, claimant];
}

const byRank = ([a1, a2, a3]: Rank, [b1, b2, b3]: Rank): number => a1 - b1 || a2 - b2 || a3 - b3;

/** Every chart the site can show, one per state with data: the permalinks that are prerendered. */
export function allChartStates(dataset: Dataset): ChartState[] {
  return EVENT_IDS.flatMap((event) =>
    Object.values(CHART_KINDS)
      .flatMap((kind): ChartState[] => kind.states(dataset, event))
      .sort((a, b) => byRank(galleryRank(a), galleryRank(b))),
  ).filter((s) => chartSpec(dataset, s) !== null);
}

/** Route params of every prerendered chart page (permalink, embed, CSV, preview image). */
export const chartStaticParams = (dataset: Dataset) => allChartStates(dataset).map((s) => ({ chartId: s.chart, state: stateKey(s) }));

/** The chart behind a prerendered page's params, or null when there is none. */
export function chartFromParams(dataset: Dataset, params: { chartId: string; state: string }): ChartSpec | null {
  const state = stateFromKey(params.chartId, params.state);
  return state && chartSpec(dataset, state);
}
