import type { BarDatum } from "@/lib/charts/data";
import type { Lang } from "@/lib/site/i18n";
import { BAR_TICKS, fittedTicks, textWidth, valueTicks, wrapText } from "@/lib/charts/axes";
import { BarMark, CLAIMANT_COLOUR, type Drawing, drawLegend, FONT_SIZE, GRID, HatchDefs, INK, LINE_HEIGHT, type LegendKey, markTitle, MUTED, OPEN_END, TextLines } from "./chart-marks";

export type Layout = "narrow" | "wide" | "slide";

/**
 * Widths in SVG units: the narrow drawing for phones, the wide one from 760 px up (see globals.css),
 * and the slide's at its largest type. The slide is drawn as the wide one but with tight rows and a
 * label column as wide as its labels (fewer lines); a slide of many statements is drawn wider and
 * scaled down, so that it fills the 16:9 frame (chart-image.tsx).
 */
export const LAYOUT_WIDTH: Record<Layout, number> = { narrow: 320, wide: 680, slide: 850 };
const BAR: Record<Layout, number> = { narrow: 14, wide: 20, slide: 16 };
/** Wide layout: labels in a column on the left of this width. */
const WIDE_LABEL_COLUMN = 220;
/** Slide layout: the label column is as wide as its longest label, up to this share of the width. */
const SLIDE_LABEL_SHARE = 0.55;
const ROW_GAP: Record<Layout, number> = { narrow: 12, wide: 12, slide: 4 };


/**
 * One bar per statement. Narrow: the label above its bar, bars across the whole width. Wide: labels
 * in a column on the left. Labels wrap (never "…"); the value is written after the bar and the value
 * axis leaves room for it and for an open end's arrow, so nothing is clipped.
 */
export function drawBars(data: readonly BarDatum[], unit: string, layout: Layout, lang: Lang, width = LAYOUT_WIDTH[layout]): Drawing {
  const bar = BAR[layout];
  const valueRoom = Math.max(...data.map((d) => textWidth(d.wording, FONT_SIZE, true) + (d.openEnded ? OPEN_END + 6 : 6))) + 4;
  const label = (d: BarDatum) => `${lang.t(`charts.tag.${d.claimant}`)} ${d.shortLabel}`;
  const labelColumn = layout === "slide" ? Math.min(width * SLIDE_LABEL_SHARE, Math.max(...data.map((d) => textWidth(label(d), FONT_SIZE, true)))) : layout === "wide" ? WIDE_LABEL_COLUMN : 0;
  const x0 = layout === "narrow" ? 1 : labelColumn + 8;
  const x1 = width - valueRoom;
  const max = Math.max(...data.map((d) => d.extent));
  const ticks = layout === "slide" ? fittedTicks(max, x1 - x0, lang, FONT_SIZE) : valueTicks(max, BAR_TICKS[layout]);
  const top = ticks[ticks.length - 1]!;
  const x = (v: number) => x0 + (v / top) * (x1 - x0);

  let y = 8;
  const rows = data.map((d) => {
    const lines = wrapText(label(d), layout === "narrow" ? width - 8 : labelColumn, FONT_SIZE);
    const labelHeight = lines.length * LINE_HEIGHT;
    const rowTop = y;
    const barY = layout === "narrow" ? rowTop + labelHeight : rowTop + Math.max(0, (labelHeight - bar) / 2) - 2;
    y += (layout === "narrow" ? labelHeight + bar : Math.max(labelHeight, bar)) + ROW_GAP[layout];
    return { d, lines, labelY: rowTop + FONT_SIZE, barY };
  });
  const plotBottom = y - ROW_GAP[layout] / 2;
  const axisY = plotBottom + FONT_SIZE + 6;
  const unitY = axisY + LINE_HEIGHT + 2;
  const legend = drawLegend(legendKeys(data), width, lang);
  const legendY = unitY + 10;
  const height = legendY + legend.height;

  return {
    width,
    height,
    node: (
      <>
        <HatchDefs />
        <g className="grid" stroke={GRID}>
          {ticks.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={4} y2={plotBottom} />
          ))}
        </g>
        {rows.map(({ d, lines, labelY, barY }) => {
          const end = x(d.extent);
          return (
            <g key={d.figureId} className={`claim-bar claim-bar--${d.claimant}`} data-figure-id={d.figureId}>
              <title>{markTitle(d, lang)}</title>
              <TextLines x={1} y={labelY} lines={lines} first={{ fill: CLAIMANT_COLOUR[d.claimant] }} />
              <BarMark x={x0} y={barY} width={end - x0} certainWidth={d.extent > 0 ? ((end - x0) * d.certain) / d.extent : 0} height={bar} claimant={d.claimant} openEnded={d.openEnded} />
              <text className="claim-bar__value" x={end + (d.openEnded ? OPEN_END + 6 : 6)} y={barY + bar / 2 + 4.5} fontSize={FONT_SIZE} fontWeight={700} fill={INK}>
                {d.wording}
              </text>
            </g>
          );
        })}
        <g className="axis">
          {ticks.map((t, i) => (
            <text key={t} x={x(t)} y={axisY} fontSize={FONT_SIZE} fill={MUTED} textAnchor={i === 0 && layout === "narrow" ? "start" : "middle"}>
              {lang.count(t)}
            </text>
          ))}
          <text x={(x0 + x1) / 2} y={unitY} fontSize={FONT_SIZE} fill={MUTED} textAnchor="middle">
            {unit}
          </text>
        </g>
        <g transform={`translate(0 ${legendY})`}>{legend.node}</g>
      </>
    ),
  };
}

function legendKeys(data: readonly BarDatum[]): LegendKey[] {
  const keys: LegendKey[] = [];
  if (data.some((d) => d.claimant === "official")) keys.push("official-bar");
  if (data.some((d) => d.claimant === "independent")) keys.push("independent-bar");
  if (data.some((d) => d.extent > d.certain)) keys.push("range-bar");
  if (data.some((d) => d.openEnded)) keys.push("open-bar");
  return keys;
}
