import { expect, test } from "@playwright/test";
import { chartSpec } from "../../lib/charts/registry";
import { accountabilitySection, eventMetricSections, metricPageSections } from "../../lib/pages/sections";
import { sourceFigures } from "../../lib/ledger/source-figures";
import { EVENT_IDS } from "../../lib/data/events";
import { METRIC_IDS } from "../../lib/data/metrics";
import { dataset, drawnFigures, inDrawingOrder, openDrawing, ROUTES } from "./helpers";

test.describe("every route", () => {
  for (const route of ROUTES) {
    test(`${route} is served, has one h1, and each chart is SVG with its table`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      const figures = await drawnFigures(page);
      for (const [id, ids] of Object.entries(figures)) {
        expect(ids.length, `${id} draws bars`).toBeGreaterThan(0);
        const rows = await page.locator(`[id="${id}"] table tbody tr`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-figure-id")));
        expect(inDrawingOrder(id, rows as string[]), `${id}: the table lists exactly the drawn figures`).toEqual(ids);
      }
    });
  }
});

test.describe("event and metric pages draw exactly what lib/ computes", () => {
  for (const event of EVENT_IDS) {
    test(`/events/${event}`, async ({ page }) => {
      await page.goto(`/events/${event}`);
      const drawn = [...accountabilitySection(dataset, event).charts, ...eventMetricSections(dataset, event).flatMap((s) => (s.main ? [s.main] : []))];
      const expected = Object.fromEntries(drawn.map((c) => [c.id, inDrawingOrder(c.id, c.data.map((d) => d.figureId))]));
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(7);
      expect(await drawnFigures(page)).toEqual(expected);
    });
  }
  for (const metric of METRIC_IDS) {
    test(`/metrics/${metric}`, async ({ page }) => {
      await page.goto(`/metrics/${metric}`);
      const expected = Object.fromEntries(
        [chartSpec(dataset, { chart: "compare", metric })!, ...metricPageSections(dataset, metric).flatMap((s) => (s.main ? [s.main] : []))].map((c) => [
          c.id,
          inDrawingOrder(c.id, c.data.map((d) => d.figureId)),
        ]),
      );
      expect(await drawnFigures(page)).toEqual(expected);
    });
  }
});

test("the January 2022 page shows how the official death toll moved", async ({ page }) => {
  await page.goto("/events/january-2022");
  const table = page.locator('[id="claims--january-2022--deaths--killed--all--all"] table');
  const official = (await table.locator('tr[data-claimant="official"] td.figure .wording').allTextContents()).map((t) => t.trim());
  for (const n of ["164", "225", "227", "230", "232", "238"]) expect(official).toContain(n);
  await expect(table.locator('tr[data-figure-id="jan22-killed-moh-dw-2022-01-09"]')).toContainText("technical glitch");
});

test("the sources page lists every source and every figure, with passage links", async ({ page }) => {
  await page.goto("/sources");
  const list = sourceFigures(dataset);
  await expect(page.locator("ol.source-list > li")).toHaveCount(list.length);
  await expect(page.locator("ol.source-list li li[data-figure-id]")).toHaveCount(dataset.rows.length);
  const fragmentLinks = await page.locator('ol.source-list a[href*="#:~:text="]').count();
  expect(fragmentLinks).toBe(dataset.rows.filter((c) => dataset.sourcesById.get(c.source_id)?.url).length);
});

test("internal links on every route resolve", async ({ page, request }) => {
  const seen = new Set<string>();
  for (const route of ROUTES.slice(0, 11)) {
    await page.goto(route);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const h of hrefs) seen.add(h.split("#")[0]!);
  }
  expect(seen.size).toBeGreaterThan(50);
  for (const href of seen) {
    const res = await request.get(href, { maxRedirects: 0 });
    expect(res.status(), href).toBe(200);
  }
});

test.describe("unknown pages", () => {
  for (const path of ["/events/almaty-1986", "/metrics/arrests", "/nowhere"]) {
    test(`${path} is a helpful 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Page not found");
      await expect(page.locator('a[href="/events/january-2022"]').first()).toBeVisible();
    });
  }
});

test("event pages list the named cases, officers first", async ({ page }) => {
  await page.goto("/events/january-2022");
  const rows = page.locator("table.cases-table tbody tr");
  await expect(rows).toHaveCount(dataset.cases.filter((c) => c.event === "january-2022").length);
  const zlunyaev = page.locator('tr[data-case-id="jan22-taldykorgan-zlunyaev-military-court"]');
  await expect(zlunyaev).toContainText("Mark Zlunyaev");
  await expect(zlunyaev).toContainText("6 years in prison");
  await expect(zlunyaev).toContainText("16 Nov 2022");
  const roles = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-role")));
  expect(roles.indexOf("defendant")).toBeGreaterThan(roles.lastIndexOf("officer"));
  // One row per proceeding: the Karasai trial and its appeal are one case, its three reports under it.
  const karasai = page.locator('tr[data-case-id="jan22-karasai-koshmambet-six-police"]');
  await expect(karasai).toHaveCount(1);
  await expect(karasai.locator("li[data-report-id]")).toHaveCount(3);
});

test("the timeline joins the official January 2022 toll in date order and marks independent counts apart", async ({ page }) => {
  await page.goto("/charts/timeline?event=january-2022&metric=deaths&measure=killed");
  await expect(page.locator(".takeaway")).toContainText("The official count went from 164 (9 Jan 2022) to 238 (28 Dec 2022).");
  await openDrawing(page);
  const killed = dataset.statements.filter((c) => c.event === "january-2022" && c.measure === "killed" && c.place === "all" && c.as_of);
  await expect(page.locator("g.claim-mark--official circle")).toHaveCount(killed.filter((c) => c.claimant === "official").length);
  await expect(page.locator("g.claim-mark--independent rect")).toHaveCount(killed.filter((c) => c.claimant === "independent").length);
  await expect(page.locator("polyline.official-line")).toHaveCount(1);
  // The official list of August 2022 is dated to the month: a bracket over August, never a point on 1 August.
  await expect(page.locator('g[data-figure-id="jan22-killed-official-hrw-2022-12-20"][data-precision="month"] .date-span')).toHaveCount(1);
  await expect(page.locator('g[data-figure-id="jan22-killed-moh-dw-2022-01-09"][data-precision="day"] .date-span')).toHaveCount(0);
});
