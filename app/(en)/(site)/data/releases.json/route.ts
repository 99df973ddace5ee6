import { releasesJson } from "@/lib/publish/releases";

export const dynamic = "force-static";

/** Every data release with each file's address, sha256 and row count, newest first. */
export function GET() {
  return new Response(`${JSON.stringify(releasesJson(), null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
}
