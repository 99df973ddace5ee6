import { releaseFeed } from "@/lib/publish/feed";

// Written once at build (and into the static bundle): the releases change only with a new build.
export const dynamic = "force-static";

export function GET() {
  return new Response(releaseFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
