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

  test("headline tables give each side's latest total, and say what the other figures count", async ({ page }) => {
    await page.goto("/");
    const jan = page.locator("#january-2022-headlines");
    const janDeaths = jan.locator('tr[data-row="deaths"] td');
    await expect(janDeaths.nth(0)).toContainText("238");
    await expect(janDeaths.nth(0)).toContainText("General Prosecutor’s Office, 28 Dec 2022");
    // Ar.Rukh.Khak's 221 is a list of people identified by name: beside the totals, never the independent toll.
    await expect(janDeaths.nth(1)).toContainText("more than 200");
    await expect(janDeaths.nth(1)).toContainText("Human Rights Watch, 5 May 2022");
    await expect(janDeaths.nth(2)).toContainText("221 (identified by name; Ar.Rukh.Khak foundation, 29 Jul 2022) — a list of people identified by name");
    await expect(janDeaths.nth(2)).not.toContainText("fewer");
    await expect(jan.locator('tr[data-row="detentions"] td').nth(0)).toContainText("about 9,900");
    await expect(jan.locator('tr[data-row="protester-convictions"] td').nth(0)).toContainText("1,205");
    await expect(jan.locator('tr[data-row="injuries"] td').nth(1)).toContainText("No independent total published for people injured");
    const zh = page.locator("#zhanaozen-2011-headlines");
    await expect(zh.locator('tr[data-row="deaths"] td').nth(0)).toContainText("15");
    await expect(zh.locator('tr[data-row="deaths"] td').nth(0)).toContainText("General Prosecutor’s Office, 25 Jan 2012");
    await expect(zh.locator('tr[data-row="deaths"] td').nth(1)).toContainText("at least 64");
    await expect(zh.locator('tr[data-row="officer-prosecutions"] td').nth(0)).toContainText("No official total published for officers convicted");
    // The Aktau trial of 37 is one proceeding: shown as such, not as the event's convictions.
    await expect(zh.locator('tr[data-row="protester-convictions"] td').nth(0)).toContainText("What official sources have instead, not a total: 34 people convicted — one proceeding: Aktau trial of 37");
  });

  test("states no ratio where no side has like totals, and draws what each side has, labelled", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("january-2022-key-figures")).toContainText(
      "No like-for-like ratio of people convicted or imprisoned to officers convicted or imprisoned: neither side has published totals of both",
    );
    const table = page.locator("#january-2022-headlines");
    await expect(table.locator('tr[data-row="protester-convictions--imprisoned"] td').nth(0)).toContainText("160");
    await expect(table.locator('tr[data-row="officer-prosecutions--imprisoned"] td').nth(0)).toContainText("9 officers imprisoned — subset: sentenced to prison for torture");
    await openDrawing(page, "#accountability--january-2022");
    // 160 and 1,205 people (official totals), 9 officers for torture (official) and KIBHR's 5 police officers: four marks.
    await expect(page.locator("g.claim-bar")).toHaveCount(4);
  });

  test("every source link in the data tables is a text-fragment link to the original", async ({ page }) => {
    await page.goto("/");
    const hrefs = await page.locator("table.claims-table a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\/[^#]+#:~:text=\S+$/);
  });
});
