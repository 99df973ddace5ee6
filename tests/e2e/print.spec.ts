import { expect, type Page, test } from "@playwright/test";
import { latestRelease } from "../../lib/data/release-ids";
import { accessDate } from "../../lib/publish/citation";
import { lang } from "../../lib/site/i18n";
import { LOCALES, localePath } from "../../lib/site/locales";

const EVENTS = ["/events/zhanaozen-2011", "/events/january-2022"] as const;
const inEveryLanguage = (path: string) => LOCALES.map((locale) => ({ locale, url: localePath(locale, path) }));

/** Pages of a PDF: its page objects (`/Type /Pages` is the tree that holds them). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** The text a print style writes after an element (a link's printed address), or "none". */
const printedAfter = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((a) => getComputedStyle(a, "::after").content);

test.describe("a printed event page is a handout", () => {
  for (const { locale, url } of EVENTS.flatMap(inEveryLanguage)) {
    test(`${url}: at most 4 A4 pages, the footer names the site, the release and the licence`, async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200);
      const pages = pdfPages(await page.pdf({ format: "A4" }));
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(4);

      await page.emulateMedia({ media: "print" });
      const { t } = lang(locale);
      for (const hidden of ["nav.site-nav", "nav.language-switch", "nav.toc", "#cases", "details.table-toggle"]) {
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      }
      await expect(page.locator("table.headline-table")).toBeVisible();
      await expect(page.locator("#accountability figure.chart-figure").first()).toBeVisible();
      await expect(page.locator("section.key-sources")).toBeVisible();
      expect(await page.locator("section.key-sources li").count()).toBeGreaterThan(0);

      const footer = page.locator("footer.site-footer");
      await expect(footer).toBeVisible();
      await expect(footer).toContainText(t("term.site"));
      await expect(footer).toContainText(latestRelease());
      await expect(footer).toContainText(t("chrome.licence"));
      await expect(footer).toContainText("CC BY 4.0");
      // The date of printing: the reader's today with JavaScript (in the page's language), a blank to write on without.
      const printed = test.info().project.use.javaScriptEnabled === false ? "____________" : accessDate(new Date().toISOString().slice(0, 10), "plain", locale);
      await expect(footer).toContainText(t("chrome.printedOn", { date: printed }));

      // The page's own address, and every printed address of the site's, on its public origin when the
      // build knew it (SITE_URL); otherwise site-relative, and the footer says so.
      const origin = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue("--site-origin").trim());
      const base = origin ? (JSON.parse(origin) as string) : "";
      await expect(footer.locator(".printed-from .address")).toHaveText(base + url);
      const permalink = page.locator("#accountability figure.chart-figure a.permalink").first();
      expect(await printedAfter(page, "#accountability figure.chart-figure a.permalink")).toBe(`" (${base}${await permalink.getAttribute("href")})"`);
      if (base) expect(base).toMatch(/^https?:\/\//);
      else await expect(footer).toContainText(t("chrome.printRelative"));

      // No printed address carries a text fragment; the key sources are written out without one.
      const addresses = await page.locator("a[data-print-href]").evaluateAll((as) => as.map((a) => getComputedStyle(a, "::after").content));
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((a) => a.includes("#"))).toEqual([]);
      expect((await page.locator("section.key-sources .address").allTextContents()).filter((a) => a.includes("#"))).toEqual([]);
    });
  }
});

test.describe("on a 375 px phone no table is wider than the screen", () => {
  test.use({ viewport: { width: 375, height: 812 } });
  for (const { url } of [...EVENTS, "/data"].flatMap(inEveryLanguage)) {
    test(`${url}: every table fits its box, and stacked cards label each cell with its column`, async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200);
      // Closed data tables too: a reader opens them.
      await page.locator("details").evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const overflow = await page.evaluate(() => {
        const wide = (e: Element) => e.scrollWidth > e.clientWidth;
        const doc = document.documentElement;
        return [
          ...(wide(doc) ? [`document ${doc.scrollWidth} > ${doc.clientWidth}`] : []),
          ...[...document.querySelectorAll("table")]
            .map((t) => t.parentElement!)
            .filter(wide)
            .map((box) => `${box.querySelector("table")!.className || "table"}: ${box.scrollWidth} > ${box.clientWidth}`),
        ];
      });
      expect(overflow).toEqual([]);
      // Each labelled cell carries the name of its column, as the (hidden) header says it.
      const labels = await page.locator("table:is(.cases-table, .files-table, .columns-table)").evaluateAll((tables) =>
        tables.flatMap((t) => {
          const heads = [...t.querySelectorAll("thead th")].map((th) => th.textContent);
          return [...t.querySelectorAll("tbody tr")].flatMap((tr) =>
            [...tr.children].flatMap((cell, i) => (cell.tagName === "TD" ? [[cell.getAttribute("data-label"), heads[i]]] : [])),
          );
        }),
      );
      if (url.endsWith("/data")) expect(labels.length).toBeGreaterThan(0);
      for (const [label, head] of labels) expect(label).toBe(head);
    });
  }
});

test.describe("on a desk the chart uses the width", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const url of EVENTS) {
    test(`${url}: the accountability chart is drawn wider than 800 px, and its narration keeps a readable line`, async ({ page }) => {
      await page.goto(url);
      const figure = page.locator("#accountability figure.chart-figure").first();
      const [img, narration] = await Promise.all(["img.chart-img", "p.takeaway"].map((s) => figure.locator(s).evaluate((e) => e.getBoundingClientRect().width)));
      expect(img).toBeGreaterThan(800);
      expect(img).toBeLessThanOrEqual(1280);
      expect(narration).toBeLessThan(img!);
    });
  }
});
