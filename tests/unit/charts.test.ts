import { describe, expect, it } from "vitest";
import { asOfSpan, datePrecision, formatAsOfWithPrecision } from "../../lib/charts/data";
import { dateAxis, valueTicks, wrapText } from "../../lib/charts/axes";
import { gapWording } from "../../lib/charts/narration";
import { allChartStates, chartSpec } from "../../lib/charts/registry";
import { DATA_FILES, type DataFiles, getDataset, validateDataset } from "../../lib/data/dataset";

describe("value ticks are d3-scale's round ticks, whole numbers only, covering the largest figure", () => {
  it.each([
    // January 2022, killed: the official 238
    [238, 6, [0, 50, 100, 150, 200, 250]],
    [241, 3, [0, 100, 200, 300]],
    // d3 takes the count as a hint, not a limit: a step of 5 is nearer 36 / 6 than 10 is
    [36, 6, [0, 5, 10, 15, 20, 25, 30, 35, 40]],
    // Zhanaozen, killed: independent "at least 64", narrow layout
    [64, 3, [0, 20, 40, 60, 80]],
    [5, 6, [0, 1, 2, 3, 4, 5]],
    // d3 would step by 0.2: counts are whole people
    [1, 6, [0, 1]],
    [0, 3, [0, 1]],
    // January 2022, detained: about 9,900
    [9900, 3, [0, 5000, 10000]],
    [9900, 6, [0, 2000, 4000, 6000, 8000, 10000]],
    [1000, 3, [0, 500, 1000]],
  ])("max %d, about %d ticks → %j", (max, count, ticks) => {
    expect(valueTicks(max, count)).toEqual(ticks);
  });
});

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe("date axes run over the chart's own dates, on round months or years", () => {
  it.each([
    ["Jan 2022 – 17 Mar 2023, wide", utc(2022, 1), utc(2023, 3, 18), 7, ["Jan 2022", "Apr", "Jul", "Oct", "Jan 2023", "Apr"]],
    ["Jan 2022 – 17 Mar 2023, narrow", utc(2022, 1), utc(2023, 3, 18), 3, ["Jan 2022", "Jul", "Jan 2023", "Jul"]],
    ["one month", utc(2022, 1, 5), utc(2022, 1, 12), 7, ["Jan 2022", "Feb"]],
    ["Dec 2011 – Dec 2021", utc(2011, 12), utc(2022, 1), 7, ["2010", "2012", "2014", "2016", "2018", "2020", "2022"]],
  ])("%s", (_, start, end, maxTicks, labels) => {
    const axis = dateAxis(start, end, maxTicks);
    expect(axis.ticks.map((t) => t.label)).toEqual(labels);
    expect(axis.domain[0]).toBeLessThanOrEqual(start);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(end);
  });
});

describe("dates keep the precision they were stated with", () => {
  it.each([
    ["2022-03-14", "day", [utc(2022, 3, 14), utc(2022, 3, 15)], "14 Mar 2022"],
    ["2022-01", "month", [utc(2022, 1), utc(2022, 2)], "Jan 2022 (month only)"],
    ["2022-12", "month", [utc(2022, 12), utc(2023, 1)], "Dec 2022 (month only)"],
    ["2013", "year", [utc(2013, 1), utc(2014, 1)], "2013 (year only)"],
    ["", "undated", null, "undated"],
  ])("%j is %s", (asOf, precision, span, printed) => {
    expect(datePrecision(asOf)).toBe(precision);
    expect(asOfSpan(asOf)).toEqual(span);
    expect(formatAsOfWithPrecision(asOf)).toBe(printed);
  });
});

describe("labels wrap instead of being cut", () => {
  it.each([
    "General Prosecutor’s Office (as reported by Amnesty International to RFE/RL), Jul 2013",
    "INDEPENDENT Amnesty International, Human Rights Watch, IPHR, OMCT, KIBHR and other NGOs (joint statement), 29 Jul 2022",
    "Supercalifragilisticexpialidocious-and-then-some-more-words-without-spaces",
  ])("%s", (text) => {
    const lines = wrapText(text, 200, 13);
    expect(lines.join(" ").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (13 * 0.6)));
    expect(lines.join("")).not.toContain("…");
  });
});

describe("the gap between the latest official and independent figures is never more precise than the wordings", () => {
  it.each([
    [{ low: 238, high: 238 }, { low: 410, high: 410 }, "172 more"],
    [{ low: 238, high: null }, { low: 221, high: 221 }, "at least 17 fewer"],
    [{ low: 16, high: 16 }, { low: 64, high: null }, "at least 48 more"],
    [{ low: 15, high: 15 }, { low: 30, high: 70 }, "between 15 and 55 more"],
    [{ low: 6, high: 6 }, { low: 6, high: 6 }, "the same figure"],
    [{ low: 219, high: 219 }, { low: 201, high: null }, null],
    [{ low: 5800, high: 5800 }, { low: 2000, high: null }, null],
  ])("official %j, independent %j → %s", (official, independent, words) => {
    expect(gapWording(official, independent)).toBe(words);
  });
});

describe("one statement, one mark", () => {
  const HEADER = "figure_id,statement_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,scope,scope_label,as_of,as_of_basis,date_passage,source_id,passage,note";
  const SOURCES = [
    "source_id,title,publisher,publisher_type,published,url",
    "interfax,230 died,Interfax,media,2022-03-14,https://example.org/interfax",
    "sputnik,230 died,Sputnik,media,2022-03-14,https://example.org/sputnik",
    "hrw,Report,Human Rights Watch,ngo,2022-03-14,https://example.org/hrw",
  ].join("\n");
  const row = (id: string, statement: string, claimant: string, value: number, source: string) =>
    `${id},${statement},january-2022,all,killed,${claimant},Prosecutor General,${value},${value},exact,total,,2022-03-14,first_hand,,${source},two hundred and thirty people died,`;
  const deaths = [
    HEADER,
    row("pg-interfax", "pg-interfax", "official", 230, "interfax"),
    row("pg-sputnik", "pg-interfax", "official", 230, "sputnik"),
    row("hrw", "hrw", "independent", 240, "hrw").replace("Prosecutor General", "Human Rights Watch"),
  ].join("\n");
  const files: DataFiles = Object.fromEntries(
    DATA_FILES.map((f) => [f, f === "sources.csv" ? SOURCES : f === "deaths.csv" ? deaths : f === "cases.csv" ? "report_id,case_id,event,person,role,place,charge,defendants,convicted,verdict_date,sentence,outcome,source_id,passage,note\n" : `${HEADER}\n`]),
  );

  it("a statement reported by two outlets is one bar listing both as sources", () => {
    const { dataset, issues } = validateDataset(files);
    expect(issues).toEqual([]);
    const spec = chartSpec(dataset, { chart: "claims", event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "all" })!;
    expect(spec.data.map((d) => [d.figureId, d.reports.map((r) => r.publisher)])).toEqual([
      ["pg-interfax", ["Interfax", "Sputnik"]],
      ["hrw", ["Human Rights Watch"]],
    ]);
    expect(spec.sources.map((s) => s.source_id).sort()).toEqual(["hrw", "interfax", "sputnik"]);
    expect(spec.takeaway).toBe(
      "People killed, January 2022 (“Qandy Qantar”): 2 statements, 1 official and 1 independent. The latest official figure is 230 (Prosecutor General, 14 Mar 2022); the latest independent one is 240 (Human Rights Watch, 14 Mar 2022), 10 more.",
    );
  });

  it("every chart of the real data draws each statement once, with all its reports", () => {
    const dataset = getDataset();
    for (const state of allChartStates(dataset)) {
      const spec = chartSpec(dataset, state)!;
      const ids = spec.data.map((d) => d.figureId);
      expect(new Set(ids).size, spec.id).toBe(ids.length);
      for (const d of spec.data) {
        const statement = dataset.statementOf.get(d.figureId)!;
        expect(statement.figure_id, spec.id).toBe(d.figureId);
        expect(d.reports.map((r) => r.figureId), spec.id).toEqual(statement.reports.map((r) => r.figureId));
      }
    }
  });
});

describe("narration says what the chart compares, the latest figures of each side and how the official count moved (real data)", () => {
  const dataset = getDataset();
  const narration = (state: Parameters<typeof chartSpec>[1]) => chartSpec(dataset, state)!.takeaway;

  it("January 2022 deaths: official count from 164 to 238; the lists of named dead are drawn but never “the latest independent figure”", () => {
    const text = narration({ chart: "timeline", event: "january-2022", metric: "deaths", measure: "killed" });
    expect(text).toMatch(/^How the counts of people killed moved: 9 official and 3 independent statements by the date each was made\./);
    expect(text).toContain("The official count went from 164 (9 Jan 2022) to 238 (28 Dec 2022).");
    expect(text).toContain("The latest official figure is 238 (General Prosecutor’s Office, 28 Dec 2022); the latest independent one is more than 200 (Human Rights Watch, 5 May 2022); the two do not exclude each other.");
    expect(text).toContain("Also drawn, not compared with the totals: 2 lists of people identified by name.");
    expect(text).not.toContain("fewer");
  });

  it("Zhanaozen deaths: the General Prosecutor's 15 of 25 Jan 2012 against at least 64; undated relays are never the latest", () => {
    const text = narration({ chart: "claims", event: "zhanaozen-2011", metric: "deaths", measure: "killed", place: "all", claimant: "all" });
    expect(text).toContain("The latest official figure is 15 (General Prosecutor’s Office, 25 Jan 2012)");
    expect(text).toContain("the latest independent one is at least 64 (Elena Kostyuchenko (Novaya Gazeta), 17 Jan 2018), at least 49 more.");
    // Three counts of December 2011 that no source dates to the day are named together, never ordered.
    expect(text).toContain("The official count went from 13, 15 or 16 (about Dec 2011, not dated more closely) to 15 (25 Jan 2012).");
    expect(text).toContain("Also drawn, not compared with the totals: 3 undated statements and 1 figure whose archived source holds only the passage.");
  });

  it("January 2022 detentions: the official count rose from about 5,800 to about 9,900 in two days", () => {
    const text = narration({ chart: "claims", event: "january-2022", metric: "detentions", measure: "detained", place: "all", claimant: "all" });
    expect(text).toContain("The official count went from about 5,800 (9 Jan 2022) to about 9,900 (11 Jan 2022).");
    expect(text).toContain("the latest independent one is thousands (Human Rights Watch, 9 Feb 2022); the two do not exclude each other.");
  });

  it("a side with no figure is said to have none", () => {
    expect(narration({ chart: "claims", event: "january-2022", metric: "deaths", measure: "killed-in-documented-incidents", place: "all", claimant: "all" })).toContain(
      "no official figure is drawn.",
    );
  });
});
