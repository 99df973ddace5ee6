import { describe, expect, it } from "vitest";
import { accountabilityRatios, ratioSentence } from "../../lib/ledger/accountability";
import { formatAsOf } from "../../lib/charts/data";
import type { Statement } from "../../lib/data/statements";
import { byRecency, headline, whyNotComparable } from "../../lib/ledger/headline";
import { getDataset } from "../../lib/data/dataset";
import type { EventId } from "../../lib/data/events";
import type { MetricId } from "../../lib/data/metrics";

const { statements } = getDataset();

describe("the headline rule orders statements", () => {
  const s = (figure_id: string, as_of: string, qualifier: Statement["qualifier"], low: number | null, high: number | null) =>
    ({ figure_id, as_of, qualifier, value_low: low, value_high: high }) as Statement;
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
    // The General Prosecutor's 15 of 25 Jan 2012; never The Diplomat's undated "according to official data, 17" (a 2021 relay).
    ["zhanaozen-2011", "deaths", "official", "zh11-killed-gpo-2012-01-25", true],
    ["zhanaozen-2011", "deaths", "independent", "zh11-shot-kostyuchenko-2018-01", true],
    // Three official counts of December 2011, none dated to the day: the exact figure with the larger lower bound.
    ["zhanaozen-2011", "injuries", "official", "zh11-injured-gov-kommersant-2011-12", true],
    ["zhanaozen-2011", "detentions", "official", "zh11-participants-gpo-2011-12", false],
    // The Aktau trial of 37 is one proceeding, not the event's convictions: no side has a total.
    ["zhanaozen-2011", "protester-convictions", "official", null, false],
    ["zhanaozen-2011", "protester-convictions", "independent", null, false],
    // No official count of officers convicted (the court's five is one trial): the General Prosecutor's 5 charged stands in, labelled.
    ["zhanaozen-2011", "officer-prosecutions", "official", "zh11-officers-charged-gpo-2012-01-25", false],
    ["zhanaozen-2011", "officer-prosecutions", "independent", null, false],
    // The General Prosecutor's Office's day-dated 238 of 28 Dec 2022; Aqparat's year-only "2023" relay is a report of it.
    ["january-2022", "deaths", "official", "jan22-killed-gpo-kazinform-2022-12-28", true],
    // Ar.Rukh.Khak's 221 is a list of people identified by name: never the independent toll.
    ["january-2022", "deaths", "independent", "jan22-killed-hrw-2022-05-05", true],
    // The revision of 26 January (4,578), dated by Novastan, is later than the Health Ministry's "over 2,200" of 9 January.
    ["january-2022", "injuries", "official", "jan22-injured-novastan-2022-02", true],
    ["january-2022", "injuries", "independent", null, false],
    ["january-2022", "detentions", "official", "jan22-detained-moi-ohchr-2022-01-11", true],
    ["january-2022", "protester-convictions", "official", "jan22-convicted-pg-kazinform-2023-01-05", true],
    // HRW's "over 1,000" relays the General Prosecutor's Office's 1,113: no independent count of convictions.
    ["january-2022", "protester-convictions", "independent", null, false],
    // The 9 "sentenced to prison for torture" and KIBHR's five police officers are subsets: no total of officers convicted or imprisoned.
    ["january-2022", "officer-prosecutions", "official", null, false],
    ["january-2022", "officer-prosecutions", "independent", null, false],
  ] as const)("%s %s %s → %s", (event, metric, side, id, isMain) => {
    const h = headline(statements, event as EventId, metric as MetricId, side);
    expect(h?.statement.figure_id ?? null).toBe(id);
    if (h) expect(h.isMain).toBe(isMain);
  });
});

describe("only dated totals with a checkable archive stand for a side", () => {
  const { statementOf } = getDataset();
  const of = (figureId: string) => statementOf.get(figureId)!;
  it.each([
    ["a list of names is never a headline toll", "jan22-killed-arrukhhak-2022-07-29", "not-a-total"],
    ["a list of names on Radio Azattyq", "jan22-killed-namedlist-jointngo-2022-07-29", "not-a-total"],
    ["one trial is never an event total", "zh11-convicted-eurasianet-2012-06", "not-a-total"],
    ["the court's five officers are one trial", "zh11-officers-convicted-radiosvoboda-2012-05-28", "not-a-total"],
    ["a relay that gives no date is never the latest", "zh11-killed-official-diplomat-2021-12", "undated"],
    ["“the authorities maintained … 15”, undated in a 2018 article", "zh11-killed-authorities-kostyuchenko-2018-01", "undated"],
    ["a passage-only archive is never a headline", "zh11-killed-reuters-2012-06-05", "passage-only"],
    ["the General Prosecutor's Office's 238", "jan22-killed-gpo-kazinform-2022-12-28", null],
  ] as const)("%s (%s)", (_why, figureId, standing) => {
    expect(whyNotComparable(of(figureId))).toBe(standing);
  });

  it("a relay's publication date never dates an older statement: Aqparat's 2023 relay is a report of the 238 of 28 Dec 2022", () => {
    const s = of("jan22-killed-pg-aqparat-2023");
    expect([s.figure_id, s.as_of, s.dateBasis]).toEqual(["jan22-killed-gpo-kazinform-2022-12-28", "2022-12-28", "first_hand"]);
  });

  it("every verdict is official, claimed by the court", () => {
    const verdicts = statements.filter((s) => /court/i.test(s.claimed_by));
    expect(verdicts.length).toBeGreaterThanOrEqual(8);
    for (const s of verdicts) expect([s.figure_id, s.claimant]).toEqual([s.figure_id, "official"]);
    for (const id of ["zh11-officers-convicted-radiosvoboda-2012-05-28", "zh11-convicted-eurasianet-2012-06", "zh11-officer-temirov-convicted-ai-old-habits-2013-07"]) {
      expect([id, of(id).claimant, of(id).claimed_by]).toEqual([id, "official", expect.stringMatching(/court/i)]);
    }
  });

  it("no statement without a date basis is dated, and no passage-only statement stands for a side", () => {
    for (const s of statements) if (s.as_of) expect([s.figure_id, s.dateBasis]).not.toEqual([s.figure_id, ""]);
    for (const e of ["zhanaozen-2011", "january-2022"] as const)
      for (const m of ["deaths", "injuries", "detentions", "protester-convictions", "officer-prosecutions"] as const)
        for (const c of ["official", "independent"] as const) {
          const h = headline(statements, e, m, c)?.statement;
          if (h) expect([h.figure_id, h.scope, h.passageOnly, h.as_of !== ""]).toEqual([h.figure_id, "total", false, true]);
        }
  });
});

describe("ratios compare like with like, one side at a time", () => {
  const sentences = (event: EventId) => accountabilityRatios(statements, event).map((r) => [r.pair.id, r.claimant, ratioSentence(r)]);
  it("no ratio from a trial or a subset: neither event has like totals of people and officers convicted or imprisoned", () => {
    expect(sentences("january-2022")).toEqual([]);
    expect(sentences("zhanaozen-2011")).toEqual([]);
    // What a ratio would have divided by is in the ledger, but counts part of the whole.
    expect(whyNotComparable(getDataset().statementOf.get("jan22-officers-imprisoned-gpo-astanatimes-2023-04-03")!)).toBe("not-a-total");
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
    expect(spec.takeaway).toContain("January 2022 (“Qandy Qantar”): official, 238 (people killed; General Prosecutor’s Office, 28 Dec 2022); independent, more than 200 (people killed; Human Rights Watch, 5 May 2022).");
    expect(spec.takeaway).not.toContain("221");
  });
});
