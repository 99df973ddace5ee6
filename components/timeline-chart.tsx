import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import { asOfTime, type BarDatum } from "@/lib/chart-data";
import { CLAIMANT_COLOUR } from "./claims-chart";

const WIDTH = 720;
const HEIGHT = 380;
const MONTH_MS = 30 * 24 * 3600 * 1000;

type Point = BarDatum & { t: number; y: number };
type ShapeProps = { cx?: number; cy?: number; payload?: Point; yAxis?: { scale: (v: number) => number } };

/**
 * One figure on the date axis: circle (official) or diamond (independent), a vertical line for a
 * stated range, a dashed arrow up for an open upper bound, a dashed arrow down for "up to".
 */
function ClaimPoint({ cx = 0, cy = 0, payload, yAxis }: ShapeProps) {
  if (!payload || !yAxis) return null;
  const colour = CLAIMANT_COLOUR[payload.claimant];
  const top = yAxis.scale(payload.extent);
  return (
    <g className={`claim-mark claim-mark--${payload.claimant}`} data-figure-id={payload.figureId}>
      <title>{`${payload.claimant === "official" ? "Official" : "Independent"}: ${payload.wording} ${payload.measure} — ${payload.label}`}</title>
      {payload.certain > 0 && payload.extent > payload.certain && <line x1={cx} x2={cx} y1={cy} y2={top} stroke={colour} strokeWidth={3} />}
      {payload.openEnded && (
        <g stroke={colour} fill={colour}>
          <line x1={cx} x2={cx} y1={cy} y2={cy - 20} strokeDasharray="3 3" strokeWidth={2} />
          <path d={`M${cx - 5},${cy - 18} L${cx},${cy - 27} L${cx + 5},${cy - 18} Z`} />
        </g>
      )}
      {payload.certain === 0 && (
        <g stroke={colour} fill={colour}>
          <line x1={cx} x2={cx} y1={top} y2={top + 20} strokeDasharray="3 3" strokeWidth={2} />
          <path d={`M${cx - 5},${top + 18} L${cx},${top + 27} L${cx + 5},${top + 18} Z`} />
        </g>
      )}
      {payload.claimant === "official" ? (
        <circle cx={cx} cy={payload.certain === 0 ? top : cy} r={5.5} fill={colour} stroke="#fff" strokeWidth={1.5} />
      ) : (
        <rect x={cx - 5} y={(payload.certain === 0 ? top : cy) - 5} width={10} height={10} fill={colour} stroke="#fff" strokeWidth={1.5} transform={`rotate(45 ${cx} ${payload.certain === 0 ? top : cy})`} />
      )}
    </g>
  );
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Axis ticks: 1 January of each year over long spans, every quarter over short ones. */
function dateTicks(times: number[]): { ticks: number[]; format: (t: number) => string } {
  const min = new Date(Math.min(...times) - MONTH_MS);
  const max = new Date(Math.max(...times) + MONTH_MS);
  const years = max.getUTCFullYear() - min.getUTCFullYear();
  const step = years >= 3 ? 12 : 3;
  const ticks: number[] = [];
  for (let y = min.getUTCFullYear(); y <= max.getUTCFullYear(); y++) {
    for (let m = 0; m < 12; m += step) {
      const t = Date.UTC(y, m, 1);
      if (t >= min.getTime() && t <= max.getTime()) ticks.push(t);
    }
  }
  const format = (t: number) => {
    const d = new Date(t);
    return step === 12 ? String(d.getUTCFullYear()) : `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  };
  return { ticks, format };
}

/** Figures on a date axis; the official ones joined in date order, to show how the state's count moved. */
export function TimelineChart({ data, unit, title }: { data: BarDatum[]; unit: string; title: string }) {
  const points: Point[] = data.map((d) => ({ ...d, t: asOfTime(d.asOf) ?? 0, y: d.certain || d.extent }));
  const { ticks, format } = dateTicks(points.map((p) => p.t));
  return (
    <div className="chart" role="img" aria-label={`${title}. The same figures are in the table below.`}>
      <ScatterChart width={WIDTH} height={HEIGHT} margin={{ top: 30, right: 30, bottom: 36, left: 20 }}>
        <CartesianGrid stroke="#ddd" />
        <XAxis
          type="number"
          dataKey="t"
          scale="time"
          domain={[`dataMin - ${MONTH_MS}`, `dataMax + ${MONTH_MS}`]}
          ticks={ticks}
          tickFormatter={format}
          interval={0}
          fontSize={12}
          label={{ value: "date of the figure", position: "insideBottom", offset: -24, fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, "auto"]}
          width={70}
          fontSize={12}
          tickFormatter={(n: number) => n.toLocaleString("en-GB")}
          label={{ value: unit, angle: -90, position: "insideLeft", offset: 0, fontSize: 12, style: { textAnchor: "middle" } }}
        />
        {(["official", "independent"] as const).map((claimant) => (
          <Scatter
            key={claimant}
            name={claimant}
            data={points.filter((p) => p.claimant === claimant)}
            line={claimant === "official" ? { stroke: CLAIMANT_COLOUR.official, strokeWidth: 1.5 } : false}
            isAnimationActive={false}
            shape={(props: ShapeProps) => <ClaimPoint {...props} />}
          />
        ))}
      </ScatterChart>
    </div>
  );
}
