import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { EMBED_HEADERS, SITE_HEADERS } from "./lib/site/security-headers.mjs";

// `npm run export` builds the same code as a static bundle in out/ (NEXT_OUTPUT=export): every page,
// chart, pinned chart, embed, preview image and download as a plain file for any static host.
// Response headers and the proxy do not exist there; a host sets the headers (see README).
const exporting = process.env.NEXT_OUTPUT === "export";

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
          async headers() {
            return [
              { source: "/((?!embed/|ru/embed/|kk/embed/).*)", headers: SITE_HEADERS },
              { source: "/:locale(ru|kk)?/embed/:path*", headers: EMBED_HEADERS },
            ];
          },
        }),
  };
}
