import { type NextRequest, NextResponse } from "next/server";
import { parseChartRequest, type ParseResult, stateKey } from "./lib/chart-state";
import { EMBED_HEADERS, SITE_HEADERS } from "./lib/security-headers.mjs";

/**
 * Permalinks carry the chart state in the query string (/charts/claims?event=…&metric=…).
 * Here each one is parsed once: canonical → rewritten to its prerendered page, so a cited chart
 * costs what a static file costs; valid but non-canonical → 308 to the canonical URL; invalid → 400 with help.
 * Paths with a malformed percent-escape get a 400 here too: Next would answer them with a 500.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = pathname.startsWith("/embed/");
  if (!decodable(pathname)) {
    return errorResponse(
      embed,
      "This address is malformed",
      `<p>The address <code>${escape(pathname.slice(0, 300))}</code> contains a broken percent-escape (such as a lone “%”).</p>`,
    );
  }
  const permalink = /^\/(embed\/)?charts\/[^/]+$/.test(pathname);
  if (!permalink) return NextResponse.next();

  const prefix = embed ? "/embed/charts" : "/charts";
  const result = parseChartRequest(decodeURIComponent(pathname.slice(prefix.length + 1)), searchParams, prefix);
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
      return errorResponse(embed, "This chart link is not valid", invalidBody(result, pathname + request.nextUrl.search));
  }
}

export const config = { matcher: ["/charts/:path*", "/embed/:path*", "/events/:path*", "/metrics/:path*", "/data/:path*"] };

function decodable(s: string): boolean {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function invalidBody(r: Extract<ParseResult, { kind: "invalid" }>, asked: string): string {
  const choices = r.choices.length
    ? `<p>Valid values of <code>${escape(r.param)}</code>:</p><ul>${r.choices
        .map((c) => `<li><code>${escape(c.value)}</code>${c.label !== c.value ? ` — ${escape(c.label)}` : ""}</li>`)
        .join("")}</ul>`
    : "";
  return `<p>The link <code>${escape(asked.slice(0, 300))}</code> cannot be shown: parameter <strong><code>${escape(r.param)}</code></strong>: ${escape(r.message)}.</p>
<p>We do not guess what was meant, so that a cited link never shows a different chart.</p>
${choices}`;
}

function errorResponse(embed: boolean, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · Kazakhstan accountability dashboard</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}code{background:#f3f3f3;padding:0 .2em;word-break:break-all}a{color:#004f7c}</style></head>
<body><main><h1>${escape(title)}</h1>
${body}
<p>See <a href="/charts">all charts and their permalinks</a>, or go to the <a href="/">overview</a>.</p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["cache-control", "no-store"],
      ...(embed ? EMBED_HEADERS : SITE_HEADERS).map(({ key, value }): [string, string] => [key, value]),
    ],
  });
}
