import { describe, expect, it } from "vitest";
import { accountabilityRatios, ratioSentence } from "../../lib/ledger/accountability";
import { formatAsOf } from "../../lib/charts/data";
import type { ReportRow } from "../../lib/data/reports";
import { byRecency, headline } from "../../lib/ledger/headline";
import { getDataset } from "../../lib/data/dataset";
import type { EventId } from "../../lib/data/events";
import type { MetricId } from "../../lib/data/metrics";

const { statements } = getDataset();

describe("the headline rule orders statements", () => {
  const s = (figure_id: string, as_of: string, qualifier: ReportRow["qualifier"], low: number | null, high: number | null) =>
    ({ figure_id, as_of, qualifier, value_low: low, value_high: high }) as ReportRow;
  it.each([
    ["a later statement first", s("a", "2022-12-28", "exact", 238, 238), s("b", "2022-08", "exact", 238, 238), "a"],
    ["a day before its own month", s("a", "2022-12", "exact", 1, 1), s("b", "2022-12-20", "exact", 2, 2), "b"],
    ["a dated statement before an undated one", s("a", "", "exact", 9, 9), s("b", "2011-12", "exact", 1, 1), "b"],
    ["on one date, the more definite wording", s("a", "2022-12-20", "at_least", 238, null), s("b", "2022-12-20", "exact", 238, 238), "b"],
    ["then the larger lower bound", s("a", "2022-01", "more_than", 101, null), s("b", "2022-01", "more_than", 1001, null), "b"],
    ["then the figure_id", s("b", "2022-01", "exact", 5, 5), s("a", "2022-01", "exact", 5, 5), "a"],
  ])("%s", (_why, x, y, first) => {
    expect([x, y].sort(byRecency)[0]!.figure_id).toBe(first);
    expect([y, x].sort(byRecency)[0]!.figure_id).toBe(first);
  });
});

describe("headline picks on the real data", () => {
  // event, metric, side → the statement shown, and whether it counts the metric's main measure.
  it.each([
    ["zhanaozen-2011", "deaths", "official", "zh11-killed-official-diplomat-2021-12", true],
    ["zhanaozen-2011", "deaths", "independent", "zh11-shot-kostyuchenko-2018-01", true],
    ["zhanaozen-2011", "detentions", "official", "zh11-participants-gpo-2011-12", false],
    ["zhanaozen-2011", "protester-convictions", "official", null, false],
    ["zhanaozen-2011", "protester-convictions", "independent", "zh11-convicted-eurasianet-2012-06", true],
    // No official count of officers convicted: the General Prosecutor's 5 charged stands in, labelled.
    ["zhanaozen-2011", "officer-prosecutions", "official", "zh11-officers-charged-gpo-2012-01-25", false],
    ["zhanaozen-2011", "officer-prosecutions", "independent", "zh11-officers-convicted-radiosvoboda-2012-05-28", true],
    // The Prosecutor General's 238 at the Mazhilis (Aqparat, 2023: "January of last year"), the latest dated official
    // statement; it was the General Prosecutor's Office's 238 of 28 Dec 2022. Never a later undated relay of 238.
    ["january-2022", "deaths", "official", "jan22-killed-pg-aqparat-2023", true],
    ["january-2022", "deaths", "independent", "jan22-killed-arrukhhak-2022-07-29", true],
    ["january-2022", "injuries", "official", "jan22-injured-gpo-timenews-2022-01-15", true],
    ["january-2022", "injuries", "independent", null, false],
    ["january-2022", "detentions", "official", "jan22-detained-moi-ohchr-2022-01-11", true],
    ["january-2022", "protester-convictions", "official", "jan22-convicted-pg-kazinform-2023-01-05", true],
    ["january-2022", "protester-convictions", "independent", "jan22-convicted-hrw-2022-12-20", true],
    ["january-2022", "officer-prosecutions", "official", "jan22-officers-imprisoned-gpo-astanatimes-2023-04-03", false],
    ["january-2022", "officer-prosecutions", "independent", "jan22-officers-convicted-total-kibhr-2023-02", true],
  ] as const)("%s %s %s → %s", (event, metric, side, id, isMain) => {
    const h = headline(statements, event as EventId, metric as MetricId, side);
    expect(h?.statement.figure_id ?? null).toBe(id);
    if (h) expect(h.isMain).toBe(isMain);
  });
});

describe("ratios compare like with like, one side at a time", () => {
  const sentences = (event: EventId) => accountabilityRatios(statements, event).map((r) => [r.pair.id, r.claimant, ratioSentence(r, formatAsOf)]);
  it("January 2022", () => {
    expect(sentences("january-2022")).toEqual([
      ["imprisoned", "official", "160 people sentenced to prison over the unrest (General Prosecutor’s Office, 28 Dec 2022) for 9 officers sentenced to prison (General Prosecutor’s Office, 31 Mar 2023): about 18 to 1."],
      ["convicted", "independent", "more than 1,000 people convicted over the unrest (Human Rights Watch, 20 Dec 2022) for 5 officers convicted (Kazakhstan International Bureau for Human Rights (KIBHR), Feb 2023): at least 200 to 1."],
    ]);
  });
  it("Zhanaozen: names the officer convicted over a death in custody beside the five, without adding him", () => {
    expect(sentences("zhanaozen-2011")).toEqual([
      [
        "convicted",
        "independent",
        "34 people convicted over the unrest (reports of the Aktau court’s verdict, 4 Jun 2012) for 5 officers convicted (reports of the court’s verdict, 28 May 2012): about 6.8 to 1. Counted apart and not in the ratio: 1 officer convicted over a death in custody (reports of the court’s verdict, 17 May 2012).",
      ],
    ]);
  });

  it("never divides one side's figure by the other's", () => {
    for (const event of ["zhanaozen-2011", "january-2022"] as const) {
      for (const r of accountabilityRatios(statements, event)) {
        expect([r.numerator.claimant, r.denominator.claimant]).toEqual([r.claimant, r.claimant]);
        expect(r.numerator.measure).toBe(r.denominator.measure);
      }
    }
  });
});

describe("the chart of both events uses the headline picks", () => {
  it("deaths: each event's official and independent headline, and nothing else", async () => {
    const { chartSpec } = await import("../../lib/charts/registry");
    const spec = chartSpec(getDataset(), { chart: "compare", metric: "deaths" })!;
    const picks = (["zhanaozen-2011", "january-2022"] as const).flatMap((e) =>
      (["official", "independent"] as const).map((c) => headline(statements, e, "deaths", c)?.statement.figure_id),
    );
    expect(spec.data.map((d) => d.figureId)).toEqual(picks);
    expect(spec.takeaway).toContain("January 2022 (“Qandy Qantar”): official, 238 (people killed; Prosecutor General, 2023); independent, 221 (people killed;");
  });
});
