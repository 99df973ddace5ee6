import { BAR_TICKS, valueTicks } from "../charts/axes";
import { type BarDatum, formatAsOfWithPrecision, formatStatementDate } from "../charts/data";
import { allChartStates, chartSpec } from "../charts/registry";
import { capitalise, type StateOf } from "../charts/spec";
import { chartPath } from "../charts/state";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS } from "../data/events";
import { DATE_BASES } from "../data/reports";
import type { Standing } from "../ledger/headline";
import { measureName, METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import { EN, type Lang } from "../site/i18n";
import { localePath } from "../site/locales";
import { CLAIMANT_CHOICES, type ExplorerData, type ExplorerMark, type ExplorerView, viewKey } from "./explorer-state";
import { sourceLanguage } from "../data/source-languages";

export type { ExplorerData } from "./explorer-state";

const STANDINGS: readonly Standing[] = ["not-a-total", "undated", "passage-only"];
const DEFAULTS = { event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "all" } as const;

/** A statement's mark with everything its card says, every word and date in the reader's language. */
function toMark(d: BarDatum, lang: Lang): ExplorerMark {
  const { t } = lang;
  const eventName = t(`term.event.${d.event}-short`);
  const markTitle = t("charts.markTitle", { side: d.claimant, wording: d.wording, measure: d.measure, label: d.label, count: d.reports.length, publishers: d.reports.map((r) => r.publisher).join("; ") });
  return {
    id: d.figureId,
    event: d.event,
    eventName,
    claimant: d.claimant,
    tag: t(`charts.tag.${d.claimant}`),
    label: d.shortLabel,
    ariaLabel: t("explore.markLabel", { event: eventName, title: markTitle }),
    wording: d.wording,
    measure: d.measure,
    placeName: d.place === "all" ? "" : d.placeName,
    claimedBy: d.claimedBy,
    date: d.dateBasis === "approximate" ? formatStatementDate(d.asOf, d.dateBasis, lang) : formatAsOfWithPrecision(d.asOf, lang),
    dateBasis: d.dateBasis,
    kind: d.scope === "total" ? t("term.scope.total") : t("explore.kindOf", { scope: t(`term.scope.${d.scope}`), label: d.scopeLabel }),
    notCompared: d.standing,
    note: d.note,
    certain: d.certain,
    extent: d.extent,
    openEnded: d.openEnded,
    reports: d.reports.map((r) => ({ publisher: r.publisher, title: r.sourceTitle, passage: r.passage, language: sourceLanguage(r.sourceId), passageUrl: r.passageUrl, archive: `/evidence/${r.sourceId}.txt` })),
  };
}

const ticksFor = (marks: readonly ExplorerMark[], lang: Lang) => valueTicks(Math.max(...marks.map((m) => m.extent)), BAR_TICKS.narrow).map((value) => ({ value, label: lang.count(value) }));

/**
 * Everything the explorer draws, for one language: one view per claims chart with data (an event,
 * measure, place and side), and one per measure, place and side across both events; each statement
 * once, as a mark with its card. Made from the same chart specs as the citable chart pages, which
 * each view links to, so the explorer shows exactly what they show.
 */
export function explorerData(dataset: Dataset, lang: Lang = EN): ExplorerData {
  const { t } = lang;
  const marks: Record<string, ExplorerMark> = {};
  const placeNames = new Map<string, string>([["all", t("explore.wholeEvent")]]);
  const single: ExplorerView[] = [];
  const states = allChartStates(dataset).filter((s): s is StateOf<"claims"> => s.chart === "claims");
  for (const state of states) {
    const spec = chartSpec(dataset, state, undefined, lang)!;
    for (const d of spec.data) {
      marks[d.figureId] ??= toMark(d, lang);
      if (d.place !== "all") placeNames.set(state.place, d.placeName);
    }
    const { chart: _, ...parts } = state;
    const href = localePath(lang.locale, chartPath(state));
    const viewMarks = spec.data.map((d) => marks[d.figureId]!);
    single.push({ ...parts, title: spec.title, marks: viewMarks.map((m) => m.id), ticks: ticksFor(viewMarks, lang), summary: spec.takeaway, charts: [{ event: state.event, href }] });
  }
  // Both events: each event's marks in turn, over one value axis; each event's chart page cited, and
  // each event's narration shown from its own view (not repeated here: the client looks it up).
  const both = new Map<string, ExplorerView>();
  for (const v of single) {
    const key = viewKey({ ...v, event: "both" });
    const view = both.get(key);
    if (!view) {
      const words = { event: t("explore.bothEvents"), measure: measureName(v.metric as MetricId, v.measure, lang) };
      const title = t("charts.claims.title", { ...words, inPlace: v.place === "all" ? "no" : "yes", place: placeNames.get(v.place) ?? v.place, who: v.claimant });
      both.set(key, { ...v, event: "both", title, summary: "" });
    } else {
      both.set(key, { ...view, marks: [...view.marks, ...v.marks], charts: [...view.charts, ...v.charts] });
    }
  }
  const views = [...single, ...[...both.values()].map((v) => ({ ...v, ticks: ticksFor(v.marks.map((id) => marks[id]!), lang) }))];
  return {
    defaults: views.some((v) => viewKey(v) === viewKey(DEFAULTS)) ? DEFAULTS : (({ event, metric, measure, place, claimant }) => ({ event, metric, measure, place, claimant }))(views[0]!),
    labels: {
      event: [...EVENT_IDS.map((e) => ({ value: e, label: t(`term.event.${e}-short`) })), { value: "both", label: t("explore.bothEvents") }],
      metric: METRIC_IDS.map((m) => ({ value: m, label: t(`term.metric.${m}`) })),
      measure: Object.fromEntries(METRIC_IDS.map((m) => [m, Object.keys(METRICS[m].measures).map((value) => ({ value, label: capitalise(measureName(m, value, lang)) }))])),
      place: [...placeNames].map(([value, label]) => ({ value, label })),
      claimant: CLAIMANT_CHOICES.map((c) => ({ value: c, label: t(`explore.sides.${c}`) })),
    },
    views,
    marks,
    basis: Object.fromEntries(DATE_BASES.map((b) => [b, t(`table.claims.basis.${b}`)])) as ExplorerData["basis"],
    notCompared: Object.fromEntries(STANDINGS.map((w) => [w, t(`explore.notCompared.${w}`)])) as ExplorerData["notCompared"],
    words: {
      controls: t("explore.controls"),
      event: t("explore.event"),
      metric: t("explore.metric"),
      measure: t("explore.measure"),
      place: t("explore.place"),
      claimant: t("explore.claimant"),
      chart: t("explore.chartLabel"),
      keys: t("explore.keys"),
      card: t("explore.card"),
      choose: t("explore.choose"),
      close: t("explore.close"),
      claimedBy: t("explore.claimedBy"),
      date: t("explore.date"),
      kind: t("explore.kind"),
      reports: t("explore.reports"),
      source: t("explore.source"),
      archive: t("explore.archive"),
      citable: t("explore.citable"),
    },
  };
}
