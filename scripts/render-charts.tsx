// Draws every chart once, at build time, to static SVG markup (.generated/chart-svgs.json) that the
// pages inline. Charts are thus in the server HTML without shipping Recharts to the browser or
// hydrating anything: the bars' <title>s are the tooltips, and no JavaScript is needed to read a chart.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { ClaimsChart } from "../components/claims-chart";
import { TimelineChart } from "../components/timeline-chart";
import { CHART_SVGS_FILE, svgKey } from "../lib/chart-svgs";
import { allChartStates, chartSpec } from "../lib/charts";
import { getDataset } from "../lib/dataset";
import { releaseIds } from "../lib/release-ids";
import { releaseCharts } from "../lib/releases";

const dataset = getDataset();
const svgs: Record<string, string> = {};
// The charts of data/ (event and metric pages), and of every release (chart pages, pinned or not).
const charts = [
  ...allChartStates(dataset).map((state) => chartSpec(dataset, state)!).map((spec) => ({ spec, key: svgKey(spec.id) })),
  ...releaseIds().flatMap((release) => releaseCharts(release).map((spec) => ({ spec, key: svgKey(spec.id, release) }))),
];
for (const { spec, key } of charts) {
  const Chart = spec.kind === "timeline" ? TimelineChart : ClaimsChart;
  svgs[key] = renderToStaticMarkup(<Chart data={spec.data} unit={spec.unit} title={spec.title} />)
    // Recharts 2 hard-codes role="img" on each scatter point, which then needs its own alt text; the chart as a
    // whole is the image (labelled, with the table below), so the points are plain groups with <title> tooltips.
    .replaceAll('class="recharts-layer recharts-scatter-symbol" role="img"', 'class="recharts-layer recharts-scatter-symbol"');
  if (!svgs[key]!.includes("recharts-surface")) throw new Error(`chart ${key} rendered no SVG`);
}
mkdirSync(path.dirname(CHART_SVGS_FILE), { recursive: true });
writeFileSync(CHART_SVGS_FILE, JSON.stringify(svgs));
console.log(`rendered ${Object.keys(svgs).length} charts to ${path.relative(process.cwd(), CHART_SVGS_FILE)}`);
