import { describe, expect, it } from "vitest";
import { formatIssue } from "../../lib/data/csv-table";
import { type DataFiles, DATA_FILES, validateDataset } from "../../lib/data/dataset";

const HEADER = "figure_id,statement_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,as_of,source_id,passage,note";
const GOOD = "zh11-killed-x,zh11-killed-x,zhanaozen-2011,all,killed,official,General Prosecutor,15,15,exact,2012-01-25,src-a,fifteen people died there,";
const CASES_HEADER = "case_id,event,person,role,place,charge,verdict_date,sentence,outcome,source_id,passage,note";
const SOURCES = "source_id,title,publisher,publisher_type,published,url\nsrc-a,A report,Some NGO,ngo,2013-05,https://example.org/a\n";

/** A valid data directory whose deaths.csv is `deaths` (header and good row included unless overridden). */
function files(deaths: string, extra: Partial<Record<string, string>> = {}): DataFiles {
  const out: DataFiles = {};
  for (const f of DATA_FILES) out[f] = f === "sources.csv" ? SOURCES : f === "cases.csv" ? `${CASES_HEADER}\n` : `${HEADER}\n`;
  out["deaths.csv"] = deaths;
  return { ...out, ...extra };
}

const withRow = (row: string) => `${HEADER}\n${GOOD}\n${row}\n`;
/** GOOD with some cells changed (by column index) and a new figure_id. */
const variant = (changes: Record<number, string>, id = "zh11-other") => {
  const cells = GOOD.split(",");
  cells[0] = id;
  cells[1] = id;
  for (const [i, v] of Object.entries(changes)) cells[Number(i)] = v;
  return cells.join(",");
};
const replace = (field: number, value: string) => withRow(variant({ [field]: value }));

describe("a valid directory", () => {
  it("has no issues and keeps the row", () => {
    const { dataset, issues } = validateDataset(files(withRow("")));
    expect(issues).toEqual([]);
    expect(dataset.rows.map((c) => [c.figure_id, c.value_low, c.value_high])).toEqual([["zh11-killed-x", 15, 15]]);
  });
});

describe("each class of bad row is reported at its line and column", () => {
  it.each([
    ["missing column", `${HEADER.replace(",note", "")}\n${GOOD.replace(/,$/, "")}\n`, 1, "-", "missing column(s): note"],
    ["unknown event", replace(2, "almaty-1986"), 3, "event", "must be one of zhanaozen-2011, january-2022"],
    ["non-integer value", replace(7, "15.5"), 3, "value_low", "whole number"],
    ["thousands separator", replace(7, '"1,000"'), 3, "value_low", "whole number"],
    ["low > high", replace(7, "16"), 3, "value_low", "greater than value_high"],
    ["no bound at all", withRow(variant({ 7: "", 8: "" })), 3, "value_low", "at least one of"],
    ["qualifier inconsistent with bounds", replace(9, "at_least"), 3, "qualifier", "at_least needs"],
    ["unknown qualifier", replace(9, "roughly"), 3, "qualifier", "must be one of"],
    ["unknown source_id", replace(11, "src-missing"), 3, "source_id", 'unknown source_id "src-missing"'],
    ["duplicate figure_id", withRow(GOOD), 3, "figure_id", 'duplicate figure_id "zh11-killed-x" (first used at deaths.csv:2)'],
    ["formula injection with =", replace(6, "=HYPERLINK(1)"), 3, "claimed_by", "formula"],
    ["formula injection with @", replace(13, "@SUM(A1)"), 3, "note", "formula"],
    ["formula injection with -", replace(13, "-cmd"), 3, "note", "formula"],
    ["bad date", replace(10, "2012-13-01"), 3, "as_of", "YYYY-MM-DD"],
    ["unknown measure", replace(4, "arrested"), 3, "measure", 'not a deaths measure'],
    ["bad claimant", replace(5, "ngo"), 3, "claimant", "official or independent"],
    ["too short passage", replace(12, "died"), 3, "passage", "3 to 20 words"],
    ["ragged row", withRow("a,b,c"), 3, "-", "row has 3 cells, the header has 14"],
    ["empty file", "", 1, "-", "file is empty"],
  ])("%s", (_name, deaths, line, column, message) => {
    const { issues } = validateDataset(files(deaths));
    const hit = issues.find((i) => i.file === "deaths.csv" && i.line === line && i.column === column);
    expect(hit, `issues were:\n${issues.map(formatIssue).join("\n")}`).toBeDefined();
    expect(hit!.message).toContain(message);
  });

  it("reports every problem at once, with the right lines", () => {
    const bad = `${HEADER}\n${GOOD}\n${variant({ 2: "x" })}\n${variant({ 7: "abc" }, "zh11-third")}\n`;
    const { issues } = validateDataset(files(bad, { "injuries.csv": `${HEADER}\n${variant({ 4: "injured", 5: "ngo" }, "zh11-fourth")}\n` }));
    expect(issues.map(formatIssue)).toEqual([
      "deaths.csv:3:event: must be one of zhanaozen-2011, january-2022",
      "deaths.csv:4:value_low: must be a whole number (digits only, no separators) or empty",
      "injuries.csv:2:claimant: must be official or independent",
    ]);
  });

  it("counts lines correctly after a quoted cell that spans lines", () => {
    const multi = GOOD.replace(/,$/, ',"a note\nover two lines"');
    const { issues } = validateDataset(files(`${HEADER}\n${multi}\n${variant({ 2: "x" })}\n`));
    expect(issues.map(formatIssue)).toEqual(["deaths.csv:4:event: must be one of zhanaozen-2011, january-2022"]);
  });

  it("validates cases.csv with its own schema", () => {
    const good = "jan22-x,january-2022,An officer,officer,Taraz,torture,2023-02-10,3 years,convicted,src-a,three officers were convicted,";
    const bad = "jan22-y,january-2022,An officer,judge,Taraz,torture,2023-02-30,3 years,released,src-b,three officers were convicted,";
    const { dataset, issues } = validateDataset(files(withRow(""), { "cases.csv": `${CASES_HEADER}\n${good}\n${bad}\n` }));
    expect(dataset.cases.map((c) => c.case_id)).toEqual(["jan22-x"]);
    expect(issues.map(formatIssue)).toEqual([
      "cases.csv:3:role: must be one of officer, defendant, activist",
      "cases.csv:3:verdict_date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or empty if undated",
      "cases.csv:3:outcome: must be one of convicted, acquitted, pending, closed, appealed-reduced",
    ]);
  });

  it("reports a missing file", () => {
    const f = files(withRow(""));
    delete f["sources.csv"];
    expect(validateDataset(f).issues.map(formatIssue)).toContain("sources.csv:0:-: file is missing");
  });
});

describe("statements and their reports", () => {
  const relay = (id: string, changes: Record<number, string> = {}) => variant({ 1: "zh11-killed-x", 11: "src-b", ...changes }, id);
  const SOURCES_AB = `${SOURCES}src-b,B report,Some paper,media,2013-06,https://example.org/b\n`;
  const group = (deaths: string) => validateDataset(files(deaths, { "sources.csv": SOURCES_AB }));

  it("rows sharing a statement_id are one statement with several reports", () => {
    const { dataset, issues } = group(withRow(relay("zh11-killed-x-relay")));
    expect(issues).toEqual([]);
    expect(dataset.rows).toHaveLength(2);
    expect(dataset.statements.map((s) => [s.figure_id, s.reports.map((r) => r.sourceId)])).toEqual([["zh11-killed-x", ["src-a", "src-b"]]]);
    expect(dataset.statementOf.get("zh11-killed-x-relay")?.figure_id).toBe("zh11-killed-x");
  });

  it.each([
    ["a statement_id that names no row", relay("zh11-r", { 1: "zh11-nowhere" }), "statement_id", 'statement_id "zh11-nowhere" is not the figure_id of any row'],
    ["a report with another claimant", relay("zh11-r", { 5: "independent" }), "claimant", "must have the same claimant"],
    ["a report with another date", relay("zh11-r", { 10: "2012-02" }), "as_of", "must have the same as_of"],
    ["a report whose figure does not allow the statement's", relay("zh11-r", { 7: "20", 8: "20" }), "value_low", "does not allow the figure"],
    ["the same figure stored as two statements", variant({ 11: "src-b" }, "zh11-twin"), "statement_id", 'same claimant, date, measure and figure as "zh11-killed-x"'],
  ])("rejects %s", (_name, row, column, message) => {
    const { issues } = group(withRow(row));
    const hit = issues.find((i) => i.line === 3 && i.column === column);
    expect(hit, issues.map(formatIssue).join("\n")).toBeDefined();
    expect(hit!.message).toContain(message);
  });

  it("accepts two equal figures when a note says why they are distinct", () => {
    expect(group(withRow(variant({ 11: "src-b", 13: "distinct: another hearing" }, "zh11-twin"))).issues).toEqual([]);
  });
});

describe("passages are checked against the evidence archive", () => {
  const evidence = new Map([["src-a", "ID: src-a\nTITLE: A report\n\nIn January fifteen people died there, officials said."]]);
  it("passes when the passage is in the source's text", () => {
    expect(validateDataset(files(withRow("")), evidence).issues).toEqual([]);
  });
  it("names file, line, figure_id and the closest text when it is not", () => {
    const { issues } = validateDataset(files(withRow(variant({ 7: "16", 8: "16", 12: "sixteen people died there" }, "zh11-wrong"))), evidence);
    expect(issues.map(formatIssue)).toEqual([
      'deaths.csv:3:passage: zh11-wrong: passage not found in evidence/src-a.txt; closest text there: "fifteen people died there,"',
    ]);
  });
  it("does not match a passage against the file's header", () => {
    const { issues } = validateDataset(files(withRow(variant({ 7: "16", 8: "16", 12: "ID src a TITLE A report" }, "zh11-head"))), evidence);
    expect(issues.map((i) => i.column)).toContain("passage");
  });
  it("reports a source without an archived text", () => {
    expect(validateDataset(files(withRow("")), new Map()).issues.map(formatIssue)).toContain(
      "sources.csv:2:source_id: no archived text evidence/src-a.txt for this source",
    );
  });
});

describe("dates are real calendar dates", () => {
  it.each([
    ["2022", true], ["2022-01", true], ["2022-12-31", true], ["2024-02-29", true], ["2000-02-29", true],
    ["2023-02-29", false], ["1900-02-29", false], ["2022-13", false], ["2022-00-10", false], ["2022-04-31", false],
    ["22-01-01", false], ["2022-1-1", false], ["2022/01/01", false], ["", false],
  ])("%s → %s", async (s, ok) => {
    const { isPartialDate } = await import("../../lib/data/reports");
    expect(isPartialDate(s)).toBe(ok);
  });
});

describe("wordCount", () => {
  it.each([
    ["", 0], ["one", 1], ["  two  words ", 2], ["a\tb\nc", 3], ["15 человек погибли и 75 пострадали", 6], ["a\u00a0b", 2],
  ])("%j → %i", async (s, n) => {
    const { wordCount } = await import("../../lib/data/reports");
    expect(wordCount(s)).toBe(n);
  });
});
