import { type NextRequest, NextResponse } from "next/server";
import { parseChartPath, parseChartRequest, type ParseResult } from "./lib/chart-state";
import { errorPage, escapeHtml } from "./lib/error-page";

/**
 * Chart permalinks carry their state in the path and are prerendered: canonical URLs never reach
 * this proxy (see the matcher). It only sees what needs an answer a static file cannot give:
 * - legacy query-string permalinks (/charts/<chart>?event=…) → 308 to the path form, or 400 with help;
 * - paths with characters no canonical URL has (upper case, percent-escapes…): a chart spelled
 *   differently → 308 to its canonical path; a bad chart → 400 with help; a malformed escape → 400
 *   (Next would answer it with a 500);
 * - chart paths ending in an explicit default (…/all) → 308 to the canonical path.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = pathname.startsWith("/embed/");
  if (!decodable(pathname)) {
    return errorPage(
      400,
      embed,
      "This address is malformed",
      `<p>The address <code>${escapeHtml(pathname.slice(0, 300))}</code> contains a broken percent-escape (such as a lone “%”).</p>`,
    );
  }
  const legacy = /^(\/embed)?\/charts\/([^/]+)$/.exec(pathname);
  const path = /^((?:\/embed)?(?:\/releases\/[^/]+)?\/charts)\/([^/]+)\/(.+?)\/?$/.exec(pathname);
  const result = legacy
    ? parseChartRequest(decodeURIComponent(legacy[2]!), searchParams, `${legacy[1] ?? ""}/charts`)
    : path
      ? parseChartPath(decodeURIComponent(path[2]!), path[3]!.split("/").map(decodeURIComponent), path[1]!.toLowerCase())
      : null;
  switch (result?.kind) {
    case "redirect":
      return NextResponse.redirect(new URL(result.location, request.url), 308);
    case "invalid":
      return errorPage(400, embed, "This chart link is not valid", invalidBody(result, pathname + request.nextUrl.search));
    default:
      return NextResponse.next();
  }
}

// This file is proxy.server.ts so that `npm run export` (whose next.config drops the "server.ts"
// page extension) builds without it: a static host has no proxy.
export const config = {
  matcher: [
    "/charts/:chart",
    "/embed/charts/:chart",
    // Only paths holding a character that no canonical URL has, or ending in a default ("…/all") that canonical URLs leave out.
    "/((?:charts|embed|releases|events|metrics|data)/.*[^a-z0-9/._-].*)",
    "/((?:charts|embed|releases)/.*/all)",
  ],
};

function decodable(s: string): boolean {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

function invalidBody(r: Extract<ParseResult, { kind: "invalid" }>, asked: string): string {
  const choices = r.choices.length
    ? `<p>Valid values of <code>${escapeHtml(r.param)}</code>:</p><ul>${r.choices
        .map((c) => `<li><code>${escapeHtml(c.value)}</code>${c.label !== c.value ? ` — ${escapeHtml(c.label)}` : ""}</li>`)
        .join("")}</ul>`
    : "";
  return `<p>The link <code>${escapeHtml(asked.slice(0, 300))}</code> cannot be shown: parameter <strong><code>${escapeHtml(r.param)}</code></strong>: ${escapeHtml(r.message)}.</p>
<p>We do not guess what was meant, so that a cited link never shows a different chart.</p>
${choices}`;
}
