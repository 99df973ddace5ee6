// Draws every chart at build time and writes its files for readers and programs:
// - for pages, a narrow and a wide SVG (static files the pages reference from <picture>, so the HTML
//   carries no chart markup twice);
// - for charts with a page of their own, the standalone image (title, narration, figures, sources,
//   release) as SVG, and a 16:9 slide in large type (title, subtitle, figures, site, release, address)
//   as one PNG, compressed to a palette (charts have few colours), which is also the page's preview image;
// - beside every chart page, its rows (<chart path>.csv, and .xlsx with headers and notes in the chart's
//   language, which is what a spreadsheet should open) and metadata (<chart path>.metadata.json),
//   and the rows at their first address (/data/releases/<id>/charts/<chart>.csv, and .excel.csv).
// A pinned chart is drawn from its release's frozen document; the unpinned charts from the latest
// release's data by today's code. Drawings are named by their content's sha256, so a drawing
// identical in two releases or languages is one file, rendered once. No page ships a charting library.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { drawChart, drawSlide, drawStandalone, svgDocument } from "../components/chart-image";
import { CHART_IMAGE_DIR, CHART_IMAGE_URL, CHART_IMAGES_FILE, CURRENT, type ChartImages, drawingKey, type Image } from "../lib/charts/drawings";
import type { ChartSpec } from "../lib/charts/registry";
import { chartPath } from "../lib/charts/state";
import { latestRelease, pinnedRelease, releaseIds } from "../lib/data/release-ids";
import { chartDataPaths, chartDocument, type ChartDocument, documentCsv, metadataJson, ownDocuments, releaseLanguages, specOf } from "../lib/publish/frozen-charts";
import { EXCEL_SUFFIX, withBom } from "../lib/publish/downloads";
import { chartWorkbook, xlsxBytes } from "../lib/publish/spreadsheet";
import { currentCharts, releaseDataset } from "../lib/publish/releases";
import { publicUrl } from "../lib/site/origin";
import { lang } from "../lib/site/i18n";
import { LOCALES, localePath } from "../lib/site/locales";

const PUBLIC = path.join(process.cwd(), "public");
/** Written here on every build; never edited by hand (.gitignore). Drawings are kept between builds: a name is its content. */
const WRITTEN = [path.join(PUBLIC, "charts"), path.join(PUBLIC, "releases"), path.join(PUBLIC, "data", "releases")];

const svg = (element: React.ReactElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(element)}\n`;
// DejaVu Sans (Debian's default) has the Cyrillic and typographic quotes of source names; resvg
// skips the families it does not have in the chart's font list and falls back to it.
// Rendered off the main thread (libuv's pool), so that two renders use both cores.
const render = (markup: string) =>
  renderAsync(markup, { background: "#fff", font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });

for (const dir of WRITTEN) rmSync(dir, { recursive: true, force: true });
mkdirSync(CHART_IMAGE_DIR, { recursive: true });
const images: Record<string, ChartImages> = {};
/** PNGs to render, after every chart is drawn: a few at a time, since each holds its full-size pixels until compressed. */
const pngs: { markup: string; file: string }[] = [];
/** Workbooks being written. */
const writes: Promise<void>[] = [];
const rendered = new Set<string>();

const contentName = (markup: string) => createHash("sha256").update(markup).digest("hex").slice(0, 20);

/** Writes a drawing under its content's name (once, however many charts share it) and returns its address. */
function store(markup: string): string {
  const name = `${contentName(markup)}.svg`;
  const file = path.join(CHART_IMAGE_DIR, name);
  if (!existsSync(file)) writeFileSync(file, markup);
  return `${CHART_IMAGE_URL}/${name}`;
}

function draw(spec: ChartSpec, edition: string, release: string): void {
  const label = { title: spec.title, desc: spec.takeaway };
  const page = (layout: "narrow" | "wide"): Image => {
    const drawing = drawChart(spec, layout);
    return { url: store(svg(svgDocument(drawing, label))), width: drawing.width, height: drawing.height };
  };
  const credits = { siteName: lang(spec.locale).t("term.site"), releaseId: release, url: publicUrl(spec.permalink) };
  const slide = drawSlide(spec, credits);
  const markup = svg(svgDocument(slide, label));
  // The PNG is named after its SVG (which is not published): a slide shared by several charts, or kept
  // from the last build, is rendered once.
  const png = `${CHART_IMAGE_URL}/${contentName(markup)}.png`;
  const file = path.join(CHART_IMAGE_DIR, path.basename(png));
  if (!rendered.has(file) && !existsSync(file)) {
    rendered.add(file);
    pngs.push({ markup, file });
  }
  images[drawingKey(spec.id, edition, spec.locale)] = {
    narrow: page("narrow"),
    wide: page("wide"),
    standalone: store(svg(svgDocument(drawStandalone(spec, credits), label))),
    slide: { url: png, width: slide.width, height: slide.height },
  };
}

/** Writes a file under public/. */
function publish(address: string, bytes: string | Uint8Array): void {
  const file = path.join(PUBLIC, address);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** A chart page's rows and metadata beside it. */
function publishData(doc: ChartDocument, pagePath: string): void {
  const at = chartDataPaths(pagePath);
  const csv = documentCsv(doc);
  publish(at.csv, csv);
  const sheets = chartWorkbook(doc, lang(doc.language), publicUrl(pagePath), path.basename(at.csv));
  writes.push(xlsxBytes(sheets).then((bytes) => publish(at.xlsx, bytes)));
  publish(at.metadata, metadataJson(doc, publicUrl));
}

const latest = latestRelease();
/** Releases whose chart pages linked their rows at /data/releases/<id>/charts/: those addresses are cited, so they stay. */
const LINKED_ROWS_UNTIL = "2026-11-29";

// Pinned charts: the documents each release froze (not those it left unchanged), in each language it was frozen in.
for (const release of releaseIds()) {
  for (const locale of releaseLanguages(release)) {
    for (const doc of ownDocuments(release, locale)) {
      draw(specOf(doc), release, release);
      publishData(doc, doc.permalink);
      if (locale === "en" && release <= LINKED_ROWS_UNTIL) {
        const csv = documentCsv(doc);
        publish(`/data/releases/${release}/charts/${doc.chart}.csv`, csv);
        publish(`/data/releases/${release}/charts/${doc.chart}${EXCEL_SUFFIX}`, withBom(csv));
      }
    }
  }
}

// Unpinned charts: the latest release's data as today's code draws it, in every language, credited
// and cited as the release that pinned what they say (the latest, or an earlier one that froze them as they are).
const dataset = releaseDataset(latest);
for (const locale of LOCALES) {
  for (const spec of currentCharts(lang(locale))) {
    const pinned = pinnedRelease(spec.id, locale);
    draw(spec, CURRENT, pinned);
    publishData(chartDocument(dataset, spec, pinned), localePath(locale, chartPath(spec.state)));
  }
}

async function renderPngs(): Promise<void> {
  const next = async (): Promise<void> => {
    const job = pngs.pop();
    if (!job) return;
    const pixels = (await render(job.markup)).asPng();
    await sharp(pixels).png({ palette: true, colours: 64, effort: 3, compressionLevel: 9 }).toFile(`${job.file}.tmp`);
    renameSync(`${job.file}.tmp`, job.file);
    return next();
  };
  // Two at a time, one per core.
  await Promise.all([next(), next()]);
}

const drawnPngs = pngs.length;
void Promise.all([renderPngs(), ...writes]).then(() => {
  // Drawings no chart has any more (a build before a data or code change) leave the bundle.
  const used = new Set(Object.values(images).flatMap((i) => [i.narrow.url, i.wide.url, i.standalone, i.slide.url]).map((u) => u && path.basename(u)));
  for (const f of readdirSync(CHART_IMAGE_DIR)) if (!used.has(f)) rmSync(path.join(CHART_IMAGE_DIR, f));
  mkdirSync(path.dirname(CHART_IMAGES_FILE), { recursive: true });
  writeFileSync(CHART_IMAGES_FILE, JSON.stringify(images));
  console.log(`drew ${Object.keys(images).length} charts of ${releaseIds().length} releases and today's code: ${drawnPngs} PNG images, to ${path.relative(process.cwd(), CHART_IMAGE_DIR)}`);
});
