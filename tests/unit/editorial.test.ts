import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allChartStates, chartSpec } from "../../lib/charts/registry";
import { CONTEXT_PATH, validateContext } from "../../lib/data/context";
import { HEADLINE_MEASURES, isComparable, mainMeasure, selectStatements } from "../../lib/ledger/headline";
import { getDataset } from "../../lib/data/dataset";
import { getEvidence } from "../../lib/data/evidence";
import { EVENT_IDS, EVENTS } from "../../lib/data/events";
import { officialTolls } from "../../lib/pages/methodology";
import { headlineRows } from "../../lib/pages/overview";

// The rules of docs/EDITORIAL.md that a test can hold the site to.
const dataset = getDataset();
const specs = allChartStates(dataset).map((s) => chartSpec(dataset, s)!);

describe("every sentence holds up to an editor", () => {
  it("no “went from A to B” compares statements of different measures or places", () => {
    const moving = specs.filter((s) => /went from/.test(s.takeaway));
    expect(moving.length).toBeGreaterThan(0);
    for (const spec of moving) {
      const official = spec.data.filter((d) => d.claimant === "official");
      expect(new Set(official.map((d) => `${d.measure}|${d.place}`)).size, spec.permalink).toBe(1);
    }
  });

  it("no “no official figure” where the ledger holds an official statement of that measure", () => {
    for (const event of EVENT_IDS) {
      for (const row of headlineRows(dataset, event)) {
        if (row.official.datum && row.official.isMain) continue;
        // A metric row is about its main measure; a ratio row (id "metric--measure") about its own.
        const main = row.id.includes("--") ? row.id.split("--")[1]! : mainMeasure(row.metric);
        const official = selectStatements(dataset.statements, { event, metric: row.metric, measure: main }).filter((s) => s.claimant === "official" && isComparable(s));
        expect(official.map((s) => s.figure_id), `${event} ${row.id}`).toEqual([]);
      }
    }
    for (const spec of specs.filter((s) => /no official figure/i.test(s.takeaway))) {
      if (spec.state.chart !== "compare") {
        expect(spec.data.filter((d) => d.claimant === "official"), spec.permalink).toEqual([]);
        continue;
      }
      // A chart of both events says it event by event.
      const { metric } = spec.state;
      for (const event of EVENT_IDS) {
        const said = spec.takeaway.split(". ").find((t) => t.startsWith(EVENTS[event].name)) ?? "";
        if (!said.includes("no official figure")) continue;
        const official = HEADLINE_MEASURES[metric].flatMap((measure) => selectStatements(dataset.statements, { event, metric, measure })).filter((s) => s.claimant === "official" && isComparable(s));
        expect(official.map((s) => s.figure_id), `${spec.permalink} ${event}`).toEqual([]);
      }
    }
  });

  it("every hand-written context sentence is sourced by a passage found in its archived text", () => {
    const { sentences, issues } = validateContext(readFileSync(CONTEXT_PATH, "utf8"), new Set(dataset.sourcesById.keys()), getEvidence());
    expect(issues).toEqual([]);
    for (const event of EVENT_IDS) expect(sentences.filter((s) => s.event === event).length, event).toBeGreaterThanOrEqual(2);
  });

  it("a context sentence whose passage is not in its source fails validation", () => {
    const bad = "event,text,source_id,passage\njanuary-2022,Security forces were ordered to shoot without warning.,hrw-2022-12-20-no-justice,ordered to shoot without warning\n";
    const { issues } = validateContext(bad, new Set(dataset.sourcesById.keys()), getEvidence());
    expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual(["2:passage"]);
  });

  it("the methodology's list of official tolls is the ledger's official statements, oldest first", () => {
    for (const event of EVENT_IDS) {
      const ledger = selectStatements(dataset.statements, { event, metric: "deaths", measure: "killed" }).filter((s) => s.claimant === "official");
      const listed = officialTolls(dataset, event);
      expect(listed.map((t) => t.figureId).sort()).toEqual(ledger.map((s) => s.figure_id).sort());
      const dated = listed.map((t) => ledger.find((s) => s.figure_id === t.figureId)!.as_of).filter(Boolean);
      expect(dated).toEqual([...dated].sort());
    }
    expect(officialTolls(dataset, "january-2022").map((t) => t.wording)).toEqual(
      expect.arrayContaining(["164", "225", "227", "230", "232", "241", "238"]),
    );
  });
});
