import { type NextRequest, NextResponse } from "next/server";
import { parseChartRequest, type ParseResult, stateKey } from "./lib/chart-state";
import { EMBED_HEADERS, SITE_HEADERS } from "./lib/security-headers.mjs";

/**
 * Permalinks carry the chart state in the query string (/charts/claims?event=…&metric=…).
 * Here each one is parsed once: canonical → rewritten to its prerendered page, so a cited chart
 * costs what a static file costs; valid but non-canonical → 308 to the canonical URL; invalid → 400 with help.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = pathname.startsWith("/embed/");
  const prefix = embed ? "/embed/charts" : "/charts";
  const chart = decodeURIComponent(pathname.slice(prefix.length + 1));
  const result = parseChartRequest(chart, searchParams, prefix);
  switch (result.kind) {
    case "ok": {
      const url = request.nextUrl.clone();
      url.pathname = `${prefix}/${result.state.chart}/${stateKey(result.state)}`;
      url.search = "";
      return NextResponse.rewrite(url);
    }
    case "redirect":
      return NextResponse.redirect(new URL(result.location, request.url), 308);
    case "invalid":
      return new Response(invalidPage(result, request.nextUrl.pathname + request.nextUrl.search), {
        status: 400,
        headers: [
          ["content-type", "text/html; charset=utf-8"],
          ["cache-control", "no-store"],
          ...(embed ? EMBED_HEADERS : SITE_HEADERS).map(({ key, value }): [string, string] => [key, value]),
        ],
      });
  }
}

export const config = { matcher: ["/charts/:chart", "/embed/charts/:chart"] };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function invalidPage(r: Extract<ParseResult, { kind: "invalid" }>, asked: string): string {
  const choices = r.choices.length
    ? `<p>Valid values of <code>${escape(r.param)}</code>:</p><ul>${r.choices
        .map((c) => `<li><code>${escape(c.value)}</code>${c.label !== c.value ? ` — ${escape(c.label)}` : ""}</li>`)
        .join("")}</ul>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad chart link · Kazakhstan accountability dashboard</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}code{background:#f3f3f3;padding:0 .2em}a{color:#004f7c}</style></head>
<body><main><h1>This chart link is not valid</h1>
<p>The link <code>${escape(asked.slice(0, 300))}</code> cannot be shown: parameter <strong><code>${escape(r.param)}</code></strong>: ${escape(r.message)}.</p>
<p>We do not guess what was meant, so that a cited link never shows a different chart.</p>
${choices}
<p>See <a href="/charts">all charts and their permalinks</a>, or go to the <a href="/">overview</a>.</p></main></body></html>`;
}
