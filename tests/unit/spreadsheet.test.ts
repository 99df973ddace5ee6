import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import readExcelFile from "read-excel-file/node";
import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../lib/data/dataset";
import { RESOURCES } from "../../lib/publish/data-package";
import { chartWorkbook, workbook, xlsxBytes } from "../../lib/publish/spreadsheet";
import { documentCsv, frozenDocuments } from "../../lib/publish/frozen-charts";
import { latestRelease } from "../../lib/data/release-ids";
import { lang } from "../../lib/site/i18n";

/** The workbook as a reader opens it: written to .xlsx bytes and read back with another library. */
async function opened(name: string, locale: "en" | "ru" | "kk") {
  const resource = RESOURCES.find((r) => r.name === name)!;
  const bytes = await writeExcelFile(workbook(resource, lang(locale), "2026-11-29", "/ru/data")).toBuffer();
  return { resource, sheets: await readExcelFile(bytes) };
}

const csvRows = (file: string) => Papa.parse<string[]>(readFileSync(path.join(DATA_DIR, file), "utf8").trim(), { skipEmptyLines: true }).data;

describe("data files as spreadsheets", () => {
  it.each([
    ["deaths", "ru", "Данные", "Кто заявил (claimed_by)"],
    ["cases", "kk", "Деректер", "Үкім күні (verdict_date)"],
    ["sources", "en", "Data", "Publisher (publisher)"],
  ] as const)("%s in %s: the CSV's values, every row, under headers in the language", async (name, locale, sheetName, header) => {
    const { resource, sheets } = await opened(name, locale);
    const data = sheets.find((s) => s.sheet === sheetName)!.data;
    const [head, ...csv] = csvRows(resource.path);
    expect(data[0]).toContain(header);
    expect(data[0]!.map((h) => /\(([a-z_]+)\)$/.exec(String(h))?.[1])).toEqual(head);
    expect(data.length - 1).toBe(csv.length);
    const integer = new Set(resource.fields.filter((f) => f.type === "integer").map((f) => f.name));
    csv.forEach((row, r) =>
      row.forEach((cell, c) => {
        const expected = cell === "" ? null : integer.has(head![c]!) ? Number(cell) : cell;
        expect(data[r + 1]![c] ?? null, `${name} row ${r + 2} ${head![c]}`).toBe(expected);
      }),
    );
  });

  it("explains itself in the reader's language: release, licence and every column's meaning", async () => {
    const { resource, sheets } = await opened("deaths", "ru");
    const notes = sheets.find((s) => s.sheet === "Пояснения")!.data.map((row) => row.filter((c) => c !== null).join(" | "));
    expect(notes).toContain("Выпуск данных | 2026-11-29");
    expect(notes).toContain("Лицензия | CC BY 4.0");
    expect(notes.filter((n) => /\([a-z_]+\) \| /.test(n))).toHaveLength(resource.fields.length);
    expect(notes.join("\n")).toContain("Нижняя граница (value_low) | ");
    expect(notes.join("\n")).not.toMatch(/Lower bound of the figure/);
  });
});

describe("a chart's rows as a spreadsheet", () => {
  it.each([
    ["ru", "Данные", "Число словами (wording)"],
    ["kk", "Деректер", "Сан сөзбен (wording)"],
    ["en", "Data", "Figure in words (wording)"],
  ] as const)("%s: the chart's CSV, cell for cell (bounds as numbers), and notes naming the chart and its release", async (locale, sheetName, header) => {
    const doc = frozenDocuments(latestRelease(), locale).find((d) => d.chart === "claims--january-2022--deaths--killed--all--all")!;
    const sheets = await readExcelFile(Buffer.from(await xlsxBytes(chartWorkbook(doc, lang(locale), `https://example.org${doc.permalink}`, "killed.csv"))));
    const data = sheets.find((s) => s.sheet === sheetName)!.data;
    const [head, ...csv] = Papa.parse<string[]>(documentCsv(doc).trim(), { skipEmptyLines: true }).data;
    expect(data[0]).toContain(header);
    expect(data[0]!.map((h) => /\(([a-z_]+)\)$/.exec(String(h))?.[1])).toEqual(head);
    expect(data.length - 1).toBe(doc.rows.length);
    csv.forEach((row, r) =>
      row.forEach((cell, c) => {
        const expected = cell === "" ? null : head![c] === "value_low" || head![c] === "value_high" ? Number(cell) : cell;
        expect(data[r + 1]![c] ?? null, `row ${r + 2} ${head![c]}`).toBe(expected);
      }),
    );
    const notes = sheets.find((s) => s !== sheets.find((x) => x.sheet === sheetName))!.data.flat().map(String);
    expect(notes).toContain(doc.title);
    expect(notes).toContain(doc.release);
    expect(notes).toContain(`https://example.org${doc.permalink}`);
  });
});
