import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { explorerData } from "../../lib/pages/explorer";
import { findView } from "../../lib/pages/explorer-state";
import { lang } from "../../lib/site/i18n";
import { dataset } from "./helpers";

// The explorer (/explore): JavaScript is set per test here (playwright.config.ts runs this file in the
// "js" project only), since the page is one thing with it and another without.
const DATA = explorerData(dataset, lang("en"));
const JAN_KILLED = { event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "all" } as const;
const JAN_KILLED_MARKS = findView(DATA, JAN_KILLED)!.marks;
/** The General Prosecutor's Office's 238 killed in January 2022, as Kazinform reported it on 28 December 2022. */
const TOLL = "jan22-killed-gpo-kazinform-2022-12-28";

const mark = (page: Page, id: string) => page.locator(`g[data-figure-id="${id}"]`);
const drawn = (page: Page) => page.locator(".explore-plot g[data-figure-id]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-figure-id")));
const selected = (page: Page) =>
  page.locator(".explore-controls select").evaluateAll((ss) => Object.fromEntries(ss.map((s) => [(s as HTMLSelectElement).name, (s as HTMLSelectElement).value])));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
/** Opens an address of the explorer and waits until it has read its data (a static file beside the page) and drawn its marks. */
async function visit(page: Page, url: string) {
  expect((await page.goto(url))?.status(), url).toBe(200);
  await expect(page.locator(".explore-plot g[data-figure-id]").first()).toBeVisible({ timeout: 30_000 });
}

test.describe("on a phone (375 px), with JavaScript", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("tapping a mark opens its statement: wording, claimant, date, kind and every report with its source and archived copy", async ({ page }, info) => {
    await visit(page, "/explore?event=january-2022&metric=deaths&measure=killed");
    await expect(page.locator(".explore-plot g[data-figure-id]")).toHaveCount(JAN_KILLED_MARKS.length);
    await mark(page, TOLL).tap();
    const card = page.locator(".explore-card");
    await expect(card.locator(".explore-card-title")).toHaveText("238 people killed");
    await expect(card.locator(".explore-claimant")).toHaveText("General Prosecutor’s Office");
    await expect(card).toContainText("28 Dec 2022");
    await expect(card).toContainText("Total");
    await expect(card.locator(".explore-reports li")).toHaveCount(2);
    await expect(card.locator(".explore-reports li").first()).toContainText("238 people died during the riots. Of them, 219 are civilians");
    await expect(card.locator('a[data-kind="source"]').first()).toHaveAttribute("href", /^https:\/\/www\.inform\.kz\/.*#:~:text=238%20people%20died/);
    const archive = card.locator('a[data-kind="archive"]').first();
    await expect(archive).toHaveAttribute("href", "/evidence/kazinform-2022-12-28-1bln-tenge-aid-238-died-1222-convicted.txt");
    expect((await page.request.get((await archive.getAttribute("href"))!)).status()).toBe(200);
    expect(query(page).mark).toBe(TOLL);

    // The card is readable on the phone: on screen, inside its width, no sideways scroll, no text under 11 px.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y + box.height).toBeLessThanOrEqual(812 + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const smallest = await page.locator(".explorer").evaluate((root) =>
      Math.min(...[...root.querySelectorAll("*")].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).map((el) => parseFloat(getComputedStyle(el).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: info.outputPath("explore-375.png"), fullPage: false });

    // A mark that is not a total says so, and why.
    await mark(page, "jan22-killed-arrukhhak-2022-07-29").tap();
    await expect(card).toContainText("List of identified people: identified by name");
    await expect(card).toContainText("Not compared with totals");
  });
});

test.describe("with JavaScript, on a desk", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("keyboard focus reaches every mark, by Tab and by the arrow keys, and the card follows it", async ({ page }) => {
    await visit(page, "/explore");
    await expect(page.locator(".explore-plot g[data-figure-id]")).toHaveCount(JAN_KILLED_MARKS.length);
    await page.locator('select[name="claimant"]').focus();
    const reached: string[] = [];
    for (let i = 0; i < JAN_KILLED_MARKS.length; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute("data-figure-id") ?? ""));
    }
    expect(reached).toEqual(JAN_KILLED_MARKS);
    const last = DATA.marks[JAN_KILLED_MARKS.at(-1)!]!;
    await expect(page.locator(".explore-card-title")).toHaveText(`${last.wording} ${last.measure}`);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-figure-id"))).toBe(JAN_KILLED_MARKS[1]);
    await expect(page.locator(".explore-card")).toHaveAttribute("aria-live", "polite");
    await expect(page.locator(".explore-card .explore-claimant")).toHaveText(DATA.marks[JAN_KILLED_MARKS[1]!]!.claimedBy);
    await page.keyboard.press("Escape");
    await expect(page.locator(".explore-card-title")).toHaveCount(0);
  });

  test("a control changes the URL; a reload restores the selection; back returns to the one before", async ({ page }) => {
    await visit(page, "/explore");
    await expect(page.locator("a[data-citable]")).toHaveAttribute("href", "/charts/claims/january-2022/deaths/killed");

    await page.selectOption('select[name="event"]', "both");
    await expect.poll(() => query(page)).toEqual({ event: "both", metric: "deaths", measure: "killed" });
    await page.selectOption('select[name="claimant"]', "official");
    await expect.poll(() => query(page)).toEqual({ event: "both", metric: "deaths", measure: "killed", claimant: "official" });
    const both = findView(DATA, { ...JAN_KILLED, event: "both", claimant: "official" })!;
    await expect.poll(() => drawn(page)).toEqual(both.marks);
    // Each event's citable chart page of the same selection.
    expect(await page.locator("a[data-citable]").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/charts/claims/zhanaozen-2011/deaths/killed/all/official",
      "/charts/claims/january-2022/deaths/killed/all/official",
    ]);
    for (const href of both.charts.map((c) => c.href)) expect((await page.request.get(href)).status(), href).toBe(200);

    await page.reload();
    await expect(page.locator(".explore-plot g[data-figure-id]").first()).toBeVisible({ timeout: 30_000 });
    expect(await selected(page)).toEqual({ event: "both", metric: "deaths", measure: "killed", place: "all", claimant: "official" });
    await expect.poll(() => drawn(page)).toEqual(both.marks);

    await page.goBack();
    await expect.poll(() => query(page)).toEqual({ event: "both", metric: "deaths", measure: "killed" });
    await expect.poll(() => selected(page)).toEqual({ event: "both", metric: "deaths", measure: "killed", place: "all", claimant: "all" });
    await page.goBack();
    await expect.poll(() => selected(page)).toEqual(JAN_KILLED);
    await expect.poll(() => drawn(page)).toEqual(JAN_KILLED_MARKS);
  });

  test("a changed metric offers its own measures, and a shared link with an open card opens it", async ({ page }) => {
    await visit(page, "/explore");
    await page.selectOption('select[name="metric"]', "detentions");
    await expect.poll(() => query(page)).toEqual({ event: "january-2022", metric: "detentions", measure: "detained" });
    const view = findView(DATA, { ...JAN_KILLED, metric: "detentions", measure: "detained" })!;
    await expect.poll(() => drawn(page)).toEqual(view.marks);
    const id = view.marks[0]!;
    await visit(page, `/explore?event=january-2022&metric=detentions&measure=detained&mark=${id}`);
    await expect(page.locator(".explore-card-title")).toHaveText(`${DATA.marks[id]!.wording} ${DATA.marks[id]!.measure}`);
    await expect(mark(page, id)).toHaveAttribute("aria-pressed", "true");
  });

  test("the card sits beside the chart, nothing scrolls sideways, and axe finds nothing", async ({ page }) => {
    await visit(page, `/explore?event=january-2022&metric=deaths&measure=killed&mark=${TOLL}`);
    await expect(page.locator(".explore-card-title")).toHaveText("238 people killed");
    const chart = (await page.locator(".explore-chart").boundingBox())!;
    const card = (await page.locator(".explore-card").boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(chart.x + chart.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });

  test("in Russian the controls, the chart and the card are in Russian", async ({ page }) => {
    await visit(page, `/ru/explore?mark=${TOLL}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.locator(".explore-controls legend")).toHaveText("Выбор цифр");
    expect(await page.locator(".explore-controls label > span").allTextContents()).toEqual(["Событие", "Показатель", "Что считается", "Место", "Стороны"]);
    expect(await page.locator('select[name="event"] option').allTextContents()).toEqual(["Жанаозен 2011", "Январь 2022", "Оба события"]);
    expect(await page.locator('select[name="claimant"] option').allTextContents()).toEqual(["Официальные и независимые", "Только официальные", "Только независимые"]);
    await expect(page.locator('select[name="measure"] option:checked')).toHaveText("Погибшие");
    await expect(page.locator(".explore-card .explore-claimant")).toHaveText("Генеральная прокуратура Республики Казахстан");
    await expect(page.locator(".explore-card")).toContainText("28 декабря 2022 г.");
    await expect(page.locator("a[data-citable]")).toHaveAttribute("href", "/ru/charts/claims/january-2022/deaths/killed");
    await expect(mark(page, TOLL)).toHaveAttribute("aria-label", /^Январь 2022\./);
  });

  test("no page but the explorer loads Recharts", async ({ page, request }) => {
    const chunks = async (route: string) => {
      const html = await (await request.get(route)).text();
      const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
      return Promise.all(srcs.map(async (src) => ({ src, recharts: (await (await request.get(src)).text()).includes("recharts-surface") })));
    };
    expect((await chunks("/explore")).some((c) => c.recharts)).toBe(true);
    for (const route of ["/", "/events/january-2022", "/charts", "/charts/claims/january-2022/deaths/killed", "/methodology", "/ru/metrics/deaths"]) {
      expect((await chunks(route)).filter((c) => c.recharts), route).toEqual([]);
    }
    // The explorer is in the site's navigation, in every language, and not prefetched (which would load its code).
    await page.goto("/methodology");
    await expect(page.locator('nav.site-nav a[href="/explore"]')).toHaveText("Explore");
    await page.goto("/kk/methodology");
    await expect(page.locator('nav.site-nav a[href="/kk/explore"]')).toHaveText("Зерттеу");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/explore says what it is and links to the gallery", async ({ page, request }) => {
    for (const [path, gallery] of [["/explore", "/charts"], ["/ru/explore", "/ru/charts"], ["/kk/explore", "/kk/charts"]] as const) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator(".explore-noscript")).toBeVisible();
      const link = page.locator(`main a[href="${gallery}"]`);
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${gallery}$`));
      await expect(page.locator("h1")).toHaveText(lang(path.startsWith("/ru") ? "ru" : path.startsWith("/kk") ? "kk" : "en").t("gallery.title"));
      // In the server's HTML, not made by a script.
      expect(await (await request.get(path)).text()).toContain(`href="${gallery}"`);
    }
  });
});
