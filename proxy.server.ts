import { type NextRequest, NextResponse } from "next/server";
import { type Choice, parseChartPath, parseChartRequest, type ParseResult } from "./lib/charts/state";
import { type ErrorWords, errorPage, errorWords, escapeHtml, localeOfPath } from "./lib/pages/error-page";
import { EVENT_IDS } from "./lib/data/events";
import { METRIC_IDS, type MetricId } from "./lib/data/metrics";
import { lang } from "./lib/site/i18n";
import { didYouMean } from "./lib/site/suggest";

/** The pages named by a slug: a case variant answers 308 to the canonical slug, a near miss a 404 that suggests it. */
const SLUG_PAGES = {
  events: EVENT_IDS.map((id) => ({ id, term: `term.event.${id}` as const })),
  metrics: METRIC_IDS.map((id) => ({ id, term: `term.metric.${id}` as const })),
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
  const words = errorWords(localeOfPath(pathname));
  if (!decodable(pathname)) {
    return errorPage(400, embed, words, words.t("errorPage.malformed.title"), `<p>${words.html("errorPage.malformed.body", { address: words.code(pathname) })}</p>`);
  }
  const slugged = /^(\/(?:ru|kk))?\/(events|metrics)\/([^/]+)\/?$/.exec(pathname);
  if (slugged) return slugPage(request, slugged[2] as keyof typeof SLUG_PAGES, decodeURIComponent(slugged[3]!), slugged[1] ?? "", words);
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
      return errorPage(400, embed, words, words.t("errorPage.invalidChart.title"), invalidBody(result, pathname + request.nextUrl.search, words));
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

function slugPage(request: NextRequest, kind: keyof typeof SLUG_PAGES, slug: string, languagePrefix: string, words: ErrorWords): Response {
  const pages = SLUG_PAGES[kind];
  if (pages.some((p) => p.id === slug)) return NextResponse.next();
  const same = pages.find((p) => p.id === slug.toLowerCase());
  if (same) return NextResponse.redirect(new URL(`${languagePrefix}/${kind}/${same.id}`, request.url), 308);
  const meant = didYouMean(slug, pages.map((p) => p.id));
  const href = (id: string) => `${languagePrefix}/${kind}/${id}`;
  const list = pages.map((p) => `<li><a href="${href(p.id)}">${escapeHtml(words.t(p.term))}</a> <code>${href(p.id)}</code></li>`).join("");
  return errorPage(
    404,
    false,
    words,
    words.t("errorPage.noPage.title"),
    `<p>${words.html("errorPage.noPage.body", { address: words.code(href(slug)) })}</p>${
      meant ? `<p>${words.html("errorPage.didYouMean", { suggestion: { html: `<a href="${href(meant)}">${href(meant)}</a>` } })}</p>` : ""
    }<p>${words.t(`errorPage.noPage.${kind}`)}</p><ul>${list}</ul>`,
  );
}

/**
 * What a reader can put in the bad parameter, each a link to the address with that value instead,
 * and the nearest one first as a suggestion — never followed automatically.
 */
function invalidBody(r: Extract<ParseResult, { kind: "invalid" }>, asked: string, words: ErrorWords): string {
  const instead = (v: string) => (r.value ? asked.replace(new RegExp(r.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"), v) : null);
  const link = (v: string) => {
    const href = instead(v);
    return href ? `<a href="${escapeHtml(href)}"><code>${escapeHtml(v)}</code></a>` : `<code>${escapeHtml(v)}</code>`;
  };
  const { t, measure } = lang(words.locale);
  const label = (c: Choice) => (r.param === "metric" ? t(`term.metric.${c.value as MetricId}`) : c.metric ? measure(c.metric, c.value, c.label) : c.label);
  const meant = r.value ? didYouMean(r.value, r.choices.map((c) => c.value)) : null;
  const choices = r.choices.length
    ? `<p>${words.html("errorPage.invalidChart.choices", { param: words.code(r.param) })}</p><ul>${r.choices
        .map((c) => `<li>${link(c.value)}${label(c) !== c.value ? ` — ${escapeHtml(label(c))}` : ""}</li>`)
        .join("")}</ul>`
    : "";
  const reason = r.reason.code === "tooManyParts"
    ? words.html("errorPage.reason.tooManyParts", { chart: r.reason.chart, count: r.reason.parts.length, prefix: `/charts/${r.reason.chart}`, parts: r.reason.parts.join(", ") })
    : words.html(`errorPage.reason.${r.reason.code}`, { param: r.param, value: r.value ?? "" });
  return `<p>${words.html("errorPage.invalidChart.body", { address: words.code(asked), param: words.code(r.param), reason: { html: reason } })}</p>
${meant ? `<p>${words.html("errorPage.didYouMean", { suggestion: { html: link(meant) } })}</p>` : ""}
<p>${t("errorPage.invalidChart.noGuess")}</p>
${choices}`;
}
