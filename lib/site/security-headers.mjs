// Response headers for every route: the one source for `next start` (next.config.mjs, the proxy's own
// responses) and for the static bundle's host configuration (out/_headers, `npm run serve:static`).

/**
 * `next start` serves Next's prerendered pages, which carry inline scripts (the RSC payload), so its
 * script-src needs 'unsafe-inline' (nonces would make every page dynamic). The static bundle has no
 * inline script left (scripts/strip-export.ts keeps only our files under /site-js/), so its policy
 * allows scripts from the site only. 'unsafe-eval' is needed by neither and allowed in neither.
 * `wasm`: the site search (Pagefind, loaded by public/site-js/search.js) runs its index as
 * WebAssembly, which Chromium compiles only under 'wasm-unsafe-eval' (WebAssembly only, not eval);
 * the site's pages have the search box, embeds do not.
 */
const csp = (frameAncestors, inlineScripts, wasm) =>
  [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ""}${inlineScripts ? " 'unsafe-inline'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

/** The headers every address has. */
export const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** Headers for pages that must not be framed (`inlineScripts`: the page may carry inline scripts, as Next's do). */
export const siteHeaders = (inlineScripts = true) => [
  ...COMMON_HEADERS,
  { key: "Content-Security-Policy", value: csp("'none'", inlineScripts, true) },
  { key: "X-Frame-Options", value: "DENY" },
];
/** Headers for /embed/…: the only pages other sites may frame. */
export const embedHeaders = (inlineScripts = true) => [...COMMON_HEADERS, { key: "Content-Security-Policy", value: csp("*", inlineScripts, false) }];

export const SITE_HEADERS = siteHeaders();
export const EMBED_HEADERS = embedHeaders();

/** What never changes at its address may be kept for a year without asking again. */
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** What follows the latest release: kept briefly, then asked again (a new release must show within minutes). */
export const CACHE_LATEST = "public, max-age=300, must-revalidate";

/**
 * Addresses whose answer never changes: Next's hashed files, the content-addressed drawings, and
 * everything pinned to a release (pages, embeds, released files). Pinned prefixes are listed per
 * existing release, so that an address under a release that does not exist (yet) is not cached for good.
 */
export const immutablePrefixes = (releaseIds) => [
  "/_next/static/",
  "/chart-img/",
  ...releaseIds.flatMap((id) => [
    `/data/releases/${id}/`,
    ...["", "/ru", "/kk"].flatMap((language) => [`${language}/releases/${id}/`, `${language}/embed/releases/${id}/`]),
  ]),
];

/** The embeds, in every language: the only pages other sites may frame. */
export const EMBED_PREFIXES = ["/embed/", "/ru/embed/", "/kk/embed/"];

/**
 * The pages that need JavaScript, in each language: the explorer, which draws and opens its charts
 * in the browser. The static bundle keeps the framework's scripts on these pages only
 * (scripts/strip-export.ts), inline ones included (the payload React hydrates from), so their policy
 * allows inline scripts as under `next start`; every other page of the bundle has none.
 */
export const SCRIPTED_PAGES = ["/explore", "/ru/explore", "/kk/explore"];
/** Whether an address is one of SCRIPTED_PAGES (with or without its trailing slash or index.html). */
export const isScriptedPage = (path) => SCRIPTED_PAGES.some((p) => path === p || path.startsWith(`${p}/`));

/** Every header of one address (a path beginning with "/"), as the static bundle's host must send it. */
export function headersFor(path, { releaseIds, inlineScripts }) {
  const inline = inlineScripts || isScriptedPage(path);
  const security = EMBED_PREFIXES.some((p) => path.startsWith(p)) ? embedHeaders(inline) : siteHeaders(inline);
  const cache = immutablePrefixes(releaseIds).some((p) => path.startsWith(p)) ? CACHE_IMMUTABLE : CACHE_LATEST;
  return [...security, { key: "Cache-Control", value: cache }];
}
