// Lighthouse (its default: a mid-range phone on a slow 4G link, simulated) on one page of each kind,
// served from the static bundle (out/) by `npm run serve:static`, with the bundle's own headers.
// Part of `npm run bench` (`npx tsx bench/run.ts --lighthouse-only` runs only this, on the out/ there is).
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium): nothing is downloaded. Lighthouse runs as
// its own command: under tsx its in-page functions would carry esbuild's name helper, which the page lacks.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { pinnedRelease } from "../lib/data/release-ids";

/** The pinned page a chart page gives out, of January 2022's killed: at the release that froze it as the latest has it. */
export const PINNED_CHART = `/releases/${pinnedRelease("claims--january-2022--deaths--killed--all--all", "en")}/charts/claims/january-2022/deaths/killed`;

export const LIGHTHOUSE_PAGES = {
  overview: "/",
  event: "/events/january-2022/",
  metric: "/metrics/deaths/",
  chart: "/charts/claims/january-2022/deaths/killed/",
  "pinned chart": `${PINNED_CHART}/`,
  sources: "/sources/",
  data: "/data/",
  methodology: "/methodology/",
  // The languages whose pages carry the most text and the longest words: one page each.
  "event (kk)": "/kk/events/january-2022/",
  "chart (ru)": "/ru/charts/claims/january-2022/deaths/killed/",
} as const;

export type LighthouseResult = { page: string; route: string; performance: number; fcpMs: number; lcpMs: number; tbtMs: number; cls: number; kB: number };

/** Resolves once `url` answers 200 (a server just started), or fails after `ms`. */
export async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

const RUNS = 3;

async function lighthouseRun(base: string, page: string, route: string): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules", ".bin", "lighthouse"),
    [base + route, "--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as { categories: { performance?: { score: number | null } }; audits: Record<string, { numericValue?: number }> };
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    page,
    route,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcpMs: Math.round(num("first-contentful-paint")),
    lcpMs: Math.round(num("largest-contentful-paint")),
    tbtMs: Math.round(num("total-blocking-time")),
    cls: +num("cumulative-layout-shift").toFixed(3),
    kB: Math.round(num("total-byte-weight") / 1024),
  };
}

export async function measureLighthouse(port: number): Promise<LighthouseResult[]> {
  // Its own process group, so that stopping it stops serve as well.
  const server: ChildProcess = spawn("npm", ["run", "--silent", "serve:static", "--", "--listen", `tcp://127.0.0.1:${port}`, "--no-request-logging"], {
    stdio: "ignore",
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/`);
    const results: LighthouseResult[] = [];
    for (const [page, route] of Object.entries(LIGHTHOUSE_PAGES)) {
      // Total blocking time swings by hundreds of ms between runs on a shared 2-core machine: each page
      // is measured RUNS times and the run with the median score is kept, as Lighthouse's docs advise.
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(base, page, route));
      results.push(runs.sort((a, b) => a.performance - b.performance)[Math.floor(RUNS / 2)]!);
      console.log(`lighthouse ${page}: ${results.at(-1)!.performance} (runs: ${runs.map((r) => r.performance).join(", ")})`);
    }
    return results;
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

export const lighthouseTable = (rows: LighthouseResult[]): string =>
  [
    "| Lighthouse, mobile, static bundle (target ≥ 95) | performance | FCP ms | LCP ms | TBT ms | CLS | transfer kB |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.page} (${r.route}) | ${r.performance} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.kB} |`),
  ].join("\n");
