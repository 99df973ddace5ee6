import { expect, type Page, test } from "@playwright/test";
import { allChartStates } from "../../lib/charts/registry";
import { sourcesByPublisherType } from "../../lib/ledger/source-figures";
import { resultCounts, searchablePageCount } from "../../lib/pages/search";
import { lang } from "../../lib/site/i18n";
import { dataset } from "./helpers";

// The site search (components/site-search.tsx, public/site-js/search.js, the index of
// scripts/search-index.ts) under `next start`. JavaScript is set per test here (playwright.config.ts
// runs this file in the "js" project only). The static bundle's search is checked in export.spec.ts.

/** The Karasai (Koshmambet) torture case: six police officers convicted, a named case of January 2022, at its row of the event page. */
const KARASAI_CASE = "/events/january-2022#case-jan22-karasai-koshmambet-six-police";

/** Types in the header's box and returns the addresses of the results listed under it. */
async function searchInHeader(page: Page, query: string) {
  await page.locator("form.site-search input[name=q]").fill(query);
  const results = page.locator(".site-search-results li a");
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  return results.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
}

test("the index served by next start (public/pagefind) holds each language's latest pages", async ({ request }) => {
  const entry = (await (await request.get("/pagefind/pagefind-entry.json")).json()) as { languages: Record<string, { page_count: number }> };
  for (const l of ["en", "ru", "kk"]) expect(entry.languages[l]?.page_count, l).toBe(searchablePageCount(dataset));
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the header's box finds the named case of Karasai, and loads Pagefind only once the box is used", async ({ page }) => {
    const pagefind: string[] = [];
    page.on("request", (r) => new URL(r.url()).pathname.startsWith("/pagefind/") && pagefind.push(new URL(r.url()).pathname));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto("/events/zhanaozen-2011");
    await page.waitForLoadState("networkidle");
    expect(pagefind).toEqual([]);
    const hrefs = await searchInHeader(page, "Karasai");
    expect(pagefind).toContain("/pagefind/pagefind.js");
    // The case itself, at its row of the event page, in English (the English index only).
    expect(hrefs).toContain(KARASAI_CASE);
    expect(hrefs.every((h) => !/^\/(ru|kk)\//.test(h))).toBe(true);
    const hit = page.locator(".site-search-results li").filter({ has: page.locator(`a[href="${KARASAI_CASE}"]`) });
    await expect(hit.locator("a")).toHaveText("Six police officers (unnamed) (officer, Karasai; 6 defendants, 6 convicted) — January 2022 (“Qandy Qantar”): named cases");
    await expect(hit.locator("mark").first()).toContainText("Karasai");
    // The last link leads to every result on the search page.
    await expect(page.locator(".site-search-results > a")).toHaveText("All results");
    await page.locator(".site-search-results > a").click();
    await expect(page).toHaveURL(/\/search\?q=Karasai$/);
    const count = page.locator("#search-page-results > p");
    await expect(count).toHaveText(/^\d+ pages? found$/);
    const n = Number((await count.textContent())!.split(" ")[0]);
    expect(n).toBeGreaterThan(0);
    await expect(page.locator("#search-page-results li")).toHaveCount(Math.min(n, 50));
    expect(errors).toEqual([]);
  });

  test("a Russian page searches the Russian pages: «Карасай» finds the case on the Russian event page", async ({ page }) => {
    await page.goto("/ru/metrics/deaths");
    const hrefs = await searchInHeader(page, "Карасай");
    expect(hrefs).toContain(`/ru${KARASAI_CASE}`);
    expect(hrefs.every((h) => h.startsWith("/ru/"))).toBe(true);
    // The search page's count is the server's, in Russian, with its plural.
    await page.goto(`/ru/search?q=${encodeURIComponent("Карасай")}`);
    await expect(page.locator("form.site-search input[name=q]")).toHaveValue("Карасай");
    const count = page.locator("#search-page-results > p");
    await expect(count).toHaveText(/^Найден/);
    const n = await page.locator("#search-page-results li").count();
    expect(resultCounts(dataset, lang("ru"))).toContain(await count.textContent());
    expect(n).toBeGreaterThan(0);
  });

  test("a word no page has: the box says so, in the page's language", async ({ page }) => {
    await page.goto("/kk/");
    await page.locator("form.site-search input[name=q]").fill("zzzqqqxxx");
    await expect(page.locator(".site-search-results p")).toHaveText("Ештеңе табылмады.", { timeout: 20_000 });
  });

  test("on a 375 px phone the box and its results fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/");
    await searchInHeader(page, "Karasai");
    const box = (await page.locator(".site-search-results").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the box is a form that lands on the search page, which lists every chart and every source", async ({ page }) => {
    await page.goto("/events/january-2022");
    await page.locator("form.site-search input[name=q]").fill("Karasai");
    await page.locator("form.site-search input[name=q]").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Karasai$/);
    await expect(page.locator("h1")).toHaveText("Search");
    // Every chart: each state of the latest data once, a chart of one side as a link beside its chart of both.
    const charts = await page.locator('section[aria-labelledby="search-charts"] a').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(new Set(charts).size).toBe(allChartStates(dataset).length);
    expect(charts).toContain("/charts/claims/january-2022/deaths/killed");
    const sources = sourcesByPublisherType(dataset).flatMap((g) => g.sources);
    await expect(page.locator('section[aria-labelledby="search-sources"] li')).toHaveCount(sources.length);
    await expect(page.locator('section[aria-labelledby="search-sources"] a').first()).toHaveAttribute("href", `/sources#${sources[0]!.source.source_id}`);
  });

  test("in Kazakh, the form leads to the Kazakh search page", async ({ page }) => {
    await page.goto("/kk/sources");
    await page.locator("form.site-search input[name=q]").fill("Қарасай");
    await page.locator("form.site-search button").click();
    await expect(page).toHaveURL(/\/kk\/search\?q=/);
    await expect(page.locator("h1")).toHaveText("Іздеу");
    await expect(page.locator('section[aria-labelledby="search-charts"] h2')).toHaveText("Барлық графиктер");
    expect(await page.locator('section[aria-labelledby="search-charts"] a').count()).toBeGreaterThan(100);
  });
});
