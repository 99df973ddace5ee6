import { readFileSync } from "node:fs";
import path from "node:path";

/** Written by scripts/render-charts.tsx (part of `npm run build`), read once per process. */
export const CHART_SVGS_FILE = path.join(process.cwd(), ".generated", "chart-svgs.json");

let cached: Record<string, string> | undefined;

export function chartSvg(chartId: string): string {
  cached ??= JSON.parse(readFileSync(CHART_SVGS_FILE, "utf8")) as Record<string, string>;
  const svg = cached[chartId];
  if (svg === undefined) throw new Error(`no pre-rendered SVG for chart ${chartId}: run \`npm run build\`, which draws the charts first`);
  return svg;
}
