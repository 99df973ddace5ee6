import type { ReactElement } from "react";
import type { ChartSpec } from "@/lib/charts/registry";
import { wrapText } from "@/lib/charts/axes";
import { sourceLine } from "@/lib/data/sources";
import { lang } from "@/lib/site/i18n";
import { type Drawing, FONT_FAMILY, FONT_SIZE, INK, LINE_HEIGHT, MUTED, TextLines } from "./chart-marks";
import { drawBars, type Layout } from "./claims-chart";
import { drawTimeline } from "./timeline-chart";

const DRAW = { bars: drawBars, timeline: drawTimeline } as const;

export const drawChart = (spec: ChartSpec, layout: Layout): Drawing => DRAW[spec.kind](spec.data, spec.unit, layout, lang(spec.locale));

/** A drawing as an SVG document. */
export function svgDocument(drawing: Drawing, label?: { title: string; desc: string }): ReactElement {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={drawing.width}
      height={drawing.height}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      fontFamily={FONT_FAMILY}
      fontSize={FONT_SIZE}
    >
      {label && <title>{label.title}</title>}
      {label && <desc>{label.desc}</desc>}
      <rect width={drawing.width} height={drawing.height} fill="#fff" />
      {drawing.node}
    </svg>
  );
}

export type ImageCredits = { siteName: string; releaseId: string; url: string };

const PAD = 20;

/**
 * The chart as an image that stands alone in a slide or an article: site name, title, narration,
 * the wide drawing, the source line, the data release and the chart's permalink.
 */
export function drawStandalone(spec: ChartSpec, credits: ImageCredits): Drawing {
  const plot = drawChart(spec, "wide");
  const inner = plot.width;
  const title = wrapText(spec.title, inner, 18, true);
  const narration = wrapText(spec.takeaway, inner, 14);
  const words = lang(spec.locale);
  const sources = wrapText(sourceLine(spec.sources, words), inner, FONT_SIZE);
  const release = wrapText(words.t("charts.credits", { release: credits.releaseId, url: credits.url }), inner, FONT_SIZE);
  let y = PAD + FONT_SIZE;
  const siteY = y;
  const titleY = (y += 28);
  const narrationY = (y += (title.length - 1) * 23 + 24);
  const plotY = (y += (narration.length - 1) * 19 + 16);
  const sourcesY = (y += plot.height + 12);
  const releaseY = (y += sources.length * LINE_HEIGHT);
  const height = y + (release.length - 1) * LINE_HEIGHT + PAD;
  return {
    width: inner + 2 * PAD,
    height,
    node: (
      <g transform={`translate(${PAD} 0)`}>
        <TextLines x={0} y={siteY} lines={[credits.siteName]} fill={MUTED} fontWeight={700} />
        <text x={0} y={titleY} fontSize={18} fontWeight={700} fill={INK}>
          {title.map((l, i) => (
            <tspan key={i} x={0} dy={i === 0 ? 0 : 23}>
              {l}
            </tspan>
          ))}
        </text>
        <text x={0} y={narrationY} fontSize={14} fill={INK}>
          {narration.map((l, i) => (
            <tspan key={i} x={0} dy={i === 0 ? 0 : 19}>
              {l}
            </tspan>
          ))}
        </text>
        <g transform={`translate(0 ${plotY})`}>{plot.node}</g>
        <TextLines x={0} y={sourcesY} lines={sources} fill={MUTED} />
        <TextLines x={0} y={releaseY} lines={release} fill={MUTED} />
      </g>
    ),
  };
}
