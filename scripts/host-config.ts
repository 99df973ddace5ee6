// Run by `npm run export` after scripts/strip-export.ts: the static host's configuration, in the
// bundle, in the format Netlify and Cloudflare Pages read (and `npm run serve:static` serves by):
// - out/_headers: the same headers as `next start` (lib/site/security-headers.mjs is the one source);
// - out/_redirects: the legacy query-string chart links (/charts/<chart>?event=…) → their path form,
//   for hosts that match on the query string (Netlify does; Cloudflare Pages ignores such rules).
// Usage: tsx scripts/host-config.ts [out-dir]
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CHART_PARAMS, chartPath, parseChartRequest, type ChartState } from "../lib/charts/state";
import { latestRelease, releaseIds } from "../lib/data/release-ids";
import { releaseCharts, retiredCharts } from "../lib/publish/frozen-charts";
import { COMMON_HEADERS, EMBED_PREFIXES, headersFor, immutablePrefixes, SCRIPTED_PAGES, type Header } from "../lib/site/security-headers.mjs";

/** Cloudflare Pages reads at most 100 rules of _headers. */
const MAX_RULES = 100;
/** Files of the host's configuration, not served. */
const HOST_FILES = new Set(["_headers", "_redirects"]);

export type HeaderRule = { pattern: string; headers: Header[] };

/**
 * The rules of out/_headers. Hosts differ in what they do when two rules set the same header for one
 * address (Cloudflare Pages joins the values with a comma, Netlify takes one), so no two rules that
 * match one address set the same header: one rule `/*` sets the headers every address has; the others
 * cover the bundle's files without overlapping, a whole folder by `/folder/*` where nothing inside it
 * differs, and set the headers that vary (which pages may frame it, how long it may be cached).
 * An address of no file and no covered folder (a 404 outside them) gets the `/*` headers only.
 */
export function headerRules(out: string, ids: readonly string[]): HeaderRule[] {
  const options = { releaseIds: ids, inlineScripts: false };
  const varying = (p: string) => headersFor(p, options).filter((h) => !COMMON_HEADERS.some((c) => c.key === h.key));
  // Where headers change: a folder with one of these strictly inside it is split into its entries.
  // (The pages that keep their scripts allow inline ones: their folders get rules of their own.)
  const boundaries = [...EMBED_PREFIXES, ...immutablePrefixes(ids), ...SCRIPTED_PAGES.map((p) => `${p}/`)];
  const encode = (name: string) => encodeURIComponent(name).replace(/%40/g, "@");
  const rules: HeaderRule[] = [{ pattern: "/*", headers: COMMON_HEADERS }];
  const walk = (dir: string, url: string) => {
    if (readdirSync(dir).includes("index.html")) rules.push({ pattern: url, headers: varying(url) });
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (url === "/" && HOST_FILES.has(e.name)) continue;
      const sub = `${url}${encode(e.name)}`;
      if (!e.isDirectory()) rules.push({ pattern: sub, headers: varying(sub) });
      else if (boundaries.some((b) => b.startsWith(`${sub}/`) && b !== `${sub}/`)) walk(path.join(dir, e.name), `${sub}/`);
      else rules.push({ pattern: `${sub}/*`, headers: varying(`${sub}/`) });
    }
  };
  walk(out, "/");
  if (rules.length > MAX_RULES) throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  return rules;
}

export const formatHeaders = (rules: HeaderRule[]): string =>
  [
    "# The static bundle's response headers, written by scripts/host-config.ts from lib/site/security-headers.mjs (Netlify and Cloudflare Pages format).",
    "# No two rules that match one address set the same header.",
    ...rules.flatMap((r) => [r.pattern, ...r.headers.map((h) => `  ${h.key}: ${h.value}`)]),
    "",
  ].join("\n");

/** Every subset of `xs`. */
const subsets = <T,>(xs: readonly T[]): T[][] => xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

/**
 * The legacy query-string links of one chart, as Netlify's query matching can state them: each chart
 * parameter by name, with or without the ones at their default value. Each rule is checked against
 * parseChartRequest, the proxy's own parser, before it is written.
 */
function legacyRules(state: ChartState): { from: string; query: [string, string][]; to: string }[] {
  const keys = CHART_PARAMS[state.chart];
  const values = Object.fromEntries(keys.map((k) => [k, String((state as Record<string, unknown>)[k])]));
  const defaults = keys.filter((k) => values[k] === "all" && (k === "place" || k === "claimant"));
  return ["", "/embed"].flatMap((prefix) =>
    subsets(defaults).map((omitted) => {
      const query = keys.filter((k) => !omitted.includes(k)).map((k): [string, string] => [k, values[k]!]);
      const from = `${prefix}/charts/${state.chart}`;
      const to = chartPath(state, `${prefix}/charts`);
      const parsed = parseChartRequest(state.chart, new URLSearchParams(query), `${prefix}/charts`);
      if (parsed.kind !== "redirect" || parsed.location !== to) throw new Error(`${from}?${new URLSearchParams(query)} does not answer ${to} in the proxy`);
      return { from, query, to };
    }),
  );
}

export function redirectRules(): string {
  const states = new Map<string, ChartState>();
  for (const s of [...releaseCharts(latestRelease()).map((c) => c.state), ...retiredCharts().map((r) => r.state)]) states.set(chartPath(s), s);
  // A host takes the first rule that matches, and a rule may match a link with more parameters than
  // it names: the rules naming more parameters come first.
  const rules = [...states.values()].flatMap(legacyRules).sort((a, b) => b.query.length - a.query.length);
  return [
    "# Legacy query-string chart links → their path form (written by scripts/host-config.ts from lib/charts/state.ts).",
    "# Netlify matches query parameters; hosts that do not (Cloudflare Pages) skip these rules. Unlike `next start`,",
    "# a host matches values exactly as written here: lower case, without extra spaces; an invalid link gets 404.html.",
    ...rules.map((r) => `${r.from} ${r.query.map(([k, v]) => `${k}=${v}`).join(" ")} ${r.to} 301!`),
    "",
  ].join("\n");
}

function main(out = process.argv[2] ?? "out") {
  const rules = headerRules(out, releaseIds());
  writeFileSync(path.join(out, "_headers"), formatHeaders(rules));
  const redirects = redirectRules();
  writeFileSync(path.join(out, "_redirects"), redirects);
  console.log(`host-config: out/_headers (${rules.length} rules), out/_redirects (${redirects.split("\n").filter((l) => l.startsWith("/")).length} rules)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
