import { expect, test } from "@playwright/test";
import { lang } from "../../lib/site/i18n";
import { dataset, pinnedReleaseOf } from "./helpers";

/** Each kind of page that exists in every language, sampled across Russian and Kazakh (each kind in both, one event and one metric each). */
const PAGES = {
  ru: ["/", "/events/january-2022", "/metrics/deaths", "/sources", "/methodology", "/data", "/charts", "/explore", "/charts/claims/january-2022/deaths/killed", `/releases/${pinnedReleaseOf("/charts/funnel/zhanaozen-2011/protesters", "ru")}/charts/funnel/zhanaozen-2011/protesters`],
  kk: ["/", "/events/zhanaozen-2011", "/metrics/officer-prosecutions", "/sources", "/methodology", "/data", "/charts", "/explore", "/charts/accountability/january-2022", `/releases/${pinnedReleaseOf("/charts/timeline/january-2022/deaths/killed", "kk")}/charts/timeline/january-2022/deaths/killed`],
} as const;
/** The address a page names in hreflang: its own, but for an unpinned chart the pinned one it gives as canonical. */
const canonicalPath = (path: string, locale: "ru" | "kk") => (path.startsWith("/charts/") ? `/releases/${pinnedReleaseOf(path, locale)}${path}` : path);
const LOCALES = ["ru", "kk"] as const;
const address = (locale: string, path: string) => (path === "/" ? `/${locale}` : `/${locale}${path}`);

// Lower-case words of the English interface and of generated English sentences; a proper name such
// as "Human Rights Watch" or "The Diplomat" holds none of them.
const ENGLISH = /\b(the|and|of|figure|figures|official|independent|total|totals|statement|statements|chart|charts|people|killed|convicted|sources|latest|published|undated)\b/;

for (const locale of LOCALES) {
  for (const path of PAGES[locale]) {
    test(`${address(locale, path)}: <html lang>, hreflang, the switch, and no English interface words`, async ({ page }) => {
      const res = await page.goto(address(locale, path));
      expect(res?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // Absolute on the public origin when the build has one (SITE_URL), else site-relative: compared by path.
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) => ls.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!, "http://relative.invalid").pathname]));
      const canonical = canonicalPath(path, locale);
      expect(Object.fromEntries(alternates)).toEqual({ en: canonical, ru: address("ru", canonical), kk: address("kk", canonical), "x-default": canonical });
      const other = locale === "ru" ? "kk" : "ru";
      await expect(page.locator(`nav.language-switch a[hreflang="${other}"]`)).toHaveAttribute("href", address(other, path));
      await expect(page.locator('nav.language-switch a[hreflang="en"]')).toHaveAttribute("href", path);
      // What the page says in its own words, text node by text node: quotes keep their source's language,
      // names of sources and files are names, figure ids (jan22-killed-…) and printed addresses (.address) are
      // identifiers, “…” and «…» are quotations.
      const texts = await page.evaluate(() => {
        const skip = "script, style, noscript, template, q, [lang='en'], .attribution a, .reports a, a.footnote, code, pre, a[download], .release-files, .release-changes, .source-list h3, nav.language-switch, .address";
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        while (walker.nextNode()) {
          const node = walker.currentNode;
          if (!node.parentElement?.closest(skip) && node.textContent?.trim()) out.push(node.textContent);
        }
        return out;
      });
      const words = (text: string) =>
        text
          .replace(/(?:https?:\/\/[^\s/]+)?\/[\w./%-]*/g, "") // addresses of this site (a chart's permanent address is shown as text)
          .replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, "") // figure ids
          .replace(/[\w.-]+\.(csv|json|md|xml|txt|xlsx)\b/g, "") // file names
          .replace(/“[^”]*”|«[^»]*»/g, ""); // quotations
      const english = texts.filter((text) => ENGLISH.test(words(text)));
      expect(english).toEqual([]);
    });
  }
}

test("the Russian January 2022 page formats numbers, dates and plurals by Russian rules", async ({ page }) => {
  await page.goto("/ru/events/january-2022");
  const main = page.locator("main");
  await expect(main).toContainText("около 9\u00a0900"); // the Interior Ministry's detentions, not "9,900"
  await expect(main).toContainText("28 декабря 2022 г.");
  const ru = lang("ru");
  for (const measure of ["killed", "injured"]) {
    const metric = measure === "killed" ? "deaths" : "injuries";
    const n = dataset.statements.filter((s) => s.event === "january-2022" && s.metric === metric && s.measure === measure && s.place === "all").length;
    await expect(main).toContainText(ru.t("term.statement", { count: n }));
  }
});

test("the Kazakh January 2022 page formats dates by Kazakh rules and draws its charts in Kazakh", async ({ page, request }) => {
  await page.goto("/kk/events/january-2022");
  await expect(page.locator("main")).toContainText("2022 ж. 28 желтоқсан");
  const src = await page.locator("figure.chart-figure img.chart-img").first().getAttribute("src");
  const svg = await (await request.get(src!)).text();
  expect(svg).toContain("РЕСМИ");
  expect(svg).not.toMatch(/OFFICIAL|INDEPENDENT|Official figure/);
});

test("the overview in each language works without a redirect, and English addresses stay as they were", async ({ request }) => {
  for (const [path, lang_] of [["/", "en"], ["/ru", "ru"], ["/kk", "kk"]] as const) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(await res.text()).toContain(`<html lang="${lang_}"`);
  }
});

test("an unknown address answers in all three languages", async ({ page }) => {
  const res = await page.goto("/ru/nowhere");
  expect(res?.status()).toBe(404);
  await expect(page.locator("main")).toContainText("Страница не найдена");
  await expect(page.locator("main")).toContainText("Бет табылмады");
});

test("the sitemap lists each language's address as its own <url>, each naming every language", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  for (const loc of ["/events/january-2022", "/ru/events/january-2022", "/kk/events/january-2022"]) {
    const entry = urls.find((u) => u.includes(`<loc>https://kz-accountability.example${loc}</loc>`));
    expect(entry, loc).toBeDefined();
    for (const [l, p] of [["en", ""], ["ru", "/ru"], ["kk", "/kk"], ["x-default", ""]]) {
      expect(entry, `${loc} → ${l}`).toContain(`hreflang="${l}" href="https://kz-accountability.example${p}/events/january-2022"`);
    }
  }
  // Chart pages are in every language too: three <url>s, each naming all three.
  const chart = urls.filter((u) => u.includes("/charts/claims/january-2022/deaths/killed</loc>"));
  expect(chart.length).toBe(3);
  for (const entry of chart) expect(entry).toContain('hreflang="kk" href="https://kz-accountability.example/kk/charts/claims/january-2022/deaths/killed"');
});

test("a pinned chart of a release cut before the site spoke Russian and Kazakh is not found in Russian, and is there in English", async ({ request }) => {
  // Its release was frozen in English only: no Russian page was ever published at this address.
  expect((await request.get("/ru/releases/2026-11-24/charts/claims/zhanaozen-2011/deaths/killed", { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get("/releases/2026-11-24/charts/claims/zhanaozen-2011/deaths/killed")).status()).toBe(200);
});

test("the Kazakh embed of a chart is in Kazakh, may be framed, and credits the Kazakh pinned page", async ({ page }) => {
  const res = await page.goto("/kk/embed/charts/claims/january-2022/deaths/killed");
  expect(res?.status()).toBe(200);
  expect(res?.headers()["content-security-policy"]).toContain("frame-ancestors *");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.locator(".embed-credit a")).toHaveAttribute("href", new RegExp(`/kk/releases/${pinnedReleaseOf("/charts/claims/january-2022/deaths/killed", "kk")}/charts/claims/january-2022/deaths/killed$`));
  await expect(page.locator(".embed-credit")).toContainText("деректер шығарылымы");
});

test("a Russian chart page offers its rows, metadata, image and embed in Russian, at Russian addresses", async ({ page, request }) => {
  const pinned = pinnedReleaseOf("/charts/claims/january-2022/deaths/killed", "ru");
  await page.goto(`/ru/releases/${pinned}/charts/claims/january-2022/deaths/killed`);
  const csv = await page.getByRole("link", { name: /^CSV \(\d+ строк/ }).getAttribute("href");
  expect(csv).toBe(`/ru/releases/${pinned}/charts/claims/january-2022/deaths/killed.csv`);
  const meta = await (await request.get(csv!.replace(/\.csv$/, ".metadata.json"))).json();
  expect([meta.language, meta.title]).toEqual(["ru", await page.locator("h1").textContent()]);
  await expect(page.locator("pre.embed-snippet")).toContainText(`/ru/embed/releases/${pinned}/charts/claims/january-2022/deaths/killed`);
  const slide = page.locator('a[download$=".png"]');
  await expect(slide).toHaveText("PNG-слайд (16:9)");
  const res = await request.get((await slide.getAttribute("href"))!);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  // IHDR: width and height, a 16:9 slide at least 1920 px wide.
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);
  expect(png.readUInt32BE(16) * 9).toBe(png.readUInt32BE(20) * 16);
});

test("quotes keep their source's language on a page in another: Russian and Ukrainian passages on the Kazakh Zhanaozen page", async ({ page }) => {
  await page.goto("/kk/events/zhanaozen-2011");
  await expect(page.locator('q[lang="ru"]', { hasText: "15 человек погибли и 75 пострадали" }).first()).toBeAttached(); // in the data table, folded away
  await expect(page.locator('q[lang="uk"]', { hasText: "засудив сьогодні п’ятьох працівників поліції" }).first()).toBeAttached();
  await expect(page.locator('q[lang="en"]').first()).toBeAttached();
});
