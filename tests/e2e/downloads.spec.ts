import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { DATA_FILES } from "../../lib/data/dataset";
import { drawnFigures } from "./helpers";

test.describe("downloads", () => {
  for (const file of DATA_FILES) {
    test(`/data/${file} is byte-for-byte the repository file`, async ({ request }) => {
      const res = await request.get(`/data/${file}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers()["content-disposition"]).toBe(`attachment; filename="${file}"`);
      expect(Buffer.compare(await res.body(), readFileSync(`data/${file}`))).toBe(0);
    });
  }

  test("the Russian data page offers each file as a spreadsheet with Russian headers", async ({ page, request }) => {
    await page.goto("/ru/data");
    const href = await page.locator('tr[data-file="deaths.csv"] a.xlsx-link').getAttribute("href");
    expect(href).toBe("/data/xlsx/ru/deaths.xlsx");
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const body = await res.body();
    expect(body.subarray(0, 2).toString()).toBe("PK"); // a zip, as every .xlsx is
    const readExcelFile = (await import("read-excel-file/node")).default;
    const [data] = await readExcelFile(body);
    expect(data!.sheet).toBe("Данные");
    expect(data!.data[0]).toContain("Кто заявил (claimed_by)");
  });

  for (const bad of ["/data/..%2Fpackage.json", "/data/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/data/deaths.csv.bak", "/data/package.json"]) {
    test(`${bad} is a 404`, async ({ request }) => {
      expect((await request.get(bad)).status()).toBe(404);
    });
  }

  test("a chart's CSV holds exactly the rows the chart draws, with source, passage and URL", async ({ page, request }) => {
    await page.goto("/charts/claims/zhanaozen-2011/deaths/killed");
    const [drawn] = Object.values(await drawnFigures(page));
    const href = await page.getByRole("link", { name: /^CSV \(\d+ rows\)$/ }).getAttribute("href");
    const res = await request.get(href!);
    expect(res.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8$/i); // a static file: the server names the charset in capitals
    const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.figure_id)).toEqual(drawn);
    const kommersant = parsed.data.find((r) => r.figure_id === "zh11-killed-residents-kommersant-2011-12")!;
    expect(kommersant.wording).toBe("30 to 70");
    expect(kommersant.passage).toBe("трупов — от 30 до 70");
    expect(kommersant.source_url).toMatch(/^https:\/\/qwas\.ru\//);
    expect(kommersant.passage_url).toContain("#:~:text=");
  });

  test("the data page lists every file with its row count", async ({ page }) => {
    await page.goto("/data");
    for (const file of DATA_FILES) {
      const rows = Papa.parse(readFileSync(`data/${file}`, "utf8"), { header: true, skipEmptyLines: true }).data.length;
      await expect(page.locator(`tr[data-file="${file}"] td.num`).first()).toHaveText(String(rows));
    }
  });
});
