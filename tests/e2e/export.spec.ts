import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { latestRelease } from "../../lib/data/release-ids";
import { readManifest } from "../../lib/publish/releases";
import { documentCsv, frozenDocuments } from "../../lib/publish/frozen-charts";
import { drawnFigures } from "./helpers";

// The static bundle (`npm run export` → out/) served by a plain static file server (python3 -m
// http.server, see playwright.config.ts), with JavaScript off: no Next, no proxy.
const FIXTURE = JSON.parse(readFileSync("tests/fixtures/permalinks.json", "utf8"))[0] as { url: string; figures: { id: string }[] };

test("the overview and an event page work", async ({ page }) => {
  for (const url of ["/", "/events/january-2022/"]) {
    expect((await page.goto(url))?.status(), url).toBe(200);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(Object.keys(await drawnFigures(page)).length, url).toBeGreaterThan(0);
  }
});

test("a pinned chart shows its release's figures, with a citation and an embed snippet", async ({ page }) => {
  expect((await page.goto(`${FIXTURE.url}/`))?.status()).toBe(200);
  expect(Object.values(await drawnFigures(page))[0]).toEqual(FIXTURE.figures.map((f) => f.id));
  await expect(page.locator('pre[data-format="apa"]')).toContainText(`(Version 2026-11-24)`);
  await expect(page.locator('pre[data-format="iframe"]')).toContainText(`<iframe src="/embed${FIXTURE.url}"`);
  expect((await page.goto(`/embed${FIXTURE.url}/`))?.status()).toBe(200);
});

test("CSV downloads and releases.json are the listed bytes", async ({ request }) => {
  const res = await request.get("/data/deaths.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(await res.body()).toEqual(readFileSync("data/deaths.csv"));
  const listed = readManifest(latestRelease()).files.find((f) => f.path === "data/deaths.csv")!;
  const json = await (await request.get("/data/releases.json")).json();
  expect(json.releases[0].files).toContainEqual({ path: `/data/releases/${latestRelease()}/deaths.csv`, sha256: listed.sha256, rows: listed.rows });
  const pinned = await request.get(`/data/releases/${latestRelease()}/deaths.csv`);
  expect(await pinned.body()).toEqual(readFileSync("data/deaths.csv"));
  // A pinned chart's rows and metadata beside its page, and its rows at their first address.
  const doc = frozenDocuments("2026-11-24").find((d) => d.chart === "claims--zhanaozen-2011--deaths--killed--all--all")!;
  expect(await (await request.get(`${doc.permalink}.csv`)).text()).toBe(documentCsv(doc));
  expect(await (await request.get(`/data/releases/2026-11-24/charts/${doc.chart}.csv`)).text()).toBe(documentCsv(doc));
  const metadata = await (await request.get(`${doc.permalink}.metadata.json`)).json();
  expect([metadata.title, metadata.release, metadata.rows.length]).toEqual([doc.title, "2026-11-24", doc.rows.length]);
});

test("no file of the bundle points at a local address", () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
  const files = walk("out").filter((f) => /\.(html|txt|json|csv|xml)$/.test(f));
  expect(files.length).toBeGreaterThan(1000);
  const local = files.filter((f) => /localhost|127\.0\.0\.1|0\.0\.0\.0/.test(readFileSync(f, "utf8")));
  expect(local).toEqual([]);
});

test("the release feed is in the bundle, its links relative to it when the build has no public origin", async ({ request }) => {
  const res = await request.get("/releases.xml");
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain(`<link href="/data#release-${latestRelease()}"/>`);
  expect(xml).not.toMatch(/origin\.invalid|localhost/);
});
