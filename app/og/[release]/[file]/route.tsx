import { ImageResponse } from "next/og";
import { CLAIMANT_COLOUR } from "@/components/claims-chart";
import { releaseIds } from "@/lib/release-ids";
import { releaseCharts } from "@/lib/releases";
import { SITE_NAME } from "@/lib/site";

const size = { width: 1200, height: 630 };
// One .png per chart of each release (/og/<release>/<chart id>.png): a static host serves it as an image.
export const dynamicParams = false;
export const generateStaticParams = () => releaseIds().flatMap((release) => releaseCharts(release).map((s) => ({ release, file: `${s.id}.png` })));

const MAX_ROWS = 9;

/** The social preview of a pinned chart: the chart's bars drawn with Next's bundled font, offline. */
export async function GET(_req: Request, { params }: { params: Promise<{ release: string; file: string }> }) {
  const { release, file } = await params;
  const spec = releaseCharts(release).find((s) => `${s.id}.png` === file);
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
