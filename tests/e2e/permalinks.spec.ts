import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { drawnFigures, openDrawing } from "./helpers";

type Fixture = { url: string; figures: { id: string; wording: string }[] };
const FIXTURES: Fixture[] = JSON.parse(readFileSync("tests/fixtures/permalinks.json", "utf8"));

test.describe("cited permalinks keep showing the same figures", () => {
  for (const f of FIXTURES) {
    test(f.url, async ({ page }) => {
      const res = await page.goto(f.url);
      expect(res?.status()).toBe(200);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(f.url);
      const [ids = []] = Object.values(await drawnFigures(page));
      // New figures may be added (and are listed in data/CHANGELOG.md); none cited may vanish or change.
      expect(ids.filter((id) => f.figures.some((x) => x.id === id))).toEqual(f.figures.map((x) => x.id));
      await openDrawing(page);
      for (const { id, wording } of f.figures) {
        await expect(page.locator(`svg g.claim-bar[data-figure-id="${id}"] .claim-bar__value`)).toHaveText(wording);
      }
    });
  }
});

test("“Link to this chart” from each chart of an event page opens the same chart", async ({ page, browser }) => {
  await page.goto("/events/zhanaozen-2011");
  const onPage = await drawnFigures(page);
  const links = await page.locator("figure.chart-figure").evaluateAll((figs) =>
    figs.map((f) => [f.id, f.querySelector("a.permalink")?.getAttribute("href") ?? ""] as const),
  );
  expect(links.length).toBeGreaterThanOrEqual(7);
  const other = await browser.newPage();
  for (const [id, href] of links) {
    expect(href).toMatch(/^\/charts\/[a-z]+\?/);
    const res = await other.goto(href);
    expect(res?.status(), href).toBe(200);
    expect(Object.values(await drawnFigures(other))[0], `${id} → ${href}`).toEqual(onPage[id]);
  }
  await other.close();
});

test.describe("bad or non-canonical permalinks", () => {
  test("a valid but non-canonical URL redirects permanently to the canonical one", async ({ request }) => {
    const res = await request.get("/charts/claims?MEASURE=killed&metric=deaths&event=January-2022&claimant=all&utm_source=x", { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers().location).toMatch(/\/charts\/claims\?event=january-2022&metric=deaths&measure=killed$/);
  });

  for (const [url, param] of [
    ["/charts/claims?event=january-2023&metric=deaths&measure=killed", "event"],
    ["/charts/claims?event=january-2022&metric=deaths&measure=detained", "measure"],
    ["/charts/claims?event=january-2022&metric=deaths", "measure"],
    ["/charts/pie?event=january-2022", "chart"],
    ["/charts/claims?event=%00%ff&metric=..%2F..%2Fetc", "event"],
  ] as const) {
    test(`${url} → 400 naming ${param}`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(400);
      const body = await res.text();
      expect(body).toContain(`<code>${param}</code>`);
      expect(body).toContain('href="/charts"');
    });
  }

  test("a valid state with no data is a 404, not another chart", async ({ request }) => {
    const res = await request.get("/charts/claims?event=january-2022&metric=deaths&measure=killed&place=astana", { maxRedirects: 0 });
    expect(res.status()).toBe(404);
  });
});

test.describe("cite box", () => {
  test("offers plain, APA and BibTeX citations with the canonical permalink, selectable without JavaScript", async ({ page }) => {
    const url = "/charts/claims?event=january-2022&metric=deaths&measure=killed";
    await page.goto(url);
    for (const format of ["plain", "apa", "bibtex"]) {
      const text = await page.locator(`pre[data-format="${format}"]`).innerText();
      expect(text).toContain(url);
      expect(text).toMatch(/2026-11-24|data version/i);
    }
    await expect(page.locator('pre[data-format="bibtex"]')).toContainText("@misc{");
  });
});
