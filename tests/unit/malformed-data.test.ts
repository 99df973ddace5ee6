import { describe, expect, it } from "vitest";
import { formatIssue } from "../../lib/data/csv-table";
import { type DataFiles, DATA_FILES, readDataFiles, validateDataset } from "../../lib/data/dataset";

const real = readDataFiles("data");
const HEADER = real["deaths.csv"]!.split("\n")[0]!;
// A plain valid row (no quoted cells), so cells can be swapped by position.
const firstRow = "zh11-test-row,zh11-test-row,zhanaozen-2011,all,killed,official,General Prosecutor,15,15,exact,total,,2012-01-25,approximate,,eurasianet-2012-01-26-top-brass-go-free-zhanaozen,15 people died there,";

/** The real data with deaths.csv replaced. */
const withDeaths = (text: string): DataFiles => ({ ...real, "deaths.csv": text });
const report = (files: DataFiles) => validateDataset(files).issues.map(formatIssue);

describe("malformed files give a clear message and never crash the loader", () => {
  it.each([
    ["invalid UTF-8", Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from("\n")]).toString("utf8"), "deaths.csv:2:-: file is not valid UTF-8"],
    ["empty file", "", "deaths.csv:1:-: file is empty"],
    ["only whitespace", "  \n\n", "deaths.csv:1:-: file is empty"],
    ["ragged row", `${HEADER}\n${firstRow},extra\n`, "deaths.csv:2:-: row has 19 cells, the header has 18"],
    ["unclosed quote", `${HEADER}\n${firstRow.replace(/,([^,]*)$/, ',"never closed')}\n`, "deaths.csv:2:-: CSV syntax"],
    ["duplicate header column", `${HEADER},note\n`, "deaths.csv:1:-: header repeats column(s): note"],
    ["header out of order", `${HEADER.split(",").reverse().join(",")}\n`, "deaths.csv:1:-: header columns are out of order"],
    ["huge field", `${HEADER}\n${firstRow.replace(/,[^,]*$/, `,${"x".repeat(1_000_000)}`)}\n`, null],
    ["cell starting with a tab", `${HEADER}\n${firstRow.replace(/,[^,]*$/, ",\tcmd")}\n`, "deaths.csv:2:note: cell starts with"],
    ["cell starting with +", `${HEADER}\n${firstRow.replace(/,[^,]*$/, ",+1+1")}\n`, "deaths.csv:2:note: cell starts with \"+\""],
  ])("%s", (_name, text, expected) => {
    const issues = report(withDeaths(text));
    if (expected === null) expect(issues).toEqual([]);
    else expect(issues.join("\n")).toContain(expected);
  });

  it("accepts a byte-order mark and CRLF line endings, with the same line numbers", () => {
    const crlf = `\uFEFF${real["deaths.csv"]!.replace(/\n/g, "\r\n")}`;
    expect(report(withDeaths(crlf))).toEqual([]);
    const broken = crlf.replace("zhanaozen-2011", "zhanaozen-2012");
    expect(report(withDeaths(broken))[0]).toMatch(/^deaths\.csv:2:event: /);
  });

  it("reports every missing file", () => {
    const issues = report({});
    expect(issues).toEqual(DATA_FILES.map((f) => `${f}:0:-: file is missing`));
  });

  it("a negative number is not mistaken for a formula but is still rejected as a bound", () => {
    const cells = firstRow.split(",");
    cells[7] = "-5";
    expect(report(withDeaths(`${HEADER}\n${cells.join(",")}\n`))).toEqual([
      "deaths.csv:2:value_low: must be a whole number (digits only, no separators) or empty",
    ]);
  });
});
