import { expect, type Page, test } from "@playwright/test";

/** The pages a reader reaches from a shared link, with one chart page of each kind. */
const PAGES = [
  "/",
  "/events/zhanaozen-2011",
  "/events/january-2022",
  "/charts/claims?event=january-2022&metric=deaths&measure=killed",
  "/charts/timeline?event=january-2022&metric=deaths&measure=killed",
  "/charts/places?event=january-2022&metric=deaths&measure=killed",
  "/charts/accountability?event=january-2022",
  "/charts/funnel?event=zhanaozen-2011&side=protesters",
  "/methodology",
  "/sources",
  "/data",
  "/charts",
  "/metrics/deaths",
] as const;

const MIN_TEXT_PX = 11;

/** Every chart drawing on the page: where it sits and the smallest text it renders, in CSS pixels. */
async function chartsOn(page: Page) {
  const images = await page.locator("img.chart-img").evaluateAll((imgs) =>
    imgs.map((img) => {
      const r = img.getBoundingClientRect();
      return { src: (img as HTMLImageElement).currentSrc || img.getAttribute("src")!, left: r.left, right: r.right, width: r.width };
    }),
  );
  const svgs = new Map<string, string>();
  return Promise.all(
    images.map(async (img) => {
      if (!svgs.has(img.src)) svgs.set(img.src, await (await page.request.get(img.src)).text());
      const svg = svgs.get(img.src)!;
      const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length, img.src).toBeGreaterThan(0);
      return { ...img, smallestText: (Math.min(...sizes) * img.width) / viewBoxWidth };
    }),
  );
}

for (const viewport of [{ width: 375, height: 812 }, { width: 320, height: 640 }, { width: 1280, height: 800 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const url of PAGES) {
      test(`${url}: no sideways scroll, every chart inside the screen, no chart text under ${MIN_TEXT_PX} px`, async ({ page }) => {
        const res = await page.goto(url);
        expect(res?.status()).toBe(200);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        const charts = await chartsOn(page);
        if (url.startsWith("/charts/") || url.startsWith("/events/") || url === "/" || url.startsWith("/metrics/")) expect(charts.length).toBeGreaterThan(0);
        for (const c of charts) {
          expect(c.left, c.src).toBeGreaterThanOrEqual(0);
          expect(c.right, c.src).toBeLessThanOrEqual(viewport.width);
          expect(c.smallestText, c.src).toBeGreaterThanOrEqual(MIN_TEXT_PX);
        }
      });
    }
  });
}

test("a phone gets the narrow drawing and a desktop the wide one", async ({ browser }) => {
  const shown: string[] = [];
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto("/charts/claims?event=january-2022&metric=deaths&measure=killed");
    await expect(page.locator("img.chart-img")).toHaveJSProperty("complete", true);
    const [current, narrow, wide] = await page.locator("figure.chart-figure").evaluate((f) => [
      f.querySelector("img")!.currentSrc,
      f.querySelector("img")!.getAttribute("src")!,
      f.querySelector("source")!.getAttribute("srcset")!,
    ]);
    expect(narrow).not.toBe(wide);
    shown.push(new URL(current!).pathname === narrow ? "narrow" : new URL(current!).pathname === wide ? "wide" : current!);
    await page.close();
  }
  expect(shown).toEqual(["narrow", "wide"]);
});
