import { CLAIMANT_FILTERS, type ChartId, type ChartState, chartPath } from "./state";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS } from "../data/events";
import { METRIC_IDS, METRICS } from "../data/metrics";
import { pinnedPrefix, pinnedRelease } from "../data/release-ids";
import { accountabilityChart } from "./kinds/accountability";
import { claimsChart } from "./kinds/claims";
import { compareChart } from "./kinds/compare";
import { funnelChart } from "./kinds/funnel";
import { placesChart } from "./kinds/places";
import type { ChartKind, ChartSpec } from "./spec";
import { timelineChart } from "./kinds/timeline";
import { EN, type Lang } from "../site/i18n";
import { localePath } from "../site/locales";

export type { ChartSpec } from "./spec";

/** Every chart kind, in the order a gallery lists them; a new kind is one module added here. */
export const CHART_KINDS: { [C in ChartId]: ChartKind<C> } = {
  accountability: accountabilityChart,
  funnel: funnelChart,
  timeline: timelineChart,
  places: placesChart,
  claims: claimsChart,
  compare: compareChart,
};

/**
 * Everything one chart draws, from its state; null when the data has nothing for it. The chart's
 * permalink is its pinned URL in `release`, in the chart's language; without one, where the latest
 * release pins it (the dataset is then the latest release's: data/ is, a test holds it to that).
 */
export function chartSpec(dataset: Dataset, state: ChartState, release?: string, lang: Lang = EN): ChartSpec | null {
  // TypeScript cannot tie CHART_KINDS[state.chart] to the narrowed state; the map's type guarantees they match.
  const draw = CHART_KINDS[state.chart].spec as (dataset: Dataset, state: ChartState, lang: Lang) => ChartSpec | null;
  const spec = draw(dataset, state, lang);
  return spec && { ...spec, permalink: localePath(lang.locale, chartPath(state, pinnedPrefix(release ?? pinnedRelease(spec.id, lang.locale)))) };
}

/** Where a state sits in a gallery: event-wide charts first, then measure by measure, each side's charts together. */
type Rank = [metric: number, measure: number, claimant: number];
function galleryRank(state: ChartState): Rank {
  if (!("measure" in state)) return [-1, -1, -1];
  const metric = METRIC_IDS.indexOf(state.metric);
  const measure = Object.keys(METRICS[state.metric].measures).indexOf(state.measure);
  const claimant = "claimant" in state ? CLAIMANT_FILTERS.indexOf(state.claimant) : -1;
  return [metric, measure, claimant];
}

const byRank = ([a1, a2, a3]: Rank, [b1, b2, b3]: Rank): number => a1 - b1 || a2 - b2 || a3 - b3;

/** Every chart the site can show, once each, one per state with data: the permalinks that are prerendered. */
export function allChartStates(dataset: Dataset): ChartState[] {
  const all = EVENT_IDS.flatMap((event) =>
    Object.values(CHART_KINDS)
      .flatMap((kind): ChartState[] => kind.states(dataset, event))
      .sort((a, b) => byRank(galleryRank(a), galleryRank(b))),
  );
  // A chart about both events (compare) is offered by each: keep its first.
  const seen = new Set<string>();
  return all.filter((s) => {
    const path = chartPath(s);
    if (seen.has(path)) return false;
    seen.add(path);
    return chartSpec(dataset, s) !== null;
  });
}
