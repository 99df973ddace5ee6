// npm run bench [-- --no-build | --data-only | --lighthouse-only]: measures what the quality bars promise and prints one table
// (data validation, HTTP load, page weights, the static bundle's size and files, Lighthouse).
// Each page is loaded from `next start`, from the static bundle (`npm run export`) behind a plain static
// file server (python3 -m http.server, as the README says to serve it), and from a minimal Node baseline.
// Loopback only, bounded in connections and time. Results go to bench/results.json and the README.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { type DataFiles, readDataFiles, validateDataset } from "../lib/data/dataset";
import { type BundleSize, bundleSize, bundleTable } from "./bundle";
import { type LighthouseResult, lighthouseTable, measureLighthouse, PINNED_CHART, waitFor } from "./lighthouse";

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3411);
/** The export's server and the baseline take turns on this port. */
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3412);
const CONNECTIONS = 20;
const DURATION_S = 10;
const OUT = path.join("bench", "out");

const ROUTES = {
  pinned: PINNED_CHART,
  event: "/events/january-2022",
} as const;
// The explorer is the one page that ships charting code (Recharts) and reads its data from a file (/explore/data.json, not counted here).
const WEIGHT_ROUTES = ["/", "/events/zhanaozen-2011", "/events/january-2022", "/metrics/deaths", ROUTES.pinned, "/sources", "/data", "/methodology", "/explore"];
/** Where the export has a route: a folder with index.html (trailingSlash). */
const exported = (route: string) => (route === "/" ? "/" : `${route}/`);
const CHARTLESS = "/methodology";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeValidation(files: DataFiles, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const { issues } = validateDataset(files);
    times.push(performance.now() - t);
    if (issues.length) throw new Error(`benchmark data invalid: ${issues[0]?.message}`);
  }
  return median(times);
}

/** The real files with deaths.csv replaced by `rows` valid synthetic rows. */
function synthetic(real: DataFiles, rows: number): DataFiles {
  const source = "hrw-2022-12-20-no-justice";
  const lines = ["figure_id,statement_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,scope,scope_label,as_of,as_of_basis,date_passage,source_id,passage,note"];
  // Every kind of scope and date basis, so that each rule runs: the source is dated 2022-12-20.
  const dates = [(i: number) => `2022-01-${String((i % 28) + 1).padStart(2, "0")},approximate,`, () => "2022-12-20,first_hand,", () => "2022-08,stated,In mid-August"];
  for (let i = 0; i < rows; i++) {
    const scope = i % 4 ? "total," : "proceeding,one trial";
    lines.push(
      `synthetic-${i},synthetic-${i},january-2022,all,killed,${i % 2 ? "official" : "independent"},"Body ${i}, reported",${i},${i % 3 ? i : ""},${i % 3 ? "exact" : "at_least"},${scope},${dates[i % 3]!(i)},${source},"According to official figures, 238 people were killed",note ${i}`,
    );
  }
  return { ...real, "deaths.csv": `${lines.join("\n")}\n` };
}

type Load = { rps: number; p50: number; p99: number; non2xx: number; errors: number };
async function load(url: string): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

async function weight(base: string, route: string) {
  const html = await (await fetch(base + route)).text();
  const htmlKB = +(Buffer.byteLength(html) / 1024).toFixed(1);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  for (const src of new Set(scripts)) js += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  return { route, htmlKB, htmlGzipKB: +(gzipSync(html).length / 1024).toFixed(1), jsGzipKB: +(js / 1024).toFixed(1) };
}

async function main() {
  const children: ChildProcess[] = [];
  const stop = () => children.forEach((c) => c.kill());
  process.on("exit", stop);
  try {
    const real = readDataFiles("data");
    const data = {
      realMs: +timeValidation(real, 21).toFixed(1),
      rows10kMs: +timeValidation(synthetic(real, 10_000), 5).toFixed(0),
      rows100kMs: +timeValidation(synthetic(real, 100_000), 3).toFixed(0),
    };
    if (process.argv.includes("--data-only")) {
      console.log(data);
      return;
    }
    if (process.argv.includes("--lighthouse-only")) {
      // On the out/ there is (its size and Lighthouse); the other measurements stay as bench/results.json has them.
      const previous = JSON.parse(readFileSync(path.join("bench", "results.json"), "utf8"));
      publish({ ...previous, bundle: bundleSize(), lighthouse: { date: new Date().toISOString().slice(0, 10), pages: await measureLighthouse(STATIC_PORT) } });
      return;
    }
    if (!process.argv.includes("--no-build")) execSync("npm run export && npm run build", { stdio: "inherit" }); // the export reuses .next/: build last

    children.push(spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(APP_PORT)], { stdio: "ignore" }));
    const base = `http://127.0.0.1:${APP_PORT}`;
    await waitFor(`${base}/`);

    mkdirSync(path.join(OUT, "static"), { recursive: true });
    for (const [name, route] of Object.entries(ROUTES)) {
      writeFileSync(path.join(OUT, "static", `${name}.html`), await (await fetch(base + route)).text());
    }
    const staticBase = `http://127.0.0.1:${STATIC_PORT}`;
    /** Loads every route from a server started by `start`, then stops it. */
    async function measure(start: () => ChildProcess, url: (name: string, route: string) => string): Promise<Record<string, Load>> {
      const server = start();
      children.push(server);
      await waitFor(url("event", ROUTES.event));
      const out: Record<string, Load> = {};
      for (const [name, route] of Object.entries(ROUTES)) {
        await autocannon({ url: url(name, route), connections: CONNECTIONS, duration: 2 }); // warm-up, discarded
        out[name] = await load(url(name, route));
      }
      server.kill();
      await new Promise((r) => server.once("exit", r));
      return out;
    }
    const app = await measure(() => children[0]!, (_n, route) => base + route);
    const bundle = await measure(
      () => spawn("python3", ["-m", "http.server", String(STATIC_PORT), "--bind", "127.0.0.1", "--directory", "out"], { stdio: "ignore" }),
      (_n, route) => staticBase + exported(route),
    );
    const baseline = await measure(
      () => spawn(process.execPath, ["bench/static-server.mjs", path.join(OUT, "static"), String(STATIC_PORT)], { stdio: "ignore" }),
      (name) => `${staticBase}/${name}`,
    );
    const http = Object.fromEntries(
      Object.keys(ROUTES).map((name) => {
        const [a, e, b] = [app[name]!, bundle[name]!, baseline[name]!];
        return [name, { app: a, export: e, baseline: b, appVsBaseline: +(a.rps / b.rps).toFixed(2), exportVsBaseline: +(e.rps / b.rps).toFixed(2) }];
      }),
    );
    // The app again, for the weights (measure() stopped it).
    const again = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(APP_PORT)], { stdio: "ignore" });
    children.push(again);
    await waitFor(`${base}/`);

    const weights = [];
    for (const route of WEIGHT_ROUTES) weights.push(await weight(base, route));
    const floor = weights.find((w) => w.route === CHARTLESS)!.jsGzipKB;

    again.kill();
    const date = new Date().toISOString().slice(0, 10);
    const results = {
      date,
      machine: `${(await import("node:os")).cpus().length} cores, node ${process.version}`,
      load: { connections: CONNECTIONS, durationS: DURATION_S },
      data,
      http,
      weight: weights.map((w) => ({ ...w, vsChartless: +(w.jsGzipKB / floor).toFixed(2) })),
      bundle: bundleSize(),
      lighthouse: { date, pages: await measureLighthouse(STATIC_PORT) },
    };
    publish(results);
  } finally {
    stop();
  }
}

/** Writes bench/results.json and the README's table. */
function publish(results: Parameters<typeof render>[0]) {
  writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const table = render(results);
  console.log(`\n${table}`);
  const readme = readFileSync("README.md", "utf8");
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (marked.test(readme)) writeFileSync("README.md", readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
}

function render(r: {
  date: string;
  machine: string;
  data: { realMs: number; rows10kMs: number; rows100kMs: number };
  http: Record<string, { app: Load; export: Load; baseline: Load; appVsBaseline: number; exportVsBaseline: number }>;
  weight: { route: string; htmlKB: number; htmlGzipKB: number; jsGzipKB: number; vsChartless: number }[];
  bundle?: BundleSize;
  lighthouse?: { date: string; pages: LighthouseResult[] };
}): string {
  const lines = [
    `Measured ${r.date} on ${r.machine}; load: ${CONNECTIONS} connections × ${DURATION_S} s on 127.0.0.1, load generator sharing the cores.`,
    "",
    "| data: parse + validate | ms |",
    "|---|---:|",
    `| real data/ | ${r.data.realMs} |`,
    `| 10,000-row metric file | ${r.data.rows10kMs} |`,
    `| 100,000-row metric file (target < 1000) | ${r.data.rows100kMs} |`,
    "",
    "| HTTP req/s (p50 / p99 ms) | next start | export on python3 http.server | minimal static baseline | next start ÷ baseline | export ÷ baseline | non-2xx / errors (start, export) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...Object.entries(r.http).map(
      ([name, h]) =>
        `| ${name} | ${h.app.rps} (${h.app.p50} / ${h.app.p99}) | ${h.export.rps} (${h.export.p50} / ${h.export.p99}) | ${h.baseline.rps} (${h.baseline.p50} / ${h.baseline.p99}) | ${h.appVsBaseline} | ${h.exportVsBaseline} | ${h.app.non2xx} / ${h.app.errors}, ${h.export.non2xx} / ${h.export.errors} |`,
    ),
    "",
    `| route | HTML kB | HTML kB gzip | JS kB gzip | JS ÷ chart-less page (${CHARTLESS}) |`,
    "|---|---:|---:|---:|---:|",
    ...r.weight.map((w) => `| ${w.route} | ${w.htmlKB} | ${w.htmlGzipKB} | ${w.jsGzipKB} | ${w.vsChartless} |`),
    ...(r.bundle ? ["", "The static bundle (`out/`), per language and data release (each drawing counted once, with the first release that draws it):", "", bundleTable(r.bundle)] : []),
    ...(r.lighthouse ? ["", `Lighthouse measured ${r.lighthouse.date} (its mobile defaults; Debian's Chromium, headless), pages of out/ served by \`npm run serve:static\`, the median of three runs per page:`, "", lighthouseTable(r.lighthouse.pages)] : []),
  ];
  return lines.join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
