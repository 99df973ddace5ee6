import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, DATA_FILES } from "@/lib/data/dataset";
import { dataPackage } from "@/lib/publish/data-package";
import { EXCEL_SUFFIX, excelName, withBom } from "@/lib/publish/downloads";
import { latestRelease } from "@/lib/data/release-ids";

// Only these names exist; anything else (including ../ and encoded traversal) is a 404.
export const dynamicParams = false;
const CSVS = DATA_FILES.filter((f) => f.endsWith(".csv"));
const DOWNLOADS = [...DATA_FILES, ...CSVS.map(excelName), "CHANGELOG.md", "datapackage.json"] as const;
export const generateStaticParams = () => DOWNLOADS.map((name) => ({ name }));

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const headers = (type: string) => ({
    "content-type": type,
    "content-disposition": `attachment; filename="${name}"`,
    "x-content-type-options": "nosniff",
  });
  if (name === "datapackage.json") {
    return new Response(`${JSON.stringify(dataPackage(latestRelease()), null, 2)}\n`, { headers: headers("application/json; charset=utf-8") });
  }
  if (!(DOWNLOADS as readonly string[]).includes(name)) return new Response("Not found\n", { status: 404 });
  const excel = name.endsWith(EXCEL_SUFFIX);
  // Byte for byte: read as a Buffer, never re-encoded (the Excel twin only gains a byte order mark).
  const body = readFileSync(path.join(DATA_DIR, excel ? name.replace(EXCEL_SUFFIX, ".csv") : name));
  return new Response(excel ? withBom(body) : body, { headers: headers(name.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/csv; charset=utf-8") });
}
