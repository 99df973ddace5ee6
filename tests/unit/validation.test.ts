import { describe, expect, it } from "vitest";
import { formatIssue } from "../../lib/data/csv-table";
import { type DataFiles, DATA_FILES, validateDataset } from "../../lib/data/dataset";

const HEADER = "figure_id,statement_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,scope,scope_label,as_of,as_of_basis,date_passage,source_id,passage,note";
const GOOD = "zh11-killed-x,zh11-killed-x,zhanaozen-2011,all,killed,official,General Prosecutor,15,15,exact,total,,2012-01-25,approximate,,src-a,fifteen people died there,";
const CASES_HEADER = "report_id,case_id,event,person,role,place,charge,defendants,convicted,verdict_date,sentence,outcome,source_id,passage,note";
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
    ["unknown source_id", replace(15, "src-missing"), 3, "source_id", 'unknown source_id "src-missing"'],
    ["duplicate figure_id", withRow(GOOD), 3, "figure_id", 'duplicate figure_id "zh11-killed-x" (first used at deaths.csv:2)'],
    ["formula injection with =", replace(6, "=HYPERLINK(1)"), 3, "claimed_by", "formula"],
    ["formula injection with @", replace(17, "@SUM(A1)"), 3, "note", "formula"],
    ["formula injection with -", replace(17, "-cmd"), 3, "note", "formula"],
    ["bad date", replace(12, "2012-13-01"), 3, "as_of", "YYYY-MM-DD"],
    ["unknown measure", replace(4, "arrested"), 3, "measure", 'not a deaths measure'],
    ["bad claimant", replace(5, "ngo"), 3, "claimant", "official or independent"],
    ["too short passage", replace(16, "died"), 3, "passage", "3 to 20 words"],
    ["ragged row", withRow("a,b,c"), 3, "-", "row has 3 cells, the header has 18"],
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
    const good = "jan22-x,jan22-x,january-2022,An officer,officer,Taraz,torture,3,3,2023-02-10,3 years,convicted,src-a,three officers were convicted,";
    const bad = "jan22-y,jan22-y,january-2022,An officer,judge,Taraz,torture,,,2023-02-30,3 years,released,src-b,three officers were convicted,";
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
  const relay = (id: string, changes: Record<number, string> = {}) => variant({ 1: "zh11-killed-x", 15: "src-b", ...changes }, id);
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
    ["a report with another date", relay("zh11-r", { 12: "2012-02" }), "as_of", "must have the same as_of"],
    ["a report whose figure does not allow the statement's", relay("zh11-r", { 7: "20", 8: "20" }), "value_low", "does not allow the figure"],
    ["the same figure stored as two statements", variant({ 15: "src-b" }, "zh11-twin"), "statement_id", 'same claimant, date, measure and figure as "zh11-killed-x"'],
  ])("rejects %s", (_name, row, column, message) => {
    const { issues } = group(withRow(row));
    const hit = issues.find((i) => i.line === 3 && i.column === column);
    expect(hit, issues.map(formatIssue).join("\n")).toBeDefined();
    expect(hit!.message).toContain(message);
  });

  it("accepts two equal figures when a note says why they are distinct", () => {
    expect(group(withRow(variant({ 15: "src-b", 17: "distinct: another hearing" }, "zh11-twin"))).issues).toEqual([]);
  });
});

describe("what a figure counts and how its date is known", () => {
  const SOURCES_AB = `${SOURCES}src-b,B report,Some paper,media,2013-06,https://example.org/b\n`;
  const check = (deaths: string) => validateDataset(files(deaths, { "sources.csv": SOURCES_AB })).issues.map(formatIssue);
  const relay = (id: string, changes: Record<number, string> = {}) => variant({ 1: "zh11-killed-x", 15: "src-b", ...changes }, id);
  it.each([
    ["an unknown scope", replace(10, "estimate"), "deaths.csv:3:scope: must be one of total, proceeding, named_list, subset"],
    ["a non-total without its label", replace(10, "proceeding"), "deaths.csv:3:scope_label: a proceeding needs a scope_label saying what it counts"],
    ["a date basis on an undated statement", withRow(variant({ 12: "", 13: "stated", 14: "in January" })), "deaths.csv:3:as_of_basis: an undated statement has no date basis; leave it empty"],
    ["a stated date without its words", replace(13, "stated"), "deaths.csv:3:date_passage: a stated date needs the words that date it, copied from the source"],
    ["dating words on a first-hand date", withRow(variant({ 12: "2013-05", 13: "first_hand", 14: "in May" })), "deaths.csv:3:date_passage: date_passage is only for as_of_basis stated"],
    ["a relay's publication date called first-hand", withRow(variant({ 13: "first_hand" })), 'deaths.csv:3:as_of: as_of_basis first_hand means the statement is dated by its source, published "2013-05"; as_of 2012-01-25 is not that date'],
    ["a dated statement that no report dates", withRow(variant({ 13: "" })), 'deaths.csv:3:as_of_basis: statement "zh11-other" is dated 2012-01-25 but none of its reports says how that date is known'],
    ["a report of a total that counts one trial", withRow(relay("zh11-r", { 10: "proceeding", 11: "one trial" })), 'deaths.csv:3:scope: a report of statement "zh11-killed-x" must have the same scope ("total"), found "proceeding"'],
  ])("rejects %s", (_name, deaths, message) => {
    expect(check(deaths).some((m) => m.startsWith(message)), check(deaths).join("\n")).toBe(true);
  });

  it.each([
    ["a month-only first-hand date of a day-dated source", withRow(variant({ 12: "2013-05", 13: "first_hand" }))],
    ["a relay that does not date the statement itself", withRow(relay("zh11-r", { 13: "" }))],
    ["a list of names, labelled", withRow(variant({ 10: "named_list", 11: "identified by name" }))],
  ])("accepts %s", (_name, deaths) => {
    expect(check(deaths)).toEqual([]);
  });

  it("checks the words that date a statement against the archive, like the passage", () => {
    const evidence = new Map([
      ["src-a", "ID: src-a\n\nOn 25 January fifteen people died there, officials said."],
      ["src-b", "ID: src-b\n\nNothing here."],
    ]);
    const dated = (words: string) => validateDataset(files(`${HEADER}\n${variant({ 13: "stated", 14: words, 16: "fifteen people died there" })}\n`), evidence).issues.map(formatIssue);
    expect(dated("On 25 January")).toEqual([]);
    expect(dated("On 26 January")[0]).toMatch(/^deaths\.csv:2:date_passage: zh11-other: date_passage not found in evidence\/src-a\.txt/);
  });
});

describe("named cases: one per proceeding, every report under it", () => {
  const row = (report: string, caseId: string, changes: Partial<Record<"role" | "defendants" | "convicted" | "outcome", string>> = {}) =>
    [report, caseId, "january-2022", "Three officers", changes.role ?? "officer", "Taraz", "torture", changes.defendants ?? "3", changes.convicted ?? "3", "2023-02-10", "3 years", changes.outcome ?? "convicted", "src-a", "three officers were convicted", ""].join(",");
  const cases = (...rows: string[]) => validateDataset(files(withRow(""), { "cases.csv": `${CASES_HEADER}\n${rows.join("\n")}\n` }));
  it("groups the reports of one case, and counts it once", () => {
    const { dataset, issues } = cases(row("jan22-a", "jan22-trial"), row("jan22-b", "jan22-trial", { defendants: "" }), row("jan22-c", "jan22-other"));
    expect(issues).toEqual([]);
    expect(dataset.cases.map((c) => [c.case_id, c.reports.map((r) => r.report_id)])).toEqual([["jan22-trial", ["jan22-a", "jan22-b"]], ["jan22-other", ["jan22-c"]]]);
  });
  it.each([
    ["a report with another role", [row("jan22-a", "jan22-t"), row("jan22-b", "jan22-t", { role: "defendant" })], "cases.csv:3:role: a report of case \"jan22-t\" must have the same role"],
    ["a report with another count", [row("jan22-a", "jan22-t"), row("jan22-b", "jan22-t", { convicted: "2" })], "cases.csv:3:convicted: a report of case \"jan22-t\" gives convicted 2"],
    ["more convicted than tried", [row("jan22-a", "jan22-t", { convicted: "4" })], "cases.csv:2:convicted: convicted 4 is more than the 3 defendants"],
    ["convictions in a closed case", [row("jan22-a", "jan22-t", { outcome: "closed" })], "cases.csv:2:convicted: a case whose outcome is closed convicted no one"],
    ["a duplicate report_id", [row("jan22-a", "jan22-t"), row("jan22-a", "jan22-t")], 'cases.csv:3:report_id: duplicate report_id "jan22-a"'],
  ])("rejects %s", (_name, rows, message) => {
    const messages = cases(...rows).issues.map(formatIssue);
    expect(messages.some((m) => m.startsWith(message)), messages.join("\n")).toBe(true);
  });
});

describe("passages are checked against the evidence archive", () => {
  const evidence = new Map([["src-a", "ID: src-a\nTITLE: A report\n\nIn January fifteen people died there, officials said."]]);
  it("passes when the passage is in the source's text", () => {
    expect(validateDataset(files(withRow("")), evidence).issues).toEqual([]);
  });
  it("names file, line, figure_id and the closest text when it is not", () => {
    const { issues } = validateDataset(files(withRow(variant({ 7: "16", 8: "16", 16: "sixteen people died there" }, "zh11-wrong"))), evidence);
    expect(issues.map(formatIssue)).toEqual([
      'deaths.csv:3:passage: zh11-wrong: passage not found in evidence/src-a.txt; closest text there: "fifteen people died there,"',
    ]);
  });
  it("does not match a passage against the file's header", () => {
    const { issues } = validateDataset(files(withRow(variant({ 7: "16", 8: "16", 16: "ID src a TITLE A report" }, "zh11-head"))), evidence);
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
