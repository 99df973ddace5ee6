import { expect, test } from "@playwright/test";
import { selectStatements } from "../../lib/ledger/headline";
import { getDataset } from "../../lib/data/dataset";
import { openDrawing } from "./helpers";

const { statements } = getDataset();
const killedCount = (event: "zhanaozen-2011" | "january-2022") =>
  selectStatements(statements, { event, metric: "deaths", measure: "killed" }).length;

test.describe("overview", () => {
  test("draws each event's deaths chart as SVG, one bar per statement", async ({ page }) => {
    for (const event of ["zhanaozen-2011", "january-2022"] as const) {
      await page.goto("/");
      await openDrawing(page, `#claims--${event}--deaths--killed--all--all`);
      const chart = page.locator("svg");
      await expect(chart).toHaveCount(1);
      const expected = killedCount(event);
      expect(expected).toBeGreaterThan(10);
      await expect(chart.locator("g.claim-bar")).toHaveCount(expected);
      await expect(chart.locator("g.claim-bar--official")).not.toHaveCount(0);
      await expect(chart.locator("g.claim-bar--independent")).not.toHaveCount(0);
    }
  });

  test("shows open-ended claims with their wording, not bare numbers", async ({ page }) => {
    await page.goto("/");
    const zh = page.locator("#claims--zhanaozen-2011--deaths--killed--all--all");
    await expect(zh.locator("table tr[data-figure-id=\"zh11-killed-residents-kommersant-2011-12\"] td.figure")).toContainText("30 to 70");
    await openDrawing(page, "#claims--zhanaozen-2011--deaths--killed--all--all");
    await expect(page.locator('g[data-figure-id="zh11-killed-ai-2013-05"] .claim-bar__open-end')).toHaveCount(1);
    await expect(page.locator('g[data-figure-id="zh11-killed-ai-2013-05"] .claim-bar__value')).toHaveText("at least 15");
    await expect(page.locator('g[data-figure-id="zh11-killed-residents-kommersant-2011-12"] .claim-bar__range')).toHaveCount(1);
  });

  test("headline tables give the official and the independent figure side by side", async ({ page }) => {
    await page.goto("/");
    const jan = page.locator("#january-2022-headlines");
    await expect(jan.locator('tr[data-row="deaths"] td').nth(0)).toContainText("238");
    await expect(jan.locator('tr[data-row="deaths"] td').nth(0)).toContainText("Prosecutor General, 2023");
    await expect(jan.locator('tr[data-row="deaths"] td').nth(1)).toContainText("221");
    await expect(jan.locator('tr[data-row="detentions"] td').nth(0)).toContainText("about 9,900");
    await expect(jan.locator('tr[data-row="protester-convictions"] td').nth(0)).toContainText("1,205");
    await expect(jan.locator('tr[data-row="injuries"] td').nth(1)).toContainText("No independent figure published for people injured");
    const zh = page.locator("#zhanaozen-2011-headlines");
    await expect(zh.locator('tr[data-row="deaths"] td').nth(0)).toContainText("17");
    await expect(zh.locator('tr[data-row="deaths"] td').nth(1)).toContainText("at least 64");
    await expect(zh.locator('tr[data-row="officer-prosecutions"] td').nth(0)).toContainText("No official figure published for officers convicted");
  });

  test("states the ratios from the headline figures, like with like", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("january-2022-key-figures")).toContainText(
      "Official figures: 160 people sentenced to prison over the unrest (General Prosecutor’s Office, 28 Dec 2022) for 9 officers sentenced to prison (General Prosecutor’s Office, 31 Mar 2023): about 18 to 1.",
    );
    const table = page.locator("#january-2022-headlines");
    await expect(table.locator('tr[data-row="protester-convictions--imprisoned"] td').nth(0)).toContainText("160");
    await expect(table.locator('tr[data-row="officer-prosecutions--imprisoned"] td').nth(0)).toContainText("9");
    await openDrawing(page, "#accountability--january-2022");
    // Each ratio draws its two figures: the official one and the independent one.
    await expect(page.locator("g.claim-bar")).toHaveCount(4);
  });

  test("every source link in the data tables is a text-fragment link to the original", async ({ page }) => {
    await page.goto("/");
    const hrefs = await page.locator("table.claims-table a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\/[^#]+#:~:text=\S+$/);
  });
});
