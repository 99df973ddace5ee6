// npm run bench [-- --no-build | --data-only]: measures what the quality bars promise and prints one table.
// Loopback only, bounded in connections and time. Results go to bench/results.json and the README.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { type DataFiles, readDataFiles, validateDataset } from "../lib/dataset";

const APP_PORT = 3411;
const STATIC_PORT = 3412;
const CONNECTIONS = 20;
const DURATION_S = 10;
const OUT = path.join("bench", "out");

const ROUTES = {
  overview: "/",
  event: "/events/january-2022",
  permalink: "/charts/claims?event=january-2022&metric=deaths&measure=killed",
} as const;
const WEIGHT_ROUTES = ["/", "/events/zhanaozen-2011", "/events/january-2022", "/metrics/deaths", ROUTES.permalink, "/sources", "/data", "/methodology"];
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
  const lines = ["figure_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,as_of,source_id,passage,note"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `synthetic-${i},january-2022,all,killed,${i % 2 ? "official" : "independent"},"Body ${i}, reported",${i},${i % 3 ? i : ""},${i % 3 ? "exact" : "at_least"},2022-01-${String((i % 28) + 1).padStart(2, "0")},${source},"According to official figures, 238 people were killed",note ${i}`,
    );
  }
  return { ...real, "deaths.csv": `${lines.join("\n")}\n` };
}

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

type Load = { rps: number; p50: number; p99: number; non2xx: number; errors: number };
async function load(url: string): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

async function weight(base: string, route: string) {
  const html = await (await fetch(base + route)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  for (const src of new Set(scripts)) js += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  return { route, htmlGzipKB: +(gzipSync(html).length / 1024).toFixed(1), jsGzipKB: +(js / 1024).toFixed(1) };
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
    if (!process.argv.includes("--no-build")) execSync("npm run build", { stdio: "inherit" });

    const app = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(APP_PORT)], { stdio: "ignore", detached: false });
    children.push(app);
    const base = `http://127.0.0.1:${APP_PORT}`;
    await waitFor(`${base}/`);

    mkdirSync(path.join(OUT, "static"), { recursive: true });
    for (const [name, route] of Object.entries(ROUTES)) {
      writeFileSync(path.join(OUT, "static", `${name}.html`), await (await fetch(base + route)).text());
    }
    const baseline = spawn(process.execPath, ["bench/static-server.mjs", path.join(OUT, "static"), String(STATIC_PORT)], { stdio: "ignore" });
    children.push(baseline);
    await waitFor(`http://127.0.0.1:${STATIC_PORT}/overview`);

    const http: Record<string, { app: Load; static: Load; ratio: number }> = {};
    for (const [name, route] of Object.entries(ROUTES)) {
      await autocannon({ url: base + route, connections: CONNECTIONS, duration: 2 }); // warm-up, discarded
      const appLoad = await load(base + route);
      const staticLoad = await load(`http://127.0.0.1:${STATIC_PORT}/${name}`);
      http[name] = { app: appLoad, static: staticLoad, ratio: +(appLoad.rps / staticLoad.rps).toFixed(2) };
    }

    const weights = [];
    for (const route of WEIGHT_ROUTES) weights.push(await weight(base, route));
    const floor = weights.find((w) => w.route === CHARTLESS)!.jsGzipKB;

    const results = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${(await import("node:os")).cpus().length} cores, node ${process.version}`,
      load: { connections: CONNECTIONS, durationS: DURATION_S },
      data,
      http,
      weight: weights.map((w) => ({ ...w, vsChartless: +(w.jsGzipKB / floor).toFixed(2) })),
    };
    writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    const table = render(results);
    console.log(`\n${table}`);
    const readme = readFileSync("README.md", "utf8");
    const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (marked.test(readme)) writeFileSync("README.md", readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  } finally {
    stop();
  }
}

function render(r: {
  date: string;
  machine: string;
  data: { realMs: number; rows10kMs: number; rows100kMs: number };
  http: Record<string, { app: Load; static: Load; ratio: number }>;
  weight: { route: string; htmlGzipKB: number; jsGzipKB: number; vsChartless: number }[];
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
    "| HTTP | app req/s | app p50 / p99 ms | static req/s | static p50 / p99 ms | app ÷ static | non-2xx / errors |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...Object.entries(r.http).map(
      ([name, h]) =>
        `| ${name} | ${h.app.rps} | ${h.app.p50} / ${h.app.p99} | ${h.static.rps} | ${h.static.p50} / ${h.static.p99} | ${h.ratio} | ${h.app.non2xx} / ${h.app.errors} |`,
    ),
    "",
    `| route | HTML kB gzip | JS kB gzip | JS ÷ chart-less page (${CHARTLESS}) |`,
    "|---|---:|---:|---:|",
    ...r.weight.map((w) => `| ${w.route} | ${w.htmlGzipKB} | ${w.jsGzipKB} | ${w.vsChartless} |`),
  ];
  return lines.join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
