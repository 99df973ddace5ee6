import { readFileSync } from "node:fs";
import path from "node:path";

// The editorial guide, served as the Markdown file kept in the repository (docs/EDITORIAL.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(readFileSync(path.join(process.cwd(), "docs", "EDITORIAL.md")), {
    headers: { "content-type": "text/markdown; charset=utf-8", "x-content-type-options": "nosniff" },
  });
}
