// Draws every chart of every release at build time: a narrow and a wide SVG for the pages (static
// files the pages reference from <picture>, so the HTML carries no chart markup twice), and a
// standalone image — title, narration, figures, sources, release — as SVG and as a 2× PNG for
// downloads, plus the 1200×630 social preview from the same drawing. The charts of data/ are those
// of the latest release (a test holds data/ to it). No page ships a charting library to the browser.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import { drawChart, drawStandalone, svgDocument } from "../components/chart-image";
import { CHART_IMAGE_DIR, CHART_IMAGES_FILE, type ChartImageSizes, imageKey } from "../lib/charts/drawings";
import { OG_IMAGE_DIR, OG_SIZE, ogImageFile } from "../lib/charts/preview";
import { releaseIds } from "../lib/data/release-ids";
import type { ChartSpec } from "../lib/charts/registry";
import { releaseCharts } from "../lib/publish/releases";
import { publicUrl, SITE_NAME } from "../lib/site/origin";
import { lang } from "../lib/site/i18n";
import { PREFIXED_LOCALES } from "../lib/site/locales";

const svg = (element: React.ReactElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(element)}\n`;
// DejaVu Sans (Debian's default) has the Cyrillic and typographic quotes of source names; resvg
// skips the families it does not have in the chart's font list and falls back to it.
const png = (markup: string, zoom: number) =>
  new Resvg(markup, { fitTo: { mode: "zoom", value: zoom }, background: "#fff", font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();

rmSync(CHART_IMAGE_DIR, { recursive: true, force: true });
rmSync(OG_IMAGE_DIR, { recursive: true, force: true });
const sizes: Record<string, ChartImageSizes> = {};

/** The narrow and the wide drawing a page shows, written under `key`, their sizes recorded. */
function drawForPages(spec: ChartSpec, key: string): void {
  const label = { title: spec.title, desc: spec.takeaway };
  const narrow = drawChart(spec, "narrow");
  const wide = drawChart(spec, "wide");
  writeFileSync(path.join(CHART_IMAGE_DIR, `${key}.narrow.svg`), svg(svgDocument(narrow, label)));
  writeFileSync(path.join(CHART_IMAGE_DIR, `${key}.wide.svg`), svg(svgDocument(wide, label)));
  sizes[key] = { narrow: { width: narrow.width, height: narrow.height }, wide: { width: wide.width, height: wide.height } };
}

for (const release of releaseIds()) {
  mkdirSync(path.join(CHART_IMAGE_DIR, release), { recursive: true });
  mkdirSync(path.join(OG_IMAGE_DIR, release), { recursive: true });
  for (const spec of releaseCharts(release)) {
    const key = imageKey(spec.id, release);
    const file = (suffix: string) => path.join(CHART_IMAGE_DIR, `${key}${suffix}`);
    drawForPages(spec, key);
    const standalone = drawStandalone(spec, { siteName: SITE_NAME, releaseId: release, url: publicUrl(spec.permalink) });
    const label = { title: spec.title, desc: spec.takeaway };
    const full = svg(svgDocument(standalone, label));
    writeFileSync(file(".svg"), full);
    writeFileSync(file(".png"), png(full, 2));
    writeFileSync(ogImageFile(release, spec.id), png(svg(svgDocument(standalone, label, OG_SIZE)), 1));
  }
}
// The latest release's charts in Russian and Kazakh: the drawings their pages show (the standalone
// images, downloads and previews of those languages come with their chart pages).
const latest = releaseIds().at(-1)!;
for (const locale of PREFIXED_LOCALES) {
  mkdirSync(path.join(CHART_IMAGE_DIR, latest, locale), { recursive: true });
  for (const spec of releaseCharts(latest, lang(locale))) drawForPages(spec, imageKey(spec.id, latest, locale));
}
mkdirSync(path.dirname(CHART_IMAGES_FILE), { recursive: true });
writeFileSync(CHART_IMAGES_FILE, JSON.stringify(sizes));
console.log(`drew ${Object.keys(sizes).length} charts of ${releaseIds().length} releases to ${path.relative(process.cwd(), CHART_IMAGE_DIR)}`);
