import { readFileSync } from "node:fs";
import path from "node:path";

/** Written by scripts/render-charts.tsx (part of `npm run build`), read once per process. */
export const CHART_SVGS_FILE = path.join(process.cwd(), ".generated", "chart-svgs.json");

let cached: Record<string, string> | undefined;

/** Key of a chart's SVG: its id for the charts of data/, `<release>/<id>` for a release's. */
export const svgKey = (chartId: string, release?: string): string => (release ? `${release}/${chartId}` : chartId);

export function chartSvg(chartId: string, release?: string): string {
  cached ??= JSON.parse(readFileSync(CHART_SVGS_FILE, "utf8")) as Record<string, string>;
  const svg = cached[svgKey(chartId, release)];
  if (svg === undefined) throw new Error(`no pre-rendered SVG for chart ${svgKey(chartId, release)}: run \`npm run build\`, which draws the charts first`);
  return svg;
}
