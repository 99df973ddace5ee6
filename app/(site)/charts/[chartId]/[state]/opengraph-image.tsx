import { ImageResponse } from "next/og";
import { type ChartParams, generateChartParams } from "@/app/chart-params";
import { CLAIMANT_COLOUR } from "@/components/claims-chart";
import { chartFromParams } from "@/lib/charts/registry";
import { getDataset } from "@/lib/dataset";
import { SITE_NAME } from "@/lib/site";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Chart preview";
export const dynamicParams = false;
export const generateStaticParams = generateChartParams;

const MAX_ROWS = 9;

/** The social preview of a permalink: the chart's bars drawn with Next's bundled font, offline. */
export default async function PreviewImage({ params }: { params: Promise<ChartParams> }) {
  const spec = chartFromParams(getDataset(), await params);
  const rows = spec?.data.slice(0, MAX_ROWS) ?? [];
  const max = Math.max(1, ...rows.map((d) => d.extent));
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fff", padding: 48, fontSize: 22, color: "#1a1a1a" }}>
        <div style={{ fontSize: 20, color: "#555" }}>{SITE_NAME}</div>
        <div style={{ fontSize: 36, fontWeight: 700, marginTop: 8, marginBottom: 20 }}>{spec?.title ?? "Chart"}</div>
        {rows.map((d) => (
          <div key={d.figureId} style={{ display: "flex", alignItems: "center", marginBottom: 8 }}>
            <div style={{ width: 340, display: "flex", flexDirection: "column", fontSize: 16 }}>
              <span style={{ color: CLAIMANT_COLOUR[d.claimant], fontWeight: 700 }}>{d.claimant.toUpperCase()}</span>
              <span>{d.shortLabel.slice(0, 38)}</span>
            </div>
            <div style={{ height: 26, width: Math.max(4, (600 * d.extent) / max), background: CLAIMANT_COLOUR[d.claimant], opacity: d.openEnded || d.certain < d.extent ? 0.75 : 1 }} />
            <div style={{ marginLeft: 10, fontSize: 20 }}>{d.wording}</div>
          </div>
        ))}
        {spec && spec.data.length > MAX_ROWS && <div style={{ color: "#555", fontSize: 18 }}>{`… and ${spec.data.length - MAX_ROWS} more figures`}</div>}
      </div>
    ),
    size,
  );
}
