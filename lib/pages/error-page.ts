import { EVENT_IDS } from "../data/events";
import { METRIC_IDS } from "../data/metrics";
import { lang } from "../site/i18n";
import { type Locale, localePath } from "../site/locales";
import { EMBED_HEADERS, SITE_HEADERS } from "../site/security-headers.mjs";

/**
 * The error pages answered outside React (by the proxy, and for pinned addresses that do not
 * exist): plain HTML in the language of the address, with the site's name and main links, and the
 * status that says what went wrong.
 */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The language an address is in: its /ru or /kk prefix, English otherwise. */
export const localeOfPath = (pathname: string): Locale => (/^\/(ru|kk)(\/|$)/.exec(pathname)?.[1] as Locale | undefined) ?? "en";

/** The error page's translator: catalogue messages with their HTML tags, every value escaped unless it is markup we made. */
export function errorWords(locale: Locale) {
  const { t } = lang(locale);
  type Key = Parameters<typeof t.markup>[0];
  const tags = { strong: (s: string) => `<strong>${s}</strong>` };
  return {
    locale,
    t,
    /** A message whose values are plain text (escaped here) or `html` (already markup). */
    html: (key: Key, values: Record<string, string | number | { html: string }> = {}, links: Record<string, string> = {}) =>
      t.markup(key, {
        ...tags,
        ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "object" ? v.html : typeof v === "number" ? v : escapeHtml(v)])),
        ...Object.fromEntries(Object.entries(links).map(([k, href]) => [k, (s: string) => `<a href="${escapeHtml(href)}">${s}</a>`])),
      }),
    code: (s: string) => ({ html: `<code>${escapeHtml(s.slice(0, 300))}</code>` }),
  };
}

export type ErrorWords = ReturnType<typeof errorWords>;

// The site's main navigation, as on every page (components/site-chrome.tsx), so that an error page still leads somewhere.
function navigation({ t, locale }: ErrorWords): string {
  const to = (path: string) => localePath(locale, path);
  return [
    ...EVENT_IDS.map((e) => [to(`/events/${e}`), t(`term.event.${e}-short`)]),
    ...METRIC_IDS.map((m) => [to(`/metrics/${m}`), t(`term.metric.${m}`)]),
    [to("/charts"), t("chrome.allCharts")],
    [to("/sources"), t("chrome.sources")],
    [to("/methodology"), t("chrome.methodology")],
    [to("/data"), t("chrome.data")],
  ]
    .map(([href, label]) => `<a href="${href}">${escapeHtml(label!)}</a>`)
    .join(" ");
}

export function errorPage(status: 400 | 404, embed: boolean, words: ErrorWords, title: string, body: string): Response {
  const { t, locale } = words;
  const to = (path: string) => localePath(locale, path);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("errorPage.pageTitle", { title, site: t("term.site") }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}header{border-bottom:3px solid #1a1a1a;padding-bottom:.5rem}nav a{margin-right:1rem;display:inline-block}code{background:#f3f3f3;padding:0 .2em;word-break:break-all}a{color:#004f7c}</style></head>
<body><header><a href="${to("/")}"><strong>${escapeHtml(t("term.site"))}</strong></a><nav aria-label="${escapeHtml(t("chrome.mainNav"))}">${navigation(words)}</nav></header>
<main><h1>${escapeHtml(title)}</h1>
${body}
<p>${words.html("errorPage.seeAll", {}, { charts: to("/charts"), overview: to("/") })}</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["cache-control", "no-store"],
      ...(embed ? EMBED_HEADERS : SITE_HEADERS).map(({ key, value }): [string, string] => [key, value]),
    ],
  });
}
