import { readFileSync } from "node:fs";
import path from "node:path";
import { dataVersion } from "@/lib/changelog";
import { DATA_DIR, DATA_FILES } from "@/lib/dataset";
import { dataPackage } from "@/lib/data-package";

// Only these names exist; anything else (including ../ and encoded traversal) is a 404.
export const dynamicParams = false;
const DOWNLOADS = [...DATA_FILES, "CHANGELOG.md", "datapackage.json"] as const;
export const generateStaticParams = () => DOWNLOADS.map((name) => ({ name }));

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const headers = (type: string) => ({
    "content-type": type,
    "content-disposition": `attachment; filename="${name}"`,
    "x-content-type-options": "nosniff",
  });
  if (name === "datapackage.json") {
    return new Response(`${JSON.stringify(dataPackage(dataVersion()), null, 2)}\n`, { headers: headers("application/json; charset=utf-8") });
  }
  if (!(DOWNLOADS as readonly string[]).includes(name)) return new Response("Not found\n", { status: 404 });
  // Byte for byte: read as a Buffer, never re-encoded.
  const body = readFileSync(path.join(DATA_DIR, name));
  return new Response(body, { headers: headers(name.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/csv; charset=utf-8") });
}
