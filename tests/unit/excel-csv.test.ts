import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, it } from "vitest";
import { excelName, withBom } from "../../lib/publish/downloads";

it("the Excel twin of a CSV is the same bytes behind a UTF-8 byte order mark, and its Cyrillic survives", () => {
  const original = readFileSync("data/deaths.csv");
  const excel = Buffer.from(withBom(original));
  expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(excel.subarray(3).equals(original)).toBe(true);
  // What a spreadsheet sees once it honours the mark: the same cells, Cyrillic intact.
  const text = new TextDecoder("utf-8").decode(excel);
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.find((r) => r.figure_id === "zh11-killed-gov-kommersant-2011-12")?.passage).toBe("По официальным данным, в столкновениях с полицией убиты 13 человек");
  expect(excelName("deaths.csv")).toBe("deaths.excel.csv");
});
