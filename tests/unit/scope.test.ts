import { describe, expect, it } from "vitest";
import { caseTally } from "../../lib/ledger/case-tally";
import { whyTheyDiffer } from "../../lib/ledger/differences";
import { formatStatementDate } from "../../lib/charts/data";
import { notComparedSentence } from "../../lib/charts/narration";
import { getDataset } from "../../lib/data/dataset";
import type { Statement } from "../../lib/data/statements";
import { eventKeyFigures, headlineRows } from "../../lib/pages/overview";
import { retiredCharts } from "../../lib/publish/frozen-charts";

const dataset = getDataset();

/** A statement with only what these rules read; the rest is a total, dated, first-hand. */
const st = (over: Partial<Statement>): Statement =>
  ({ figure_id: "x", claimant: "official", claimed_by: "A body", value_low: 1, value_high: 1, qualifier: "exact", scope: "total", scope_label: "", as_of: "2022-12-28", dateBasis: "first_hand", passageOnly: false, legacy: false, note: "", ...over }) as Statement;

describe("named cases: each proceeding once, and the project's own tally", () => {
  it.each([
    ["Karasai", /karasai/, 3],
    ["Abish", /abish/, 2],
    ["Turgumbayev", /turgumbayev/, 2],
    ["Temirov", /temirov/, 2],
    ["the Aktau trial of 37 (Tuletaeva)", /trial-37/, 3],
  ])("%s is one case, every report listed under it", (_name, id, reports) => {
    const found = dataset.cases.filter((c) => id.test(c.case_id));
    expect(found).toHaveLength(1);
    expect(found[0]!.reports).toHaveLength(reports);
  });

  it.each([
    // 1 Zlunyaev + 3 Taldykorgan 2023 + 4 Taldykorgan 2024 + 6 Karasai + 3 Almaty + Abish + Turgumbayev; two verdicts dated only to 2024.
    ["january-2022", { convicted: 19, proceedings: 7, uncounted: 0, through: "2024" }],
    // Temirov and the five officers.
    ["zhanaozen-2011", { convicted: 6, proceedings: 2, uncounted: 0, through: "2012-05-28" }],
  ] as const)("officers convicted in the named cases of %s", (event, tally) => {
    expect(caseTally(dataset.cases, event, "officer")).toEqual(tally);
  });

  it("is shown beside the two sides, labelled as ours, in the officers' row and the key figures", () => {
    const row = headlineRows(dataset, "january-2022").find((r) => r.id === "officer-prosecutions")!;
    expect(row.tally).toContain("19 officers convicted in 7 proceedings, through 2024");
    expect(row.tally).toContain("neither an official nor an independent figure");
    expect([row.official.datum, row.independent.datum]).toEqual([null, null]);
    expect(eventKeyFigures(dataset, "january-2022").filter((f) => f.tally).map((f) => f.text)).toEqual([row.tally]);
  });
});

describe("why the two sides differ, generated from the statements", () => {
  const total = (over: Partial<Statement>) => ({ statement: st(over), isMain: true, measureName: "people killed" });
  it.each([
    [
      "a lower bound, months apart",
      [total({ value_low: 238, value_high: 238 }), total({ claimant: "independent", value_low: 201, value_high: null, qualifier: "more_than", as_of: "2022-05-05" })],
      [],
      "Both are totals; the independent figure is a lower bound (“more than 200”): the number may be higher. They were stated 7 months apart (28 Dec 2022 and 5 May 2022); neither is brought up to the other’s date.",
    ],
    [
      "a side with no total, and a list of names beside it",
      [total({ value_low: 238, value_high: 238 }), null],
      [st({ claimant: "independent", claimed_by: "Ar.Rukh.Khak", value_low: 221, value_high: 221, scope: "named_list", scope_label: "identified by name", as_of: "2022-07-29" })],
      "No independent total has been published, so there is nothing like-for-like to set against the official figure. Not compared: 221 (identified by name; Ar.Rukh.Khak, 29 Jul 2022) — a list of people identified by name, a lower bound of its own kind.",
    ],
    [
      "a stand-in measure",
      [{ statement: st({ value_low: 131, value_high: null, qualifier: "more_than" }), isMain: false, measureName: "people detained as participants" }, null],
      [],
      "The official figure shown counts a related measure (people detained as participants): that side has published no total of this one.",
    ],
    ["nothing at all", [null, null], [], "Neither side has published a figure for it."],
  ] as const)("%s", (_name, picks, others, words) => {
    expect(whyTheyDiffer(picks as never, others as unknown as Statement[], formatStatementDate)).toBe(words);
  });
});

describe("narration names what it does not compare", () => {
  it.each([
    [[st({ scope: "named_list", scope_label: "identified by name" }), st({ scope: "named_list", scope_label: "on a list" })], true, "Also drawn, not compared with the totals: 2 lists of people identified by name."],
    [[st({ as_of: "", dateBasis: "" }), st({ passageOnly: true }), st({ scope: "proceeding", scope_label: "one trial" })], false, "Not compared here: 1 figure from one proceeding, 1 undated statement and 1 figure whose archived source holds only the passage."],
    [[st({}), st({ scope: "subset", scope_label: "police only", legacy: true })], true, ""],
  ] as const)("%#", (statements, drawn, words) => {
    expect(notComparedSentence(statements as unknown as Statement[], drawn)).toBe(words);
  });
});

describe("a chart an earlier release had keeps its unpinned address", () => {
  it("lists the accountability charts, no longer drawable as ratios, with the release that last had them", () => {
    const retired = retiredCharts().map((r) => [r.permalink, r.release]);
    expect(retired).toContainEqual(["/releases/2026-11-25/charts/places/january-2022/officer-prosecutions/convicted", "2026-11-25"]);
    expect(retired).toContainEqual(["/releases/2026-11-25/charts/funnel/january-2022/state", "2026-11-25"]);
    expect(retired.map(([p]) => p!).filter((p) => p.includes("/accountability/"))).toEqual([]);
  });
});
