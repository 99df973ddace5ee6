import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { chartPath } from "../../lib/charts/state";
import { latestRelease, releaseIds } from "../../lib/data/release-ids";
import { citations } from "../../lib/publish/citation";
import { inLatest, releaseCharts } from "../../lib/publish/frozen-charts";
import { SITE_NAME } from "../../lib/site/origin";
import { drawnFigures, openDrawing, pinnedReleaseOf, ROUTES } from "./helpers";

/** Cited charts, pinned to release 2026-11-24, with their figures; `cited_as` is the address they were first cited by. */
type Fixture = { url: string; cited_as: string; figures: { id: string; wording: string }[] };
const FIXTURES: Fixture[] = JSON.parse(readFileSync("tests/fixtures/permalinks.json", "utf8"));

test.describe("pinned charts of release 2026-11-24 show exactly the cited figures, forever", () => {
  for (const f of FIXTURES) {
    test(f.url, async ({ page }) => {
      const res = await page.goto(f.url);
      expect(res?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(f.url);
      const [ids = []] = Object.values(await drawnFigures(page));
      // The fixture lists the figures that were cited; none may vanish, move or change.
      expect(ids.filter((id) => f.figures.some((x) => x.id === id))).toEqual(f.figures.map((x) => x.id));
      // The figures' wording, as drawn in the chart's own image.
      await openDrawing(page);
      for (const { id, wording } of f.figures) {
        await expect(page.locator(`g.claim-bar[data-figure-id="${id}"] text.claim-bar__value`)).toHaveText(wording);
      }
    });
  }

  test("the addresses they were cited by answer 308 with the chart's path form", async ({ request }) => {
    for (const f of FIXTURES) {
      const res = await request.get(f.cited_as, { maxRedirects: 0 });
      expect(res.status(), f.cited_as).toBe(308);
      expect(new URL(res.headers().location!, "http://x").pathname, f.cited_as).toBe(f.url.replace("/releases/2026-11-24", ""));
    }
  });
});

test("a pinned chart of an older release names the newer one, links the same chart there and says whether its figures changed", async ({ page }) => {
  const latest = latestRelease();
  // A chart whose figures changed since 2026-11-24 and one whose did not, where the releases have such charts.
  const specs = releaseCharts("2026-11-24");
  const picked = [specs.find((s) => inLatest("2026-11-24", s)!.figuresChanged), specs.find((s) => !inLatest("2026-11-24", s)!.figuresChanged)];
  expect(picked.some(Boolean)).toBe(true);
  for (const spec of picked.filter((s) => s !== undefined)) {
    const diff = inLatest("2026-11-24", spec)!;
    await page.goto(spec.permalink);
    const note = page.locator(".release-note");
    await expect(note).toContainText(`A newer release, ${latest}, exists`);
    await expect(note).toContainText(diff.figuresChanged ? "its figures for this chart have changed" : "the figures of this chart are the same");
    // The chart in the latest release: at the release that froze it as the latest has it.
    await expect(note.locator(`a[href="${chartPath(spec.state, `/releases/${pinnedReleaseOf(chartPath(spec.state))}/charts`)}"]`)).toHaveCount(1);
  }
});

test("“Link to this chart” from each chart of an event page opens the same chart, pinned where the latest release has it", async ({ page, browser }) => {
  await page.goto("/events/zhanaozen-2011");
  const onPage = await drawnFigures(page);
  const links = await page.locator("figure.chart-figure").evaluateAll((figs) =>
    figs.map((f) => [f.id, f.querySelector("a.permalink")?.getAttribute("href") ?? ""] as const),
  );
  expect(links.length).toBeGreaterThanOrEqual(7);
  const other = await browser.newPage();
  for (const [id, href] of links) {
    const [, release, chart] = /^\/releases\/([0-9-]+)(\/charts\/[a-z]+\/[a-z0-9/-]+)$/.exec(href) ?? [];
    expect(release, href).toBe(pinnedReleaseOf(chart!));
    const res = await other.goto(href);
    expect(res?.status(), href).toBe(200);
    expect(Object.values(await drawnFigures(other))[0], `${id} → ${href}`).toEqual(onPage[id]);
  }
  await other.close();
});

test.describe("bad or non-canonical permalinks", () => {
  for (const [url, location] of [
    ["/charts/claims?MEASURE=killed&metric=deaths&event=January-2022&claimant=all&utm_source=x", "/charts/claims/january-2022/deaths/killed"],
    ["/charts/claims/January-2022/Deaths/killed", "/charts/claims/january-2022/deaths/killed"],
    ["/charts/claims/january-2022/deaths/killed/all/all", "/charts/claims/january-2022/deaths/killed"],
    ["/charts/places/january-2022/deaths/killed/all", "/charts/places/january-2022/deaths/killed"],
    ["/embed/charts/funnel?side=state&event=zhanaozen-2011", "/embed/charts/funnel/zhanaozen-2011/state"],
    ["/releases/2026-11-24/charts/claims/january-2022/deaths/killed/all", "/releases/2026-11-24/charts/claims/january-2022/deaths/killed"],
    ["/releases/2026-11-24/charts/FUNNEL/zhanaozen-2011/state", "/releases/2026-11-24/charts/funnel/zhanaozen-2011/state"],
  ] as const) {
    test(`${url} → 308 ${location}`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(308);
      expect(new URL(res.headers().location!, "http://x").pathname).toBe(location);
    });
  }

  for (const [url, param] of [
    ["/charts/claims?event=january-2023&metric=deaths&measure=killed", "event"],
    ["/charts/claims?event=january-2022&metric=deaths&measure=detained", "measure"],
    ["/charts/claims?event=january-2022&metric=deaths", "measure"],
    ["/charts/pie?event=january-2022", "chart"],
    ["/charts/claims?event=%00%ff&metric=..%2F..%2Fetc", "event"],
    ["/charts/claims/January-2023/deaths/killed", "event"],
  ] as const) {
    test(`${url} → 400 naming ${param}`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(400);
      const body = await res.text();
      expect(body).toContain(`<code>${param}</code>`);
      expect(body).toContain('href="/charts"');
    });
  }

  for (const url of ["/charts/claims/january-2022/deaths/killed/astana", "/charts/claims/january-2023/deaths/killed"]) {
    test(`${url}: a valid-looking chart with no data is a 404, not another chart`, async ({ request }) => {
      expect((await request.get(url, { maxRedirects: 0 })).status()).toBe(404);
    });
  }

  test("a chart the latest release no longer has says so at its old address and links to it as last published", async ({ page }) => {
    // The officers' funnel of January 2022 drew single trials and subsets as if they were totals; release 2026-11-29 has no figures for it.
    await page.goto("/charts/funnel/january-2022/state");
    await expect(page.locator("h1")).toHaveText("This chart is not in the latest data release");
    await expect(page.locator("[data-retired-chart]")).toHaveAttribute("data-retired-chart", "2026-11-25");
    await page.locator('a[href="/releases/2026-11-25/charts/funnel/january-2022/state"]').click();
    await expect(page.locator("h1")).toContainText("Officers charged, convicted and sentenced to prison");
    await expect(page.locator("main")).toContainText(`A newer release, ${latestRelease()}, exists, and it no longer has this chart.`);
  });

  test("an unknown release is a 404 in the site's chrome that lists the releases", async ({ page }) => {
    const res = await page.goto("/releases/2026-11-23/charts/claims/zhanaozen-2011/deaths/killed");
    expect(res?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("There is no data release “2026-11-23”");
    await expect(page.locator("header a[href='/']")).toHaveCount(1);
    for (const id of releaseIds()) await expect(page.locator(`main a[href="/data#release-${id}"]`)).toHaveCount(1);
  });

  test("a chart its release lacks is a 404 that says so, never a 500", async ({ page, request }) => {
    for (const prefix of ["", "/embed"]) {
      const res = await page.goto(`${prefix}/releases/2026-11-24/charts/claims/january-2022/deaths/killed/astana`);
      expect(res?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Data release 2026-11-24 has no such chart");
      await expect(page.locator("main")).toContainText("No data release has this chart.");
    }
    for (const url of ["/releases/2026-11-24/charts/pie/x", "/releases/%/charts/claims/x", "/releases/2026-11-24/charts/claims/january-2022/deaths/killed/all/all/all"]) {
      expect((await request.get(url)).status(), url).toBeLessThan(500);
    }
  });
});

test.describe("citing a chart", () => {
  // The deaths did not change in the latest release: the chart is pinned, and cited, at the release that froze it.
  const release = pinnedReleaseOf("/charts/claims/january-2022/deaths/killed");
  const pinned = `/releases/${release}/charts/claims/january-2022/deaths/killed`;

  test("the cite box, link, canonical, og:url and embed snippet give the chart's pinned URL", async ({ page }) => {
    await page.goto("/charts/claims/january-2022/deaths/killed");
    for (const format of ["plain", "apa", "bibtex"]) {
      const text = await page.locator(`pre[data-format="${format}"]`).innerText();
      expect(text).toContain(pinned);
      expect(text).toContain(release);
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    }
    await expect(page.locator('pre[data-format="bibtex"]')).toContainText("@misc{kzaccountability:claims--january-2022--deaths--killed--all--all,");
    await expect(page.locator(".chart-actions a", { hasText: pinned })).toHaveAttribute("href", pinned);
    // The e2e build sets SITE_URL (scripts/test.sh): absolute on it.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https://[^/]+${pinned}$`));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`^https://[^/]+${pinned}$`));
    await expect(page.locator('pre[data-format="iframe"]')).toContainText(`/embed${pinned}"`);
  });

  test("no page holds a local address (the e2e build sets SITE_URL)", async ({ request }) => {
    for (const route of [...ROUTES, pinned, `/embed${pinned}`, "/data/releases.json", "/data/datapackage.json"]) {
      const body = await (await request.get(route)).text();
      expect(body, route).not.toMatch(/localhost|127\.0\.0\.1|0\.0\.0\.0/);
    }
  });

  test("the access date is the reader's today and copy buttons show with JavaScript; a placeholder and no button without", async ({ page, javaScriptEnabled }) => {
    await page.goto(pinned);
    const spec = releaseCharts(latestRelease()).find((s) => s.permalink === pinned)!;
    // The address as this build gives it (absolute on SITE_URL, which the e2e build sets).
    const url = await page.locator(".chart-actions a").first().innerText();
    expect(url).toMatch(new RegExp(`^(https://[^/]+)?${pinned}$`));
    const accessed = javaScriptEnabled
      ? await page.evaluate(() => {
          const d = new Date(); // the reader's calendar
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        })
      : null;
    const expected = citations({ title: spec.title, siteName: SITE_NAME, url, chartId: spec.id, release, accessed });
    for (const format of ["plain", "apa", "bibtex"] as const) {
      await expect(page.locator(`pre[data-format="${format}"]`)).toHaveText(expected[format]);
    }
    if (javaScriptEnabled) {
      const now = new Date();
      await expect(page.locator('pre[data-format="plain"]')).toContainText(`accessed ${now.getDate()} ${now.toLocaleString("en-GB", { month: "long" })} ${now.getFullYear()}`);
      await expect(page.locator(".cite-box button")).toHaveText(["Copy Plain text", "Copy APA", "Copy BibTeX"]);
      for (const b of await page.locator(".cite-box button").all()) await expect(b).toBeVisible();
    } else {
      await expect(page.locator('pre[data-format="plain"]')).toContainText("accessed [date you viewed it]");
      await expect(page.locator(".cite-box button")).toHaveCount(3);
      for (const b of await page.locator(".cite-box button").all()) await expect(b).toBeHidden();
    }
  });

  test("a chart page reached from the gallery's link gets its access date too (a client-side navigation with JavaScript)", async ({ page, javaScriptEnabled }) => {
    await page.goto("/charts");
    await page.locator('main a[href="/charts/claims/january-2022/deaths/killed"]').first().click();
    await page.waitForURL("**/charts/claims/january-2022/deaths/killed");
    const bibtex = page.locator('pre[data-format="bibtex"]');
    if (javaScriptEnabled) {
      await expect(bibtex).toContainText(`accessed ${await page.evaluate(() => new Date().getFullYear())}-`);
      await expect(page.locator(".cite-box button").first()).toBeVisible();
    } else {
      await expect(bibtex).toContainText("accessed [date you viewed it]");
    }
  });

  test("every chart page shows a copyable iframe snippet, without JavaScript too; the embed's links open in the top window", async ({ page }) => {
    await page.goto(pinned);
    const snippet = await page.locator('pre[data-format="iframe"]').innerText();
    expect(snippet).toMatch(new RegExp(`^<iframe src="(https://[^/"]+)?/embed${pinned}" title="[^"]+" loading="lazy" width="100%" height="\\d{3,4}" style="border:0"></iframe>$`));
    await page.goto(`/embed${pinned}`);
    await expect(page.locator("base")).toHaveAttribute("target", "_top");
    await expect(page.locator(".embed-credit a")).toHaveAttribute("target", "_top");
    await expect(page.locator("figure.chart-figure img.chart-img").first()).toBeVisible();
  });
});
