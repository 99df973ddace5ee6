import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BarDatum } from "../charts/data";
import { type ChartSpec, allChartStates, chartSpec } from "../charts/registry";
import { type ChartState, chartPath } from "../charts/state";
import type { Dataset } from "../data/dataset";
import { documentPath, FROZEN_MANIFEST, latestRelease, releaseDir, releaseFileUrl, releaseIds, sha256 } from "../data/release-ids";
import type { Source } from "../data/sources";
import { EN, type Lang, lang as langOf } from "../site/i18n";
import { LOCALES, type Locale } from "../site/locales";
import { CHART_CSV_COLUMNS, chartRows, rowsCsv } from "./downloads";
import { citations } from "./citation";
import { DESCRIPTION_TERMS } from "./data-package";

/**
 * What a chart of a release says, frozen when the release is cut: its title, narration, unit, every
 * mark with its wording, side, date and reports, its rows as they download, what each column means,
 * its sources with their archived copies, and what a citation needs. A pinned page, its drawings,
 * downloads and embed are made from this document alone, so later code may restyle a pinned chart
 * but never change what it says. One file per chart and language, checksummed in the release's
 * charts.json.
 */
export type ChartDocument = {
  format: 1;
  release: string;
  language: Locale;
  chart: string;
  permalink: string;
  title: string;
  narration: string;
  unit: string;
  columns: { name: (typeof CHART_CSV_COLUMNS)[number]; description: string }[];
  rows: Record<(typeof CHART_CSV_COLUMNS)[number], string>[];
  sources: (Source & { archived_copy: string })[];
  citation: { title: string; author: string; version: string; year: string; key: string };
  licence: { name: string; url: string };
  /** What the drawing and the page's table draw (the chart's state, kind and marks). */
  drawing: { state: ChartState; kind: ChartSpec["kind"]; id: string; data: BarDatum[] };
};

/**
 * The release's list of frozen documents: when and how they were frozen, each with its sha256. A
 * chart that says what it said in the release before is not frozen again: its entry names the
 * release that holds its document (`same_as`, with that document's path and sha256), and that
 * release's pinned address is the chart's address in this one too — a release adds only the charts
 * that changed (releases cut before 2026-11-30 froze every chart, and keep every address).
 */
export type FrozenEntry = { path: string; sha256: string; same_as?: string };
export type FrozenManifest = { release: string; frozen: string; note: string; languages: Locale[]; documents: FrozenEntry[] };

export const LICENCE = { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

/** What each column of a chart's rows means, in a language (plain text: the catalogue's code marks dropped). */
function columnMeanings(lang: Lang): ChartDocument["columns"] {
  const plain = (chunks: string) => chunks;
  const chartOnly = new Set(["metric", "wording", "source_title", "publisher", "source_url", "passage_url"]);
  return CHART_CSV_COLUMNS.map((name) => ({
    name,
    description: lang.t.markup(`dataPage.field.${chartOnly.has(name) ? "chart" : "metric"}.${name}` as "dataPage.field.metric.note", {
      ...DESCRIPTION_TERMS,
      c: plain,
      e: plain,
    }),
  }));
}

/** The document of one chart as drawn from a release's data. */
export function chartDocument(dataset: Dataset, spec: ChartSpec, release: string): ChartDocument {
  const lang = langOf(spec.locale);
  return {
    format: 1,
    release,
    language: spec.locale,
    chart: spec.id,
    permalink: spec.permalink,
    title: spec.title,
    narration: spec.takeaway,
    unit: spec.unit,
    columns: columnMeanings(lang),
    rows: chartRows(dataset, spec),
    sources: spec.sources.map((s) => ({ ...s, archived_copy: releaseFileUrl(release, `evidence/${s.source_id}.txt`) })),
    citation: { title: spec.title, author: lang.t("term.site"), version: release, year: release.slice(0, 4), key: spec.id },
    licence: LICENCE,
    drawing: { state: spec.state, kind: spec.kind, id: spec.id, data: spec.data },
  };
}

export const documentBytes = (doc: ChartDocument): Buffer => Buffer.from(`${JSON.stringify(doc, null, 1)}\n`);

/** What a document says, leaving out the release it was frozen in (its id, its addresses, the citation's version). */
const saying = (doc: ChartDocument): string =>
  JSON.stringify({ ...doc, release: null, permalink: null, citation: { ...doc.citation, version: null, year: null }, sources: doc.sources.map((s) => ({ ...s, archived_copy: null })) });

/**
 * Every chart of a release's data in `locales`, as the files `npm run release` writes: path in the
 * release → bytes. A chart that says what it said in the `previous` release is listed with that
 * release's document (`same_as`) rather than written again. A release cut before the site spoke a
 * language is frozen without it: its data's own words (notes, claimants) were never translated.
 */
export function freezeCharts(dataset: Dataset, release: string, frozen: string, note: string, locales: readonly Locale[] = LOCALES, previous: string | null = null): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const documents: FrozenEntry[] = [];
  const states = allChartStates(dataset);
  for (const locale of locales) {
    const before = previous && releaseLanguages(previous).includes(locale) ? frozenEntries(previous, locale) : [];
    for (const state of states) {
      const spec = chartSpec(dataset, state, release, langOf(locale))!;
      const doc = chartDocument(dataset, spec, release);
      const at = documentPath(locale, spec.id);
      const same = before.find((b) => b.entry.path === at && saying(b.doc) === saying(doc));
      if (same) {
        documents.push({ path: at, sha256: same.entry.sha256, same_as: same.doc.release });
      } else {
        const bytes = documentBytes(doc);
        files.set(at, bytes);
        documents.push({ path: at, sha256: sha256(bytes) });
      }
    }
  }
  const manifest: FrozenManifest = { release, frozen, note, languages: [...locales], documents };
  files.set(FROZEN_MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}

// ---- Reading frozen documents ----

/** The chart a document draws, as the page components take it. */
export const specOf = (doc: ChartDocument): ChartSpec => ({
  ...doc.drawing,
  permalink: doc.permalink,
  locale: doc.language,
  title: doc.title,
  takeaway: doc.narration,
  unit: doc.unit,
  sources: doc.sources,
});

/** A chart's rows as CSV, from its document: the bytes a pinned chart's .csv download holds. */
export const documentCsv = (doc: ChartDocument): string => rowsCsv(doc.rows);

export function readFrozenManifest(release: string): FrozenManifest {
  const file = path.join(releaseDir(release), FROZEN_MANIFEST);
  if (!existsSync(file)) throw new Error(`release ${release} has no frozen charts: run \`npm run release -- --freeze ${release}\``);
  return JSON.parse(readFileSync(file, "utf8")) as FrozenManifest;
}

/** The languages a release's charts were frozen in. */
export const releaseLanguages = (release: string): Locale[] => readFrozenManifest(release).languages;

/** The releases whose charts were frozen in every language the site speaks. */
export const releasesInEveryLanguage = (): string[] => releaseIds().filter((r) => LOCALES.every((l) => releaseLanguages(r).includes(l)));

const entries = new Map<string, { entry: FrozenEntry; doc: ChartDocument }[]>();
/**
 * The charts of a release in a language, in gallery order: each entry with its document, read from
 * the release that holds it (an earlier one for a chart unchanged since) and checked against its sha256.
 */
function frozenEntries(release: string, locale: Locale): { entry: FrozenEntry; doc: ChartDocument }[] {
  const key = `${release}/${locale}`;
  let found = entries.get(key);
  if (!found) {
    const prefix = `charts/${locale}/`;
    found = readFrozenManifest(release)
      .documents.filter((d) => d.path.startsWith(prefix))
      .map((entry) => {
        const home = entry.same_as ?? release;
        const bytes = readFileSync(path.join(releaseDir(home), entry.path));
        if (sha256(bytes) !== entry.sha256) throw new Error(`releases/${home}/${entry.path} does not match its sha256 in releases/${release}/${FROZEN_MANIFEST}: frozen documents are never edited`);
        return { entry, doc: JSON.parse(bytes.toString("utf8")) as ChartDocument };
      });
    entries.set(key, found);
  }
  return found;
}

/**
 * What every chart of a release says in a language, in gallery order. A chart unchanged since an
 * earlier release is that release's document: its `release` and `permalink` are the earlier
 * release's, the address the chart has in both.
 */
export const frozenDocuments = (release: string, locale: Locale = "en"): ChartDocument[] => frozenEntries(release, locale).map((e) => e.doc);

/** The documents a release froze itself, in a language: the charts that have a pinned page at its address. */
export const ownDocuments = (release: string, locale: Locale = "en"): ChartDocument[] => frozenDocuments(release, locale).filter((d) => d.release === release);

/** Every chart of a release, in a language, as frozen. */
export const releaseCharts = (release: string, lang: Lang = EN): ChartSpec[] => frozenDocuments(release, lang.locale).map(specOf);

/** The frozen document of a chart in a release, or null when that release has no such chart. */
export function frozenDocument(release: string, state: ChartState, locale: Locale = "en"): ChartDocument | null {
  const wanted = chartPath(state);
  return frozenDocuments(release, locale).find((d) => chartPath(d.drawing.state) === wanted) ?? null;
}

/** A chart as frozen in a release, linking to its pinned URL; null when that release has no such chart. */
export function releaseChart(release: string, state: ChartState, lang: Lang = EN): ChartSpec | null {
  const doc = frozenDocument(release, state, lang.locale);
  return doc && specOf(doc);
}

/** The release in `ids` closest to `id` (the later one on a tie) for which `has` holds, other than `id`. */
export function nearest(ids: readonly string[], id: string, has: (release: string) => boolean): string | null {
  const at = Math.max(0, ids.indexOf(id));
  const byDistance = [...ids].sort((a, b) => Math.abs(ids.indexOf(a) - at) - Math.abs(ids.indexOf(b) - at) || (a < b ? 1 : -1));
  return byDistance.find((r) => r !== id && has(r)) ?? null;
}

/** The release closest to `id` that has the chart, for a 404 that helps. */
export const nearestReleaseWith = (id: string, state: ChartState): string | null => nearest(releaseIds(), id, (r) => releaseChart(r, state) !== null);

/**
 * How the same chart reads in the latest release, for a pinned page of an older one: `unchanged` when
 * the latest release left it as this page's release froze it (this page is then its address there too).
 */
export function inLatest(id: string, spec: ChartSpec): { latest: string; spec: ChartSpec | null; figuresChanged: boolean; unchanged: boolean } | null {
  const latest = latestRelease();
  if (latest === id) return null;
  const now = releaseChart(latest, spec.state, langOf(spec.locale));
  const figures = (s: ChartSpec) => JSON.stringify(s.data.map((d) => [d.figureId, d.wording]));
  return { latest, spec: now, figuresChanged: !now || figures(now) !== figures(spec), unchanged: now?.permalink === spec.permalink };
}

/**
 * Charts an earlier release published that the latest release has no figures for (a figure it drew
 * was found to count something else, say): each with the last release that has it, so that its
 * unpinned address still leads to the chart as cited, never to another chart or a bare 404.
 */
export function retiredCharts(): { state: ChartState; release: string; title: string; permalink: string }[] {
  const latest = new Set(releaseCharts(latestRelease()).map((s) => chartPath(s.state)));
  const retired = new Map<string, { state: ChartState; release: string; title: string; permalink: string }>();
  for (const release of releaseIds().slice(0, -1)) {
    for (const spec of releaseCharts(release)) {
      const at = chartPath(spec.state);
      if (!latest.has(at)) retired.set(at, { state: spec.state, release, title: spec.title, permalink: spec.permalink });
    }
  }
  return [...retired.values()];
}

// ---- A chart's data for programs, beside its page ----

/** Where a chart page's rows and metadata are: <chart path>.csv, .xlsx (a workbook in the chart's language) and .metadata.json. */
export const chartDataPaths = (pagePath: string) => ({ csv: `${pagePath}.csv`, xlsx: `${pagePath}.xlsx`, metadata: `${pagePath}.metadata.json` });

/**
 * A chart's metadata for programs: its document, with its addresses completed for the site it is
 * served at — the citation's, the chart's and the archived copies' (the only parts a document cannot
 * freeze: every copy of the site has its own origin, which `publicUrl` gives when the build knows it).
 */
export function metadataJson(doc: ChartDocument, publicUrl: (path: string) => string): string {
  const url = publicUrl(doc.permalink);
  const cite = citations({ title: doc.citation.title, siteName: doc.citation.author, url, chartId: doc.chart, release: doc.release, accessed: null, locale: doc.language });
  return `${JSON.stringify(
    {
      ...doc,
      url,
      sources: doc.sources.map((s) => ({ ...s, archived_copy: publicUrl(s.archived_copy) })),
      citation: { ...doc.citation, url, plain: cite.plain, apa: cite.apa, bibtex: cite.bibtex },
    },
    // Compact: one metadata file per chart, language and release, for programs (indentation made it a third larger).
  )}\n`;
}
