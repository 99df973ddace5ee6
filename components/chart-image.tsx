import type { ReactElement } from "react";
import type { BarDatum } from "@/lib/charts/data";
import type { ChartSpec } from "@/lib/charts/registry";
import { wrapText } from "@/lib/charts/axes";
import { capitalise } from "@/lib/charts/spec";
import { sourceLine } from "@/lib/data/sources";
import { lang } from "@/lib/site/i18n";
import { type Drawing, FONT_FAMILY, FONT_SIZE, INK, LINE_HEIGHT, MUTED, TextLines } from "./chart-marks";
import { drawBars, type Layout } from "./claims-chart";
import { drawTimeline } from "./timeline-chart";

const DRAW = { bars: drawBars, timeline: drawTimeline } as const;

export const drawChart = (spec: ChartSpec, layout: Layout, width?: number): Drawing => DRAW[spec.kind](spec.data, spec.unit, layout, lang(spec.locale), width);

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

/** The slide: 16:9 at 1920 × 1080 px, its PNG rendered at 1×. */
const SLIDE = { width: 1920, height: 1080 } as const;
/** The chart's type (FONT_SIZE) at this scale is 28 px on the slide: legible from the back of a room. */
const SLIDE_SCALE = 2.16;
/** How much smaller each try of a chart too tall for the slide is drawn. */
const SLIDE_SCALE_STEP = 0.02;
const SLIDE_PAD = 42;
const SLIDE_TITLE = 48;
const SLIDE_TEXT = 30;
const SLIDE_FOOTER = 28;

/**
 * The chart as a slide: title, a one-line subtitle (what is counted, and how many statements of each
 * side), the slide layout of the chart in large type, and a footer with the site's name, the data
 * release and the chart's address. Its PNG is the chart's one PNG: the download and the preview image.
 */
export function drawSlide(spec: ChartSpec, credits: ImageCredits): Drawing {
  const words = lang(spec.locale);
  const inner = SLIDE.width - 2 * SLIDE_PAD;
  const title = wrapText(spec.title, inner, SLIDE_TITLE, true);
  const side = (claimant: BarDatum["claimant"]) => spec.data.filter((d) => d.claimant === claimant).length;
  const subtitle = words.t("charts.count", { subject: capitalise(spec.unit), count: spec.data.length, official: side("official"), independent: side("independent") });
  // Without SITE_URL the address is site-relative (lib/site/origin.ts): the site's name beside it says whose.
  const footer = wrapText(`${credits.siteName} · ${words.t("charts.credits", { release: credits.releaseId, url: credits.url })}`, inner, SLIDE_FOOTER);
  const titleY = SLIDE_PAD + SLIDE_TITLE;
  const subtitleY = titleY + (title.length - 1) * SLIDE_TITLE * 1.2 + SLIDE_TEXT * 1.5;
  const plotY = subtitleY + SLIDE_TEXT;
  const footerY = SLIDE.height - SLIDE_PAD - (footer.length - 1) * SLIDE_FOOTER * 1.25;
  // A chart of a dozen statements or more with long labels cannot be drawn this large: it is drawn
  // wider (labels on fewer lines) and scaled to the slide's width, a step smaller each time, until it
  // fits rather than being cut.
  const room = footerY - SLIDE_FOOTER * 1.25 - plotY;
  let scale = SLIDE_SCALE;
  let plot = drawChart(spec, "slide", inner / scale);
  while (plot.height * scale > room) {
    scale = Math.round((scale - SLIDE_SCALE_STEP) * 100) / 100;
    plot = drawChart(spec, "slide", inner / scale);
  }
  return {
    width: SLIDE.width,
    height: SLIDE.height,
    node: (
      <g transform={`translate(${SLIDE_PAD} 0)`}>
        <TextLines x={0} y={titleY} lines={title} fontSize={SLIDE_TITLE} lineHeight={SLIDE_TITLE * 1.2} fontWeight={700} />
        <TextLines x={0} y={subtitleY} lines={[subtitle]} fontSize={SLIDE_TEXT} fill={MUTED} />
        <g className="slide-plot" transform={`translate(${Math.round((inner - plot.width * scale) / 2)} ${plotY}) scale(${scale})`}>
          {plot.node}
        </g>
        <TextLines x={0} y={footerY} lines={footer} fontSize={SLIDE_FOOTER} lineHeight={SLIDE_FOOTER * 1.25} fill={MUTED} />
      </g>
    ),
  };
}
