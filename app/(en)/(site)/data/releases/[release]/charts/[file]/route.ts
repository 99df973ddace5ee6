import { chartCsv, EXCEL_SUFFIX, excelName, withBom } from "@/lib/publish/downloads";
import { releaseIds } from "@/lib/data/release-ids";
import { releaseCharts, releaseDataset } from "@/lib/publish/releases";

// Only the charts of each release exist here, each as CSV and as CSV for Excel; anything else is a 404.
export const dynamicParams = false;

export const generateStaticParams = () =>
  releaseIds().flatMap((release) => releaseCharts(release).flatMap((s) => [`${s.id}.csv`, excelName(`${s.id}.csv`)].map((file) => ({ release, file }))));

export async function GET(_req: Request, { params }: { params: Promise<{ release: string; file: string }> }) {
  const { release, file } = await params;
  const excel = file.endsWith(EXCEL_SUFFIX);
  const id = file.slice(0, -(excel ? EXCEL_SUFFIX : ".csv").length);
  const spec = releaseCharts(release).find((s) => s.id === id);
  if (!spec) return new Response("No such chart.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const csv = chartCsv(releaseDataset(release), spec);
  return new Response(excel ? withBom(csv) : csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${release}-${file}"`,
    },
  });
}
