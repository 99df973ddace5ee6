import { readFileSync } from "node:fs";
import { OG_SIZE, ogImageFile } from "@/lib/charts/preview";
import { releaseIds } from "@/lib/data/release-ids";
import { releaseCharts } from "@/lib/publish/releases";

// One .png per chart of each release (/og/<release>/<chart id>.png), so that a static host serves it as an image.
export const dynamicParams = false;
export const generateStaticParams = () => releaseIds().flatMap((release) => releaseCharts(release).map((s) => ({ release, file: `${s.id}.png` })));

/** The social preview of a pinned chart: its standalone image, drawn at build (scripts/render-charts.tsx). */
export async function GET(_req: Request, { params }: { params: Promise<{ release: string; file: string }> }) {
  const { release, file } = await params;
  const spec = releaseCharts(release).find((s) => `${s.id}.png` === file);
  if (!spec) return new Response("Not found\n", { status: 404 });
  return new Response(readFileSync(ogImageFile(release, spec.id)), {
    headers: { "content-type": "image/png", "x-image-size": `${OG_SIZE.width}x${OG_SIZE.height}` },
  });
}
