import type { ReactElement, ReactNode } from "react";
import type { BarDatum } from "@/lib/charts/data";
import { textWidth, wrapText } from "@/lib/charts/axes";
import type { Lang } from "@/lib/site/i18n";

// Okabe–Ito blue and vermillion: distinguishable with the common colour-vision deficiencies.
// Colour is never alone: bars carry an OFFICIAL/INDEPENDENT label, points a circle or a diamond.
export const CLAIMANT_COLOUR = { official: "#0072B2", independent: "#D55E00" } as const;
export const INK = "#1a1a1a";
export const MUTED = "#555";
export const GRID = "#d9d9d9";
/** The smallest text any chart draws, in SVG units; drawings are never shown below 0.85× (see globals.css), so ≥ 11 px. */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** A finished drawing: its size in SVG units and its markup. */
export type Drawing = { width: number; height: number; node: ReactElement };

/** The tooltip of a mark: the figure, who said it and when, and every report of it. */
export const markTitle = (d: BarDatum, lang: Lang) =>
  lang.t("charts.markTitle", {
    side: d.claimant,
    wording: d.wording,
    measure: d.measure,
    label: d.label,
    count: d.reports.length,
    publishers: d.reports.map((r) => r.publisher).join("; "),
  });

/** Lines of text, one <tspan> each; `first` styles the first word (the OFFICIAL/INDEPENDENT tag). */
export function TextLines({ x, y, lines, first, anchor = "start", ...rest }: { x: number; y: number; lines: string[]; first?: { fill: string }; anchor?: "start" | "end" | "middle"; fill?: string; fontWeight?: number; fontSize?: number; lineHeight?: number }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={rest.fontSize ?? FONT_SIZE} fill={rest.fill ?? INK} fontWeight={rest.fontWeight}>
      {lines.map((line, i) => {
        const [word = "", ...more] = line.split(" ");
        return (
          <tspan key={i} x={x} dy={i === 0 ? 0 : (rest.lineHeight ?? LINE_HEIGHT)}>
            {i === 0 && first ? (
              <>
                <tspan fontWeight={700} fill={first.fill}>{word}</tspan>
                {more.length ? ` ${more.join(" ")}` : ""}
              </>
            ) : (
              line
            )}
          </tspan>
        );
      })}
    </text>
  );
}

export function HatchDefs() {
  return (
    <defs>
      {(["official", "independent"] as const).map((c) => (
        <pattern key={c} id={`hatch-${c}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={CLAIMANT_COLOUR[c]} strokeWidth="3" />
        </pattern>
      ))}
    </defs>
  );
}

/** Length of the open-end arrow after a bar. */
export const OPEN_END = 32;

/** A bar in three parts: what the source commits to (solid), a stated range (hatched), an open end (arrow). */
export function BarMark({ x, y, certainWidth, width, height, claimant, openEnded }: { x: number; y: number; certainWidth: number; width: number; height: number; claimant: keyof typeof CLAIMANT_COLOUR; openEnded: boolean }) {
  const colour = CLAIMANT_COLOUR[claimant];
  const mid = y + height / 2;
  const end = x + width;
  return (
    <>
      <rect className="claim-bar__certain" x={x} y={y} width={certainWidth} height={height} fill={colour} />
      {width > certainWidth && (
        <rect className="claim-bar__range" x={x + certainWidth} y={y} width={width - certainWidth} height={height} fill={`url(#hatch-${claimant})`} stroke={colour} />
      )}
      {openEnded && (
        <g className="claim-bar__open-end" stroke={colour} fill={colour}>
          <line x1={end} x2={end + 22} y1={mid} y2={mid} strokeWidth={2} strokeDasharray="3 3" />
          <path d={`M${end + 22},${mid - 6} L${end + OPEN_END},${mid} L${end + 22},${mid + 6} Z`} />
        </g>
      )}
    </>
  );
}

/** Circle for an official figure, diamond for an independent one; hollow when the date is only a month or a year. */
export function PointMark({ cx, cy, claimant, hollow }: { cx: number; cy: number; claimant: keyof typeof CLAIMANT_COLOUR; hollow: boolean }) {
  const colour = CLAIMANT_COLOUR[claimant];
  const fill = hollow ? "#fff" : colour;
  const stroke = hollow ? colour : "#fff";
  return claimant === "official" ? (
    <circle cx={cx} cy={cy} r={5.5} fill={fill} stroke={stroke} strokeWidth={hollow ? 2 : 1.5} />
  ) : (
    <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={fill} stroke={stroke} strokeWidth={hollow ? 2 : 1.5} transform={`rotate(45 ${cx} ${cy})`} />
  );
}

/** Dashed arrow from a point: up for an open upper bound, down for "up to"/"almost". */
export function BoundArrow({ cx, cy, colour, direction }: { cx: number; cy: number; colour: string; direction: "up" | "down" }) {
  const s = direction === "up" ? -1 : 1;
  return (
    <g className={`bound-arrow bound-arrow--${direction}`} stroke={colour} fill={colour}>
      <line x1={cx} x2={cx} y1={cy} y2={cy + s * 20} strokeDasharray="3 3" strokeWidth={2} />
      <path d={`M${cx - 5},${cy + s * 18} L${cx},${cy + s * 27} L${cx + 5},${cy + s * 18} Z`} />
    </g>
  );
}

/** The stretch of a month (or year) a figure is dated to, as a bracket: never drawn as its first day. */
export function SpanMark({ x1, x2, y, colour }: { x1: number; x2: number; y: number; colour: string }) {
  return (
    <g className="date-span" stroke={colour} strokeWidth={2}>
      <line x1={x1} x2={x2} y1={y} y2={y} />
      <line x1={x1} x2={x1} y1={y - 5} y2={y + 5} />
      <line x1={x2} x2={x2} y1={y - 5} y2={y + 5} />
    </g>
  );
}

export type LegendKey =
  | "official-bar" | "independent-bar" | "range-bar" | "open-bar"
  | "official-point" | "official-line" | "independent-point" | "range-point" | "up" | "down" | "month-span";

const GLYPH = 30;

/** Each legend entry draws its glyph with the very component that draws the mark in the chart; its words are `charts.legend.<key>`. */
const LEGEND: Record<LegendKey, { glyph: (y: number) => ReactNode }> = {
  "official-bar": { glyph: (y) => <BarMark x={0} y={y - 6} width={GLYPH - 4} certainWidth={GLYPH - 4} height={12} claimant="official" openEnded={false} /> },
  "independent-bar": { glyph: (y) => <BarMark x={0} y={y - 6} width={GLYPH - 4} certainWidth={GLYPH - 4} height={12} claimant="independent" openEnded={false} /> },
  "range-bar": { glyph: (y) => <BarMark x={0} y={y - 6} width={GLYPH - 4} certainWidth={8} height={12} claimant="official" openEnded={false} /> },
  "open-bar": { glyph: (y) => <BarMark x={0} y={y - 6} width={0} certainWidth={0} height={12} claimant="official" openEnded /> },
  "official-point": { glyph: (y) => <PointMark cx={GLYPH / 2} cy={y} claimant="official" hollow={false} /> },
  "official-line": { glyph: (y) => <line x1={0} x2={GLYPH - 4} y1={y} y2={y} stroke={CLAIMANT_COLOUR.official} strokeWidth={1.5} /> },
  "independent-point": { glyph: (y) => <PointMark cx={GLYPH / 2} cy={y} claimant="independent" hollow={false} /> },
  "range-point": { glyph: (y) => <line x1={GLYPH / 2} x2={GLYPH / 2} y1={y - 8} y2={y + 8} stroke={INK} strokeWidth={3} /> },
  up: { glyph: (y) => <BoundArrow cx={GLYPH / 2} cy={y + 12} colour={INK} direction="up" /> },
  down: { glyph: (y) => <BoundArrow cx={GLYPH / 2} cy={y - 12} colour={INK} direction="down" /> },
  "month-span": {
    glyph: (y) => (
      <>
        <SpanMark x1={2} x2={GLYPH - 4} y={y} colour={INK} />
        <PointMark cx={GLYPH / 2 - 1} cy={y} claimant="official" hollow />
      </>
    ),
  },
};

/** The legend as rows of entries that wrap within `width`; each row is tall enough for the arrows. */
export function drawLegend(keys: readonly LegendKey[], width: number, lang: Lang): Drawing {
  const ROW = 30;
  let x = 0;
  let row = 0;
  const items: ReactNode[] = [];
  for (const key of keys) {
    const { glyph } = LEGEND[key];
    const text = lang.t(`charts.legend.${key}`);
    const lines = wrapText(text, width - GLYPH - 6, FONT_SIZE);
    const w = GLYPH + 6 + Math.max(...lines.map((l) => textWidth(l, FONT_SIZE)));
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const y = row * ROW + ROW / 2;
    items.push(
      <g key={key} transform={`translate(${x} 0)`}>
        {glyph(y)}
        <TextLines x={GLYPH + 6} y={y + 4.5} lines={lines} fill={MUTED} />
      </g>,
    );
    row += lines.length - 1;
    x = lines.length > 1 ? width : x + w + 14;
  }
  const height = (row + 1) * ROW;
  return { width, height, node: <g className="legend">{items}</g> };
}
