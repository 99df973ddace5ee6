import { expect, test } from "@playwright/test";
import { drawnFigures, pinnedReleaseOf, ROUTES } from "./helpers";

import { latestRelease } from "../../lib/data/release-ids";

const PERMALINK = "/charts/claims/january-2022/deaths/killed";

test.describe("security headers", () => {
  for (const route of [...ROUTES, "/data/deaths.csv", "/charts/pie?x=1", "/nowhere"]) {
    test(`${route}`, async ({ request }) => {
      const res = await request.get(route, { maxRedirects: 0 });
      const h = res.headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("'unsafe-eval'");
    });
  }

  test("only embeds may be framed", async ({ request }) => {
    const res = await request.get(`/embed${PERMALINK}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(res.headers()["x-frame-options"]).toBeUndefined();
  });
});

test.describe("caching follows immutability", () => {
  const IMMUTABLE = "public, max-age=31536000, immutable";
  const LATEST = "public, max-age=300, must-revalidate";
  const pinned = `/releases/${pinnedReleaseOf(PERMALINK)}${PERMALINK}`;
  const cases: [string, string][] = [
    ["/", LATEST],
    ["/events/january-2022", LATEST],
    ["/ru/metrics/deaths", LATEST],
    [PERMALINK, LATEST],
    [`/embed${PERMALINK}`, LATEST],
    ["/data/deaths.csv", LATEST],
    ["/data/releases.json", LATEST],
    [pinned, IMMUTABLE],
    ["/releases/2026-11-24/charts/funnel/zhanaozen-2011/state", IMMUTABLE],
    [`/embed${pinned}`, IMMUTABLE],
    [`/data/releases/${latestRelease()}/deaths.csv`, IMMUTABLE],
  ];
  for (const [route, cache] of cases) {
    test(`${route}: ${cache}`, async ({ request }) => {
      const res = await request.get(route, { maxRedirects: 0 });
      expect(res.status()).toBe(200);
      expect(res.headers()["cache-control"]).toBe(cache);
    });
  }

  test("drawings and Next's own files are immutable; what is under a release that does not exist is not", async ({ page, request }) => {
    await page.goto("/events/january-2022");
    const drawing = await page.locator("figure.chart-figure img.chart-img").first().getAttribute("src");
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    expect(drawing).toMatch(/^\/chart-img\//);
    expect(css).toMatch(/^\/_next\/static\//);
    for (const url of [drawing!, css!]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["cache-control"], url).toBe(IMMUTABLE);
    }
    for (const url of [`/releases/2099-01-01/charts/claims/january-2022/deaths/killed`, "/data/releases/2099-01-01/deaths.csv"]) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBeGreaterThanOrEqual(300);
      expect(res.headers()["cache-control"], url).not.toContain("immutable");
    }
  });
});

test("the embed shows the same chart with a link back to its permalink", async ({ page }) => {
  await page.goto(PERMALINK);
  const full = await drawnFigures(page);
  await page.goto(`/embed${PERMALINK}`);
  const embedded = await drawnFigures(page);
  expect(embedded).toEqual(full);
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.locator(".embed-credit a")).toHaveAttribute("href", new RegExp(`/releases/${pinnedReleaseOf(PERMALINK)}${PERMALINK}$`));
});

test("a permalink has Open Graph and Twitter tags, and its preview is the chart's slide: a 16:9 PNG at least 1920 px wide, palette-compressed, at the size the tags give", async ({ page, request }) => {
  await page.goto(PERMALINK);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /people killed/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const res = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect(String(png.readUInt32BE(16))).toBe(await page.locator('meta[property="og:image:width"]').getAttribute("content"));
  expect(String(png.readUInt32BE(20))).toBe(await page.locator('meta[property="og:image:height"]').getAttribute("content"));
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);
  expect(png.readUInt32BE(16) * 9).toBe(png.readUInt32BE(20) * 16);
  expect(png[25]).toBe(3); // IHDR colour type 3: indexed colour (a palette), not full-colour RGBA
  // The same file the page offers for download: one PNG per chart.
  expect(await page.locator('a[download$=".png"]').getAttribute("href")).toBe(new URL(image!).pathname);
});
