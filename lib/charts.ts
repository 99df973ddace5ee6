import { accountabilityContrast, ratioWording } from "./accountability";
import type { Claim } from "./claims";
import { type BarDatum, formatAsOf, spreadTakeaway, toBarDatum } from "./chart-data";
import { type ChartState, CLAIMANT_FILTERS, chartPath, FUNNEL_SIDES, stateFromSegments, stateKey, stateSegments } from "./chart-state";
import { byRecency } from "./comparison";
import type { Dataset } from "./dataset";
import { EVENT_IDS, EVENTS, type EventId } from "./events";
import { METRIC_IDS, METRICS, type MetricId } from "./metrics";
import { latestRelease, pinnedPrefix } from "./release-ids";
import type { Source } from "./sources";

export type ChartSpec = {
  state: ChartState;
  /** How it is drawn: bars (one per figure) or points on a date axis. */
  kind: "bars" | "timeline";
  /** Pinned permalink: the chart's URL in the release it is drawn from (the latest one for data/). */
  permalink: string;
  /** HTML id for the figure on a page. */
  id: string;
  title: string;
  takeaway: string;
  unit: string;
  data: BarDatum[];
  sources: Source[];
};

export const placeSlug = (place: string): string =>
  place.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-");

const chronological = (a: Claim, b: Claim) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0);
const measureName = (metric: MetricId, measure: string) => METRICS[metric].measures[measure] ?? measure;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function build(dataset: Dataset, state: ChartState, title: string, unit: string, data: BarDatum[], takeaway?: string): ChartSpec {
  const sources = [...new Set(data.map((d) => d.sourceId))].map((s) => dataset.sourcesById.get(s)!);
  const id = `${state.chart}--${stateKey(state).replaceAll(".", "--")}`;
  const kind = state.chart === "timeline" ? "timeline" : "bars";
  return { state, kind, permalink: "", id, title, unit, data, sources, takeaway: takeaway ?? spreadTakeaway(data) };
}

const of = (dataset: Dataset, event: EventId, metric: MetricId, measure: string) =>
  dataset.claims.filter((c) => c.event === event && c.metric === metric && c.measure === measure);

/** A timeline needs enough dated figures to show movement. */
const MIN_TIMELINE_POINTS = 4;

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

/**
 * Everything one chart draws, from its state; null when the data has nothing for it. `release`
 * is the release the dataset is (data/ is the latest one: a test holds it to that).
 */
export function chartSpec(dataset: Dataset, state: ChartState, release = latestRelease()): ChartSpec | null {
  const spec = draw(dataset, state);
  return spec && { ...spec, permalink: chartPath(state, pinnedPrefix(release)) };
}

function draw(dataset: Dataset, state: ChartState): ChartSpec | null {
  const event = EVENTS[state.event];
  switch (state.chart) {
    case "claims": {
      const claims = of(dataset, state.event, state.metric, state.measure)
        .filter((c) => placeSlug(c.place) === state.place)
        .filter((c) => state.claimant === "all" || c.claimant === state.claimant)
        .sort(chronological);
      if (!claims.length) return null;
      const place = state.place === "all" ? "" : ` in ${claims[0]!.place}`;
      const who = state.claimant === "all" ? "every count" : `${state.claimant} counts`;
      return build(
        dataset,
        state,
        `${event.name}: ${measureName(state.metric, state.measure)}${place}, ${who} by date`,
        measureName(state.metric, state.measure),
        claims.map((c) => toBarDatum(c, dataset)),
      );
    }
    case "timeline": {
      const all = of(dataset, state.event, state.metric, state.measure).filter((c) => c.place === "all");
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
      return build(
        dataset,
        state,
        `${event.name}: ${measureName(state.metric, state.measure)} over time, official and independent`,
        measureName(state.metric, state.measure),
        data,
        `${moved}; ${independent} independent ${independent === 1 ? "figure" : "figures"} alongside.${undated ? ` ${undated} undated ${undated === 1 ? "figure is" : "figures are"} not placed on the time axis.` : ""}`,
      );
    }
    case "places": {
      const latest = new Map<string, Claim>();
      for (const c of of(dataset, state.event, state.metric, state.measure).sort(byRecency)) {
        if (c.place === "all" || (state.claimant !== "all" && c.claimant !== state.claimant)) continue;
        const key = `${c.place}|${c.claimant}`;
        if (!latest.has(key)) latest.set(key, c);
      }
      const claims = [...latest.values()].sort((a, b) => a.place.localeCompare(b.place) || a.claimant.localeCompare(b.claimant));
      if (new Set(claims.map((c) => c.place)).size < 2) return null;
      const data = claims.map((c) => {
        const d = toBarDatum(c, dataset);
        return { ...d, shortLabel: `${c.place} — ${d.shortLabel}` };
      });
      const top = [...data].sort((a, b) => b.extent - a.extent)[0]!;
      return build(
        dataset,
        state,
        `${event.name}: ${measureName(state.metric, state.measure)}, by place`,
        measureName(state.metric, state.measure),
        data,
        `${data.length} places; the largest figure: ${top.wording} in ${top.place} (${top.claimedBy}).`,
      );
    }
    case "accountability": {
      const contrast = accountabilityContrast(dataset.claims, state.event);
      const claims = [contrast.protestersConvicted, contrast.officersConvicted, contrast.officersImprisoned].filter(
        (c): c is Claim => c !== null,
      );
      if (!claims.length) return null;
      const takeaway =
        contrast.ratio && contrast.officersCounted
          ? `${capitalise(ratioWording(contrast.ratio))} protesters convicted for every officer ${contrast.officersCounted.measure}, on the latest figures.`
        : undefined;
      const data = claims.map((c) => {
        const d = toBarDatum(c, dataset);
        return { ...d, shortLabel: `${c.metric === "protester-convictions" ? "Protesters" : "Officers"} ${c.measure}, ${formatAsOf(c.as_of)}` };
      });
      return build(dataset, state, `${event.name}: protesters convicted vs officers held to account`, "people", data, takeaway);
    }
    case "funnel": {
      const steps = FUNNEL_STEPS[state.side];
      const data: BarDatum[] = [];
      for (const [metric, measure, label] of steps) {
        const all = of(dataset, state.event, metric, measure).filter((c) => c.place === "all");
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
      return build(
        dataset,
        state,
        `${event.name}: ${who}`,
        "people or cases",
        data,
        `${capitalise(first.wording)} ${first.measure}; at the last step, ${last.wording} ${last.measure}. Each step is the latest figure, official where one exists.`,
      );
    }
  }
}

/** Every chart the site can show, one per state with data: the permalinks that are prerendered. */
export function allChartStates(dataset: Dataset): ChartState[] {
  const states: ChartState[] = [];
  for (const event of EVENT_IDS) {
    states.push({ chart: "accountability", event });
    for (const side of FUNNEL_SIDES) states.push({ chart: "funnel", event, side });
    for (const metric of METRIC_IDS) {
      for (const measure of Object.keys(METRICS[metric].measures)) {
        const claims = of(dataset, event, metric, measure);
        if (!claims.length) continue;
        states.push({ chart: "timeline", event, metric, measure });
        for (const claimant of CLAIMANT_FILTERS) {
          states.push({ chart: "places", event, metric, measure, claimant });
          for (const place of new Set(claims.map((c) => placeSlug(c.place)))) {
            states.push({ chart: "claims", event, metric, measure, place, claimant });
          }
        }
      }
    }
  }
  return states.filter((s) => chartSpec(dataset, s) !== null);
}

/** Route params of every prerendered chart page (permalink, embed, CSV, preview image). */
export const chartStaticParams = (dataset: Dataset) =>
  allChartStates(dataset).map((s) => ({ chartId: s.chart, state: stateSegments(s) }));

/** The chart behind a prerendered page's params, or null when there is none. */
export function chartFromParams(dataset: Dataset, params: { chartId: string; state: readonly string[] }): ChartSpec | null {
  const state = stateFromSegments(params.chartId, params.state);
  return state && chartSpec(dataset, state);
}
