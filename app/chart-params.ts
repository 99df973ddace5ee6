import { notFound, permanentRedirect, redirect } from "next/navigation";
import { chartPath, parseChartPath, stateSegments } from "@/lib/charts/state";
import type { ChartSpec } from "@/lib/charts/registry";
import { latestRelease, pinnedPrefix, releaseIds } from "@/lib/data/release-ids";
import { frozenDocument, ownDocuments, releaseLanguages, retiredCharts, specOf } from "@/lib/publish/frozen-charts";
import { lang } from "@/lib/site/i18n";
import { isLocale, type Locale, localePath } from "@/lib/site/locales";
import { currentChart, currentCharts, isRelease } from "@/lib/publish/releases";

/** Route params of a chart page: [/ru|/kk]/charts/<chartId>/<state…>, the state in canonical path form. */
export type ChartParams = { chartId: string; state: string[]; locale?: string };
/** Route params of a pinned chart page: /releases/<release>/charts/<chartId>/<state…>. */
export type PinnedParams = ChartParams & { release: string };

const paramsOf = (spec: ChartSpec): ChartParams => ({ chartId: spec.state.chart, state: stateSegments(spec.state) });

/** Every chart of the latest release, and every chart an earlier release had: the unpinned chart pages. */
export const generateChartParams = (): ChartParams[] => [
  ...currentCharts().map(paramsOf),
  ...retiredCharts().map((r) => ({ chartId: r.state.chart, state: stateSegments(r.state) })),
];

/**
 * Every chart each release froze, in the page's language (releases cut before a language existed have
 * none in it): a chart a release left unchanged has its page at the release that froze it.
 */
export function generatePinnedParams({ params }: { params?: { locale?: string } } = {}): PinnedParams[] {
  const locale = localeOf(params?.locale);
  return releaseIds()
    .filter((release) => releaseLanguages(release).includes(locale))
    .flatMap((release) => ownDocuments(release, locale).map((doc) => ({ release, ...paramsOf(specOf(doc)) })));
}

const localeOf = (segment: string | undefined): Locale => (isLocale(segment) ? segment : "en");

/**
 * The chart a page's params name, or null; never throws (generateMetadata uses it: redirects are the
 * page's to answer). A pinned chart is the frozen document its release froze itself (a chart the
 * release left unchanged has no page at its address: null, and the page redirects); an unpinned one
 * is drawn by today's code from the latest release.
 */
export async function findChart(params: Promise<ChartParams | PinnedParams>): Promise<{ spec: ChartSpec; release: string } | null> {
  const p = await params;
  const release = "release" in p ? p.release : latestRelease();
  if (!isRelease(release)) return null;
  const result = parseChartPath(p.chartId, p.state);
  if (result.kind !== "ok") return null;
  const l = lang(localeOf(p.locale));
  if ("release" in p && !releaseLanguages(release).includes(l.locale)) return null;
  if (!("release" in p)) {
    const spec = currentChart(result.state, l);
    return spec && { spec, release };
  }
  const doc = frozenDocument(release, result.state, l.locale);
  return doc?.release === release ? { spec: specOf(doc), release } : null;
}

/** A chart that an earlier release published and the latest release has no figures for, or null. */
export async function findRetired(params: Promise<ChartParams>): Promise<ReturnType<typeof retiredCharts>[number] | null> {
  const p = await params;
  const result = parseChartPath(p.chartId, p.state);
  if (result.kind !== "ok") return null;
  const path = chartPath(result.state);
  return retiredCharts().find((r) => chartPath(r.state) === path) ?? null;
}

/** The chart behind an unpinned page: the latest release's, or one an earlier release had. */
export async function loadChart(params: Promise<ChartParams>): Promise<{ spec: ChartSpec; release: string } | { retired: ReturnType<typeof retiredCharts>[number] }> {
  const found = await findChart(params);
  if (found) return found;
  const retired = await findRetired(params);
  if (!retired) notFound();
  return { retired };
}

/**
 * The chart behind a pinned page. Only pinned charts that exist are prerendered; a chart its release
 * left unchanged → 308 to the release that froze it (`next start` only: the site never gives out that
 * address, so the static bundle has no file for it); any other pinned address (unknown release, a
 * chart its release lacks) is sent to app/missing, which answers a 404 that says which and links to
 * the releases that have the chart.
 */
export async function loadPinned(params: Promise<PinnedParams>, embed = false): Promise<{ spec: ChartSpec; release: string }> {
  const p = await params;
  const locale = localeOf(p.locale);
  const known = isRelease(p.release);
  const result = parseChartPath(p.chartId, p.state, localePath(locale, pinnedPrefix(p.release, embed)));
  if (known && result.kind === "redirect") permanentRedirect(result.location);
  const doc = known && result.kind === "ok" ? frozenDocument(p.release, result.state, locale) : null;
  if (!doc) redirect(`/missing/${[embed ? "embed" : "site", p.release, "charts", p.chartId, ...p.state].map(encodeURIComponent).join("/")}`);
  if (doc.release !== p.release) permanentRedirect(localePath(locale, chartPath(doc.drawing.state, pinnedPrefix(doc.release, embed))));
  return { spec: specOf(doc), release: p.release };
}
