import { asOfSpan, type BarDatum } from "@/lib/charts/data";
import type { Lang } from "@/lib/site/i18n";
import { dateAxis, textWidth, valueTicks } from "@/lib/charts/axes";
import { BoundArrow, CLAIMANT_COLOUR, type Drawing, drawLegend, FONT_SIZE, GRID, LINE_HEIGHT, type LegendKey, markTitle, MUTED, PointMark, SpanMark } from "./chart-marks";
import { LAYOUT_WIDTH, type Layout } from "./claims-chart";

const PLOT_HEIGHT: Record<Layout, number> = { narrow: 210, wide: 280, slide: 160 };
/** About how many value ticks, and at most how many date steps. */
const TICKS: Record<Layout, { value: number; dates: number }> = { narrow: { value: 4, dates: 3 }, wide: { value: 6, dates: 7 }, slide: { value: 6, dates: 8 } };
/** Room above the top tick for an open upper bound's arrow. */
const HEADROOM = 32;

/**
 * Statements on the event's own date axis. A statement dated to the day is a point; one dated only
 * to a month or a year is a hollow point on a bracket spanning that month or year. The official
 * statements dated to the day are joined in date order, so that the line shows how the state's count moved.
 */
export function drawTimeline(data: readonly BarDatum[], unit: string, layout: Layout, lang: Lang, width = LAYOUT_WIDTH[layout]): Drawing {
  const points = data.flatMap((d) => {
    const span = asOfSpan(d.asOf);
    return span ? [{ d, span, y: d.certain || d.extent }] : [];
  });
  const ticks = valueTicks(Math.max(...data.map((d) => d.extent)), TICKS[layout].value);
  const top = ticks[ticks.length - 1]!;
  const axis = dateAxis(Math.min(...points.map((p) => p.span[0])), Math.max(...points.map((p) => p.span[1])), TICKS[layout].dates, lang);
  const left = Math.max(...ticks.map((t) => textWidth(lang.count(t), FONT_SIZE))) + 10;
  const right = width - 30;
  const plotTop = LINE_HEIGHT + HEADROOM;
  const plotBottom = plotTop + PLOT_HEIGHT[layout];
  const [t0, t1] = axis.domain;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (right - left);
  const y = (v: number) => plotBottom - (v / top) * (plotBottom - plotTop);
  const official = points.filter((p) => p.d.claimant === "official" && p.d.precision === "day").sort((a, b) => a.span[0] - b.span[0]);
  const legend = drawLegend(legendKeys(data), width, lang);
  const legendY = plotBottom + LINE_HEIGHT + 18;
  return {
    width,
    height: legendY + legend.height,
    node: (
      <>
        <text x={0} y={FONT_SIZE} fontSize={FONT_SIZE} fill={MUTED}>
          {unit}
        </text>
        <g className="grid" stroke={GRID}>
          {ticks.map((t) => (
            <line key={t} x1={left} x2={right} y1={y(t)} y2={y(t)} />
          ))}
          {axis.ticks.map(({ t }) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={plotTop} y2={plotBottom} />
          ))}
        </g>
        <g className="axis" fontSize={FONT_SIZE} fill={MUTED}>
          {ticks.map((t) => (
            <text key={t} x={left - 6} y={y(t) + 4.5} textAnchor="end">
              {lang.count(t)}
            </text>
          ))}
          {axis.ticks.map(({ t, label }, i) => (
            <text key={t} x={x(t)} y={plotBottom + LINE_HEIGHT} textAnchor={i === 0 ? "start" : i === axis.ticks.length - 1 ? "end" : "middle"}>
              {label}
            </text>
          ))}
        </g>
        {official.length > 1 && (
          <polyline className="official-line" points={official.map((p) => `${x((p.span[0] + p.span[1]) / 2)},${y(p.y)}`).join(" ")} fill="none" stroke={CLAIMANT_COLOUR.official} strokeWidth={1.5} />
        )}
        {points.map(({ d, span, y: v }) => {
          const colour = CLAIMANT_COLOUR[d.claimant];
          const cx = x((span[0] + span[1]) / 2);
          const cy = y(v);
          return (
            <g key={d.figureId} className={`claim-mark claim-mark--${d.claimant}`} data-figure-id={d.figureId} data-precision={d.precision}>
              <title>{markTitle(d, lang)}</title>
              {d.precision !== "day" && <SpanMark x1={x(span[0])} x2={x(span[1])} y={cy} colour={colour} />}
              {d.certain > 0 && d.extent > d.certain && <line x1={cx} x2={cx} y1={cy} y2={y(d.extent)} stroke={colour} strokeWidth={3} />}
              {d.openEnded && <BoundArrow cx={cx} cy={cy} colour={colour} direction="up" />}
              {d.certain === 0 && <BoundArrow cx={cx} cy={cy} colour={colour} direction="down" />}
              <PointMark cx={cx} cy={cy} claimant={d.claimant} hollow={d.precision !== "day"} />
            </g>
          );
        })}
        <g transform={`translate(0 ${legendY})`}>{legend.node}</g>
      </>
    ),
  };
}

function legendKeys(data: readonly BarDatum[]): LegendKey[] {
  const keys: LegendKey[] = [];
  if (data.some((d) => d.claimant === "official")) keys.push("official-point");
  if (data.filter((d) => d.claimant === "official" && d.precision === "day").length > 1) keys.push("official-line");
  if (data.some((d) => d.claimant === "independent")) keys.push("independent-point");
  if (data.some((d) => d.precision !== "day")) keys.push("month-span");
  if (data.some((d) => d.certain > 0 && d.extent > d.certain)) keys.push("range-point");
  if (data.some((d) => d.openEnded)) keys.push("up");
  if (data.some((d) => d.certain === 0)) keys.push("down");
  return keys;
}
