import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CACHE_IMMUTABLE, CACHE_LATEST, EMBED_HEADERS, immutablePrefixes, SITE_HEADERS } from "./lib/site/security-headers.mjs";

// `npm run export` builds the same code as a static bundle in out/ (NEXT_OUTPUT=export): every page,
// chart, pinned chart, embed, preview image and download as a plain file for any static host.
// Response headers and the proxy do not exist there: the export writes out/_headers for the host (see README).
const exporting = process.env.NEXT_OUTPUT === "export";

/** The data releases: folders of releases/ with a manifest (lib/data/release-ids.ts, which this file cannot import). */
const releaseIds = () =>
  existsSync("releases") ? readdirSync("releases").filter((d) => existsSync(path.join("releases", d, "release.json"))) : [];

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_URL && !process.env.SITE_URL_WARNED) {
    process.env.SITE_URL_WARNED = "1"; // once per build, though Next reads this file more than once
    console.warn(
      "\n⚠ SITE_URL is not set: citations, the embed snippet and share links will hold site-relative addresses only.\n" +
        "  Build with SITE_URL=https://your.public.origin for absolute ones (see README).\n",
    );
  }
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // English pages and the /ru, /kk pages have root layouts of their own (each sets <html lang>);
    // an address that matches neither is answered by app/global-not-found.tsx.
    experimental: { globalNotFound: true },
    ...(exporting
      ? // Writes out/ (its build steps reuse .next/: run `npm run build` again before `npm start`).
        // page.export.tsx files exist only here, *.server.ts(x) files (the proxy, app/missing, request-time pages) only for `next start`.
        { output: "export", trailingSlash: true, pageExtensions: ["tsx", "ts", "export.tsx"] }
      : {
          pageExtensions: ["tsx", "ts", "server.ts", "server.tsx"],
          // Next keeps a Cache-Control set here on prerendered pages and route handlers (it only fills one
          // in when the response has none), and a later rule's value of a header replaces an earlier one's.
          async headers() {
            return [
              { source: "/:path*", headers: [{ key: "Cache-Control", value: CACHE_LATEST }] },
              ...immutablePrefixes(releaseIds()).map((prefix) => ({
                source: `${prefix}:path*`,
                headers: [{ key: "Cache-Control", value: CACHE_IMMUTABLE }],
              })),
              { source: "/((?!embed/|ru/embed/|kk/embed/).*)", headers: SITE_HEADERS },
              { source: "/:locale(ru|kk)?/embed/:path*", headers: EMBED_HEADERS },
            ];
          },
        }),
  };
}
