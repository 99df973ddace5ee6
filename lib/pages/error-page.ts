import { EVENT_IDS, EVENTS } from "../data/events";
import { METRIC_IDS, METRICS } from "../data/metrics";
import { EMBED_HEADERS, SITE_HEADERS } from "../site/security-headers.mjs";


/**
 * The error pages answered outside React (by the proxy, and for pinned addresses that do not
 * exist): plain HTML with the site's name and main links, and the status that says what went wrong.
 */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// The site's main navigation, as on every page (components/site-chrome.tsx), so that an error page still leads somewhere.
const NAV = [
  ...EVENT_IDS.map((e) => [`/events/${e}`, EVENTS[e].name]),
  ...METRIC_IDS.map((m) => [`/metrics/${m}`, METRICS[m].name]),
  ["/charts", "All charts"],
  ["/sources", "Sources"],
  ["/methodology", "Methodology"],
  ["/data", "Data"],
]
  .map(([href, label]) => `<a href="${href}">${escapeHtml(label!)}</a>`)
  .join(" ");

export function errorPage(status: 400 | 404, embed: boolean, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Kazakhstan accountability dashboard</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}header{border-bottom:3px solid #1a1a1a;padding-bottom:.5rem}nav a{margin-right:1rem;display:inline-block}code{background:#f3f3f3;padding:0 .2em;word-break:break-all}a{color:#004f7c}</style></head>
<body><header><a href="/"><strong>Kazakhstan accountability dashboard</strong></a><nav aria-label="Main">${NAV}</nav></header>
<main><h1>${escapeHtml(title)}</h1>
${body}
<p>See <a href="/charts">all charts and their permalinks</a>, or go to the <a href="/">overview</a>.</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["cache-control", "no-store"],
      ...(embed ? EMBED_HEADERS : SITE_HEADERS).map(({ key, value }): [string, string] => [key, value]),
    ],
  });
}
