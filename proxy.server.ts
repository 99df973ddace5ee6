import { type NextRequest, NextResponse } from "next/server";
import { parseChartPath, parseChartRequest, type ParseResult } from "./lib/charts/state";
import { errorPage, escapeHtml } from "./lib/pages/error-page";
import { EVENT_IDS, EVENTS } from "./lib/data/events";
import { METRIC_IDS, METRICS } from "./lib/data/metrics";
import { didYouMean } from "./lib/site/suggest";

/** The pages named by a slug: a case variant answers 308 to the canonical slug, a near miss a 404 that suggests it. */
const SLUG_PAGES = {
  events: EVENT_IDS.map((id) => ({ id, name: EVENTS[id].name })),
  metrics: METRIC_IDS.map((id) => ({ id, name: METRICS[id].name })),
} as const;

/**
 * Chart permalinks carry their state in the path and are prerendered: canonical URLs never reach
 * this proxy (see the matcher). It only sees what needs an answer a static file cannot give:
 * - legacy query-string permalinks (/charts/<chart>?event=…) → 308 to the path form, or 400 with help;
 * - paths with characters no canonical URL has (upper case, percent-escapes…): a chart spelled
 *   differently → 308 to its canonical path; a bad chart → 400 with help; a malformed escape → 400
 *   (Next would answer it with a 500);
 * - chart paths ending in an explicit default (…/all) → 308 to the canonical path;
 * - event and metric pages: another spelling of a slug (/events/January-2022) → 308 to it; an
 *   unknown slug → 404 that links every page of its kind and suggests the nearest.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = /^(\/(ru|kk))?\/embed\//.test(pathname);
  if (!decodable(pathname)) {
    return errorPage(
      400,
      embed,
      "This address is malformed",
      `<p>The address <code>${escapeHtml(pathname.slice(0, 300))}</code> contains a broken percent-escape (such as a lone “%”).</p>`,
    );
  }
  const slugged = /^(\/(?:ru|kk))?\/(events|metrics)\/([^/]+)\/?$/.exec(pathname);
  if (slugged) return slugPage(request, slugged[2] as keyof typeof SLUG_PAGES, decodeURIComponent(slugged[3]!), slugged[1] ?? "");
  const legacy = /^(\/embed)?\/charts\/([^/]+)$/.exec(pathname);
  const path = /^((?:\/(?:ru|kk))?(?:\/embed)?(?:\/releases\/[^/]+)?\/charts)\/([^/]+)\/(.+?)\/?$/.exec(pathname);
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
    "/events/:slug",
    "/metrics/:slug",
    "/:locale(ru|kk)/events/:slug",
    "/:locale(ru|kk)/metrics/:slug",
    // A first segment with a percent-escape: it would reach /[locale] and must not be decoded there (a lone "%" is a 500).
    "/([^/]*%[^/]*)",
    // Only paths holding a character that no canonical URL has, or ending in a default ("…/all") that canonical URLs leave out.
    "/((?:ru/|kk/)?(?:charts|embed|releases|events|metrics|data)/.*[^a-z0-9/._-].*)",
    "/((?:ru/|kk/)?(?:charts|embed|releases)/.*/all)",
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

function slugPage(request: NextRequest, kind: keyof typeof SLUG_PAGES, slug: string, languagePrefix: string): Response {
  const pages = SLUG_PAGES[kind];
  if (pages.some((p) => p.id === slug)) return NextResponse.next();
  const same = pages.find((p) => p.id === slug.toLowerCase());
  if (same) return NextResponse.redirect(new URL(`${languagePrefix}/${kind}/${same.id}`, request.url), 308);
  // Under /ru and /kk a slug that is no page gets that language's own 404 page, which lists every page.
  if (languagePrefix) return NextResponse.next();
  const meant = didYouMean(slug, pages.map((p) => p.id));
  const list = pages.map((p) => `<li><a href="/${kind}/${p.id}">${escapeHtml(p.name)}</a> <code>/${kind}/${p.id}</code></li>`).join("");
  return errorPage(
    404,
    false,
    "Page not found",
    `<p>There is no page <code>${escapeHtml(`/${kind}/${slug}`.slice(0, 300))}</code>.</p>${
      meant ? `<p>Did you mean <a href="/${kind}/${meant}">/${kind}/${meant}</a>?</p>` : ""
    }<p>The ${kind} of the site:</p><ul>${list}</ul>`,
  );
}

/**
 * What a reader can put in the bad parameter, each a link to the address with that value instead,
 * and the nearest one first as a suggestion — never followed automatically.
 */
function invalidBody(r: Extract<ParseResult, { kind: "invalid" }>, asked: string): string {
  const instead = (v: string) => (r.value ? asked.replace(new RegExp(r.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"), v) : null);
  const link = (v: string) => {
    const href = instead(v);
    return href ? `<a href="${escapeHtml(href)}"><code>${escapeHtml(v)}</code></a>` : `<code>${escapeHtml(v)}</code>`;
  };
  const meant = r.value ? didYouMean(r.value, r.choices.map((c) => c.value)) : null;
  const choices = r.choices.length
    ? `<p>Valid values of <code>${escapeHtml(r.param)}</code>:</p><ul>${r.choices
        .map((c) => `<li>${link(c.value)}${c.label !== c.value ? ` — ${escapeHtml(c.label)}` : ""}</li>`)
        .join("")}</ul>`
    : "";
  return `<p>The link <code>${escapeHtml(asked.slice(0, 300))}</code> cannot be shown: parameter <strong><code>${escapeHtml(r.param)}</code></strong>: ${escapeHtml(r.message)}.</p>
${meant ? `<p>Did you mean ${link(meant)}?</p>` : ""}
<p>We do not follow a guess ourselves, so that a cited link never shows a different chart.</p>
${choices}`;
}
