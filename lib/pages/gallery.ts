import { type ChartState, chartPath } from "../charts/state";
import { localePath } from "../site/locales";
import { allChartStates, type ChartSpec, chartSpec } from "../charts/registry";
import { measureName } from "../data/metrics";
import { EN, type Lang } from "../site/i18n";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS, type EventId } from "../data/events";
import { METRIC_IDS } from "../data/metrics";

/** A chart in the gallery: a short title unique within its group, and its one-side variants as small links. */
export type GalleryItem = { title: string; href: string; spec: ChartSpec; variants: { label: string; href: string }[] };
export type GalleryGroup = { id: string; title: string; items: GalleryItem[] };
/** A part of the gallery: one event's charts, or ("both") the charts that compare the two events. */
export type GalleryEvent = { event: EventId | "both"; title: string; groups: GalleryGroup[] };

/** The title of a chart where its event and metric are already given by the headings above it. */
function shortTitle(state: ChartState, spec: ChartSpec, lang: Lang): string {
  const { t } = lang;
  switch (state.chart) {
    case "accountability":
      return t("gallery.accountability");
    case "funnel":
      return t(`charts.funnel.${state.side}.title`);
    case "timeline":
      return t("gallery.timeline", { measure: measureName(state.metric, state.measure, lang) });
    case "places":
      return t("gallery.places", { measure: measureName(state.metric, state.measure, lang) });
    case "compare":
      return t("gallery.compare", { metric: t(`term.metric.${state.metric}`) });
    case "claims": {
      const measure = measureName(state.metric, state.measure, lang);
      return state.place === "all" ? t("gallery.claims", { measure }) : t("gallery.claimsIn", { measure, place: spec.data[0]?.placeName ?? state.place });
    }
  }
}

/**
 * Every chart once, grouped by event, then accountability and each metric. A chart drawn for one
 * side only (official or independent) is listed as a variant of the chart of both sides.
 */
export function gallery(dataset: Dataset, lang: Lang = EN): GalleryEvent[] {
  const { t } = lang;
  const states = allChartStates(dataset);
  return (["both", ...EVENT_IDS] as const).map((event) => {
    const items = new Map<string, GalleryItem & { group: string }>();
    for (const state of states.filter((s) => ("event" in s ? s.event : "both") === event)) {
      const spec = chartSpec(dataset, state, undefined, lang)!;
      const group = state.chart === "compare" ? "compare" : "metric" in state ? state.metric : "accountability";
      const side = "claimant" in state && state.claimant !== "all" ? state.claimant : null;
      const key = chartPath(side ? { ...state, claimant: "all" } as ChartState : state);
      const item = items.get(key);
      if (side && item) item.variants.push({ label: t("gallery.only", { side }), href: localePath(lang.locale, chartPath(state)) });
      else if (!side) items.set(key, { group, title: shortTitle(state, spec, lang), href: localePath(lang.locale, chartPath(state)), spec, variants: [] });
    }
    const groups: GalleryGroup[] = [
      { id: "compare", title: t("gallery.compareGroup") },
      { id: "accountability", title: t("gallery.accountabilityGroup") },
      ...METRIC_IDS.map((m) => ({ id: m, title: t(`term.metric.${m}`) })),
    ]
      .map((g) => ({ ...g, items: [...items.values()].filter((i) => i.group === g.id).map(({ group: _, ...i }) => i) }))
      .filter((g) => g.items.length);
    return { event, title: event === "both" ? t("gallery.both") : t(`term.event.${event}`), groups };
  });
}
