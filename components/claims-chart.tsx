import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import type { BarDatum } from "@/lib/chart-data";

// Okabe–Ito blue and vermillion: distinguishable with the common colour-vision deficiencies.
// Colour is never alone: every bar's axis label starts with OFFICIAL or INDEPENDENT.
export const CLAIMANT_COLOUR = { official: "#0072B2", independent: "#D55E00" } as const;

const ROW = 46;
const WIDTH = 720;
const LABEL_WIDTH = 250;

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: BarDatum };

/** A bar in three parts: what the source commits to (solid), a stated range (hatched), an open end (arrow). */
function ClaimBar({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload) return null;
  const colour = CLAIMANT_COLOUR[payload.claimant];
  const certainWidth = payload.extent > 0 ? (width * payload.certain) / payload.extent : 0;
  const mid = y + height / 2;
  const end = x + width;
  return (
    <g className={`claim-bar claim-bar--${payload.claimant}`} data-figure-id={payload.figureId}>
      <title>{`${payload.claimant === "official" ? "Official" : "Independent"}: ${payload.wording} ${payload.measure} — ${payload.label}`}</title>
      <rect className="claim-bar__certain" x={x} y={y} width={certainWidth} height={height} fill={colour} />
      {width > certainWidth && (
        <rect
          className="claim-bar__range"
          x={x + certainWidth}
          y={y}
          width={width - certainWidth}
          height={height}
          fill={`url(#hatch-${payload.claimant})`}
          stroke={colour}
        />
      )}
      {payload.openEnded && (
        <g className="claim-bar__open-end" stroke={colour} fill={colour}>
          <line x1={end} x2={end + 22} y1={mid} y2={mid} strokeWidth={2} strokeDasharray="3 3" />
          <path d={`M${end + 22},${mid - 6} L${end + 32},${mid} L${end + 22},${mid + 6} Z`} />
        </g>
      )}
      <text x={end + (payload.openEnded ? 38 : 6)} y={mid} dominantBaseline="central" fontSize={13} fill="#1a1a1a">
        {payload.wording}
      </text>
    </g>
  );
}

function ClaimTick({ x = 0, y = 0, payload, data }: { x?: number; y?: number; payload?: { value: string; index: number }; data: BarDatum[] }) {
  const datum = payload ? data[payload.index] : undefined;
  if (!datum) return null;
  const label = datum.shortLabel.length > 35 ? `${datum.shortLabel.slice(0, 34)}…` : datum.shortLabel;
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={12} fill="#1a1a1a">
      <tspan x={x - 6} dy="-0.35em" fontWeight={700} fill={CLAIMANT_COLOUR[datum.claimant]}>
        {datum.claimant === "official" ? "OFFICIAL" : "INDEPENDENT"}
      </tspan>
      <tspan x={x - 6} dy="1.2em">
        {label}
      </tspan>
    </text>
  );
}

/** Drawn once at build time by scripts/render-charts.tsx; pages inline the markup. */
export function ClaimsChart({ data, unit, title }: { data: BarDatum[]; unit: string; title: string }) {
  return (
    <div className="chart" role="img" aria-label={`${title}. The same figures are in the table below.`}>
      <BarChart
        width={WIDTH}
        height={data.length * ROW + 60}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 150, bottom: 28, left: 8 }}
        barCategoryGap={10}
      >
        <defs>
          {(["official", "independent"] as const).map((c) => (
            <pattern key={c} id={`hatch-${c}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={CLAIMANT_COLOUR[c]} strokeWidth="3" />
            </pattern>
          ))}
        </defs>
        <CartesianGrid horizontal={false} stroke="#ddd" />
        <XAxis
          type="number"
          domain={[0, "auto"]}
          tickFormatter={(n: number) => n.toLocaleString("en-GB")}
          label={{ value: unit, position: "insideBottom", offset: -16, fontSize: 12 }}
          fontSize={12}
        />
        <YAxis
          type="category"
          dataKey="figureId"
          width={LABEL_WIDTH}
          interval={0}
          tick={(props: object) => <ClaimTick {...props} data={data} />}
        />
        <Bar dataKey="extent" isAnimationActive={false} shape={(props: ShapeProps) => <ClaimBar {...props} />} />
      </BarChart>
    </div>
  );
}
