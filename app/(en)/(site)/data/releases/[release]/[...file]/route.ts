import { readFileSync } from "node:fs";
import path from "node:path";
import { releaseDir, releaseFileUrl, releaseIds } from "@/lib/data/release-ids";
import { readManifest } from "@/lib/publish/releases";

// Exactly the files each release's manifest lists, byte for byte; anything else is a 404.
export const dynamicParams = false;

export const generateStaticParams = () =>
  releaseIds().flatMap((release) =>
    readManifest(release).files.map((f) => ({ release, file: releaseFileUrl(release, f.path).split("/").slice(4) })),
  );

const TYPES: Record<string, string> = { ".csv": "text/csv; charset=utf-8", ".md": "text/markdown; charset=utf-8", ".txt": "text/plain; charset=utf-8" };

export async function GET(_req: Request, { params }: { params: Promise<{ release: string; file: string[] }> }) {
  const { release, file } = await params;
  const url = `/data/releases/${release}/${file.join("/")}`;
  const listed = readManifest(release).files.find((f) => releaseFileUrl(release, f.path) === url);
  if (!listed) return new Response("Not found\n", { status: 404 });
  return new Response(readFileSync(path.join(releaseDir(release), listed.path)), {
    headers: {
      "content-type": TYPES[path.extname(listed.path)] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      // A released file never changes (its sha256 is in the manifest): caches may keep it for good.
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
