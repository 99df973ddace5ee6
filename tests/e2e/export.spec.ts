import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "parse5";
import { latestRelease } from "../../lib/data/release-ids";
import { readManifest } from "../../lib/publish/releases";
import { documentCsv, frozenDocuments, releaseCharts } from "../../lib/publish/frozen-charts";
import { citations } from "../../lib/publish/citation";
import { SITE_NAME } from "../../lib/site/origin";
import { isScriptedPage, SCRIPTED_PAGES } from "../../lib/site/security-headers.mjs";
import { allChartStates } from "../../lib/charts/registry";
import { searchablePageCount } from "../../lib/pages/search";
import { dataset, drawnFigures, pinnedReleaseOf } from "./helpers";

// The static bundle (`npm run export` → out/) served as a static host would serve it, with the
// headers of out/_headers (`npm run serve:static`, see playwright.config.ts), with JavaScript off
// unless a test says otherwise: no Next, no proxy.
const FIXTURES = JSON.parse(readFileSync("tests/fixtures/permalinks.json", "utf8")) as { url: string; cited_as: string; figures: { id: string }[] }[];
const FIXTURE = FIXTURES[0]!;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));

/** One page of each kind, at its address in the bundle (trailing slash: each page is a folder's index.html). */
const PAGE_KINDS = {
  overview: "/",
  event: "/events/january-2022/",
  metric: "/metrics/deaths/",
  chart: "/charts/claims/january-2022/deaths/killed/",
  pinned: `${FIXTURE.url}/`,
  embed: `/embed${FIXTURE.url}/`,
  gallery: "/charts/",
  sources: "/sources/",
  data: "/data/",
  methodology: "/methodology/",
  "overview in Russian": "/ru/",
  "event in Kazakh": "/kk/events/zhanaozen-2011/",
} as const;

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

test("no page of the bundle has a script but ours, and Next's payloads and chunks are gone", async () => {
  test.setTimeout(180_000);
  const files = walk("out");
  const pages = files.filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(1000);
  const scripts: Record<string, string[]> = {};
  const foreign: string[] = [];
  for (const file of pages) {
    const found: string[] = [];
    const visit = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[]; content?: unknown }) => {
      const attr = (n: string) => node.attrs?.find((a) => a.name === n)?.value;
      if (node.nodeName === "script") found.push(attr("src") ?? "inline");
      if (node.nodeName === "link" && /preload/.test(attr("rel") ?? "") && (attr("as") === "script" || /modulepreload/.test(attr("rel")!))) found.push(`preload ${attr("href")}`);
      for (const c of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(c as typeof node);
    };
    visit(parse(readFileSync(file, "utf8")) as never);
    scripts[path.relative("out", file)] = found;
    // The explorer (SCRIPTED_PAGES) keeps the framework's scripts: it draws its charts in the browser.
    if (!isScriptedPage(`/${path.relative("out", path.dirname(file))}`)) foreign.push(...found.filter((s) => !s.startsWith("/site-js/")).map((s) => `${file}: ${s}`));
  }
  expect(foreign).toEqual([]);
  for (const page of SCRIPTED_PAGES) expect(scripts[`${page.slice(1)}/index.html`]!.filter((s) => s.startsWith("/_next/")).length, page).toBeGreaterThan(0);
  // Every page with the site's header has our two scripts (search; the reader's today in citations and the printed footer); an embed none.
  expect(scripts["charts/claims/january-2022/deaths/killed/index.html"]!.sort()).toEqual(["/site-js/cite.js", "/site-js/search.js"]);
  expect(scripts[`${FIXTURE.url.slice(1)}/index.html`]!.sort()).toEqual(["/site-js/cite.js", "/site-js/search.js"]);
  expect(scripts["index.html"]!.sort()).toEqual(["/site-js/cite.js", "/site-js/search.js"]);
  expect(scripts["events/january-2022/index.html"]!.sort()).toEqual(["/site-js/cite.js", "/site-js/search.js"]);
  expect(scripts[`embed${FIXTURE.url}/index.html`]).toEqual([]);

  const payloads = files.filter((f) => /^(index|__next\..*)\.txt$/.test(path.basename(f)));
  expect(payloads).toEqual([]);
  // Our scripts, Pagefind's (loaded by our search script), and the chunks the explorer's pages load: nothing else.
  const explorerChunks = new Set(SCRIPTED_PAGES.flatMap((p) => [...readFileSync(`out${p}/index.html`, "utf8").matchAll(/(?:\/_next\/)?(static\/chunks\/[^"'\\\s<>]+?\.js)(?![\w.])/g)].map((m) => `/_next/${m[1]}`)));
  expect(files.filter((f) => f.endsWith(".js")).map((f) => `/${path.relative("out", f)}`).filter((f) => !explorerChunks.has(f)).sort()).toEqual([
    "/pagefind/pagefind-worker.js",
    "/pagefind/pagefind.js",
    "/site-js/cite.js",
    "/site-js/search.js",
  ]);
  // The archived source texts stay, every one, byte for byte.
  const evidence = readdirSync("evidence").filter((f) => f.endsWith(".txt"));
  expect(evidence.length).toBeGreaterThan(50);
  for (const f of evidence) expect(readFileSync(path.join("out/evidence", f)), f).toEqual(readFileSync(path.join("evidence", f)));
});

test("every kind of page works without JavaScript, its language switch leading to pages of the bundle", async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const [kind, url] of Object.entries(PAGE_KINDS)) {
    expect((await page.goto(url))?.status(), kind).toBe(200);
    await expect(page.locator("h1").first(), kind).toBeVisible();
    expect((await page.locator("script").evaluateAll((ss) => ss.map((s) => s.getAttribute("src")))).sort(), kind).toEqual(
      kind === "embed" ? [] : ["/site-js/cite.js", "/site-js/search.js"],
    );
    if (kind === "embed") continue;
    const links = await page.locator("nav.language-switch a").evaluateAll((as) => as.map((a) => [a.getAttribute("hreflang"), a.getAttribute("href")]));
    expect(links.length, kind).toBe(2);
    for (const [locale, href] of links) {
      const res = await request.get(href!);
      expect(res.status(), `${kind} → ${href}`).toBe(200);
      expect(await res.text(), `${kind} → ${href}`).toContain(`<html lang="${locale}"`);
    }
  }
  // The switch names the same page in the other language where there is one, else that language's overview.
  await page.goto(PAGE_KINDS.event);
  expect(await page.locator("nav.language-switch a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["/ru/events/january-2022", "/kk/events/january-2022"]);
  await page.goto(PAGE_KINDS["event in Kazakh"]);
  expect(await page.locator("nav.language-switch a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["/events/zhanaozen-2011", "/ru/events/zhanaozen-2011"]);
  await page.goto(PAGE_KINDS.chart);
  expect(await page.locator("nav.language-switch a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
    "/ru/charts/claims/january-2022/deaths/killed",
    "/kk/charts/claims/january-2022/deaths/killed",
  ]);
  // A chart pinned to a release frozen in English only has no Russian or Kazakh page.
  await page.goto(PAGE_KINDS.pinned);
  expect(await page.locator("nav.language-switch a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["/ru", "/kk"]);
});

test.describe("the bundle's headers (out/_headers, as the static server sends them)", () => {
  const IMMUTABLE = "public, max-age=31536000, immutable";
  const LATEST = "public, max-age=300, must-revalidate";
  const latestPinned = `/releases/${pinnedReleaseOf("/charts/claims/january-2022/deaths/killed")}/charts/claims/january-2022/deaths/killed/`;
  const cases: [string, "site" | "embed", string][] = [
    ["/", "site", LATEST],
    ["/events/january-2022/", "site", LATEST],
    ["/ru/metrics/deaths/", "site", LATEST],
    ["/charts/claims/january-2022/deaths/killed/", "site", LATEST],
    ["/embed/charts/claims/january-2022/deaths/killed/", "embed", LATEST],
    [`${FIXTURE.url}/`, "site", IMMUTABLE],
    [latestPinned, "site", IMMUTABLE],
    [`/embed${FIXTURE.url}/`, "embed", IMMUTABLE],
    ["/data/deaths.csv", "site", LATEST],
    ["/data/releases.json", "site", LATEST],
    [`/data/releases/${latestRelease()}/deaths.csv`, "site", IMMUTABLE],
    ["/evidence/hrw-2022-12-20-no-justice.txt", "site", LATEST],
    ["/releases.xml", "site", LATEST],
  ];
  for (const [url, kind, cache] of cases) {
    test(url, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(200);
      const h = res.headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
      const csp = h["content-security-policy"]!;
      // No inline script is left in the bundle: scripts from the site only, and on the site's pages the search's WebAssembly.
      const scripts = kind === "embed" ? "script-src 'self';" : "script-src 'self' 'wasm-unsafe-eval';";
      expect(csp).toContain(`default-src 'self'; ${scripts} style-src 'self' 'unsafe-inline'; img-src 'self' data:;`);
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).toMatch(kind === "embed" ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
      expect(h["x-frame-options"]).toBe(kind === "embed" ? undefined : "DENY");
      expect(h["cache-control"]).toBe(cache);
    });
  }

  test("drawings and Next's stylesheet are immutable; an unknown address still has the common headers", async ({ page, request }) => {
    await page.goto("/events/january-2022/");
    const drawing = await page.locator("figure.chart-figure img.chart-img").first().getAttribute("src");
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    expect(drawing).toMatch(/^\/chart-img\//);
    expect(css).toMatch(/^\/_next\/static\/.+\.css$/);
    for (const url of [drawing!, css!]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["cache-control"], url).toBe(IMMUTABLE);
      expect(res.headers()["x-content-type-options"], url).toBe("nosniff");
    }
    const missing = await request.get("/nowhere/");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
    expect(missing.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});

test("out/_redirects sends every cited legacy query-string link to its chart's path form", () => {
  const rules = readFileSync("out/_redirects", "utf8")
    .split("\n")
    .filter((l) => l.startsWith("/"))
    .map((l) => {
      const [from, ...rest] = l.split(" ");
      const [to, status] = rest.splice(-2);
      return { from: from!, query: Object.fromEntries(rest.map((kv) => kv.split("="))), to: to!, status };
    });
  expect(rules.length).toBeGreaterThan(FIXTURES.length);
  // Netlify's reading: the first rule whose path is the link's and whose every parameter the link has with that value.
  const target = (link: string) => {
    const u = new URL(link, "http://host.invalid");
    return rules.find((r) => r.from === u.pathname && Object.entries(r.query).every(([k, v]) => u.searchParams.get(k) === v));
  };
  for (const f of FIXTURES) {
    const unpinned = f.url.replace(/^\/releases\/[^/]+/, "");
    expect(target(f.cited_as), f.cited_as).toMatchObject({ to: unpinned, status: "301!" });
    expect(target(`/embed${f.cited_as}`), f.cited_as).toMatchObject({ to: `/embed${unpinned}` });
  }
  // With a default named explicitly, and with more parameters than the default chart.
  expect(target("/charts/claims?event=january-2022&metric=deaths&measure=killed&place=all&claimant=all")?.to).toBe("/charts/claims/january-2022/deaths/killed");
  expect(target("/charts/claims?claimant=official&event=january-2022&metric=injuries&measure=injured")?.to).toBe("/charts/claims/january-2022/injuries/injured/all/official");
});

/** Today in the reader's calendar, as the browser sees it (YYYY-MM-DD). */
const today = (page: Page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
});

test.describe("with JavaScript, our script", () => {
  test.use({ javaScriptEnabled: true });

  test("fills in the access date and the reader's origin, and shows copy buttons that copy the citation", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const pinned = pinnedReleaseOf("/charts/claims/january-2022/deaths/killed");
    const spec = releaseCharts(latestRelease()).find((s) => s.permalink === `/releases/${pinned}/charts/claims/january-2022/deaths/killed`)!;
    expect(spec).toBeDefined();
    await page.goto(`${spec.permalink}/`);
    const origin = new URL(baseURL!).origin;
    const expected = citations({ title: spec.title, siteName: SITE_NAME, url: origin + spec.permalink, chartId: spec.id, release: pinned, accessed: await today(page) });
    for (const format of ["plain", "apa", "bibtex"] as const) {
      await expect(page.locator(`pre[data-format="${format}"]`)).toHaveText(expected[format]);
    }
    await expect(page.locator(".chart-actions a").first()).toHaveText(origin + spec.permalink);
    await expect(page.locator('pre[data-format="iframe"]')).toContainText(`<iframe src="${origin}/embed${spec.permalink}" title=`);
    await expect(page.locator(".site-url-note")).toHaveText(`The addresses on this page and in its citations begin with ${origin}, the site you are reading this copy on.`);
    const buttons = page.locator(".cite-box button");
    await expect(buttons).toHaveText(["Copy Plain text", "Copy APA", "Copy BibTeX"]);
    await buttons.nth(1).click();
    await expect(buttons.nth(1)).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.apa);
  });
});

test.describe("with JavaScript, the explorer", () => {
  test.use({ javaScriptEnabled: true });

  test("draws its marks, opens a card and keeps its state in the URL, under the bundle's own headers", async ({ page, request }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Next's router asks for the payloads of the pages it links to (prefetching, navigating), which the
    // bundle does not have: those answer 404 and a link loads its page whole. Anything else is an error.
    page.on("response", (r) => r.status() >= 400 && !/\/(index|__next\.[\w.-]+)\.txt\?_rsc=/.test(r.url()) && errors.push(`${r.status()} ${r.url()}`));
    // Its policy lets its inline scripts run; every other page's does not.
    expect((await request.get("/ru/explore/")).headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';");
    expect((await request.get("/ru/")).headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval';");
    await page.goto("/ru/explore/?event=january-2022&metric=deaths&measure=killed");
    const toll = page.locator('g[data-figure-id="jan22-killed-gpo-kazinform-2022-12-28"]');
    await expect(toll).toBeVisible({ timeout: 30_000 });
    await toll.click();
    await expect(page.locator(".explore-card .explore-claimant")).toHaveText("Генеральная прокуратура Республики Казахстан");
    await expect.poll(() => new URL(page.url()).searchParams.get("mark")).toBe("jan22-killed-gpo-kazinform-2022-12-28");
    await page.selectOption('select[name="event"]', "both");
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe("both");
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe("january-2022");
    await expect(page.locator('select[name="event"]')).toHaveValue("january-2022");
    // The site's links still lead to their pages, which have no framework script.
    await page.locator('nav.site-nav a[href^="/ru/sources"]').click();
    await expect(page).toHaveURL(/\/ru\/sources\/$/);
    await expect(page.locator("h1")).toBeVisible();
    expect(await page.locator('script[src^="/_next/"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

test.describe("the site search in the bundle (out/pagefind, built from out/ by scripts/search-index.ts)", () => {
  test("indexes each language's latest pages, and only those", async ({ request }) => {
    const entry = (await (await request.get("/pagefind/pagefind-entry.json")).json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "kk", "ru"]);
    for (const l of ["en", "ru", "kk"]) expect(entry.languages[l]!.page_count, l).toBe(searchablePageCount(dataset));
  });

  test("without JavaScript, the header's form lands on the search page, which lists every chart and source", async ({ page }) => {
    await page.goto("/events/january-2022/");
    await page.locator("form.site-search input[name=q]").fill("Karasai");
    await page.locator("form.site-search input[name=q]").press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Karasai$/);
    await expect(page.locator("h1")).toHaveText("Search");
    const charts = await page.locator('section[aria-labelledby="search-charts"] a').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(new Set(charts).size).toBe(allChartStates(dataset).length);
  });

  test.describe("with JavaScript", () => {
    test.use({ javaScriptEnabled: true });

    test("a Russian page finds the named case of Karasai on the Russian event page, under the bundle's policy", async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto("/ru/");
      await page.locator("form.site-search input[name=q]").fill("Карасай");
      const results = page.locator(".site-search-results li a");
      await expect(results.first()).toBeVisible({ timeout: 20_000 });
      const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs).toContain("/ru/events/january-2022/#case-jan22-karasai-koshmambet-six-police");
      expect(hrefs.every((h) => h.startsWith("/ru/"))).toBe(true);
      expect(errors).toEqual([]);
    });

    test("the search page lists the results for its query", async ({ page }) => {
      await page.goto("/search/?q=Karasai");
      await expect(page.locator("#search-page-results > p")).toHaveText(/^\d+ pages? found$/, { timeout: 20_000 });
      const hrefs = await page.locator("#search-page-results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs).toContain("/events/january-2022/#case-jan22-karasai-koshmambet-six-police");
    });
  });
});
