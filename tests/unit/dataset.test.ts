import { describe, expect, it } from "vitest";
import { getDataset } from "../../lib/data/dataset";
import { wording } from "../../lib/data/qualifiers";
import { caseSentence } from "../../lib/data/cases";

const { rows, sources } = getDataset();
const byId = (id: string) => {
  const c = rows.find((x) => x.figure_id === id);
  if (!c) throw new Error(`no figure ${id}`);
  return c;
};
const say = (id: string) => {
  const c = byId(id);
  return wording(c.qualifier, { low: c.value_low, high: c.value_high });
};

describe("the real data loads and says what the sources say", () => {
  it("has figures for both events in all five metrics", () => {
    for (const event of ["zhanaozen-2011", "january-2022"]) {
      for (const metric of ["deaths", "injuries", "detentions", "protester-convictions", "officer-prosecutions"]) {
        expect(rows.some((c) => c.event === event && c.metric === metric), `${event} ${metric}`).toBe(true);
      }
    }
    expect(sources.length).toBeGreaterThanOrEqual(56);
  });

  it.each([
    ["zh11-killed-gpo-2012-01-25", "15"],
    ["zh11-killed-ai-2013-05", "at least 15"],
    ["zh11-killed-residents-kommersant-2011-12", "30 to 70"],
    ["zh11-seriously-injured-ai-2013-05", "more than 100"],
    ["zh11-listed-police-station-ai-2013-07", "up to 700"],
    ["jan22-killed-gpo-kazinform-2022-12-28", "238"],
    ["jan22-killed-moh-dw-2022-01-09", "164"],
    ["jan22-convicted-hrw-2022-12-20", "more than 1,000"],
    ["jan22-detained-moi-ohchr-2022-01-11", "about 9,900"],
    ["jan22-officers-convicted-hrw-2022-12-20", "1"],
  ])("%s reads %s", (id, expected) => {
    expect(say(id)).toBe(expected);
  });
});

describe("a named case's sentence is its latest report's, with what earlier reports said", () => {
  const { cases, sourcesById } = getDataset();
  const published = (id: string) => sourcesById.get(id)!.published;
  it.each([
    // Detained before trial (Kazinform, April 2024), then a suspended term on a plea agreement (Europa Press, August 2024).
    ["jan22-turgumbayev-astana", "5 years in prison, suspended (plea agreement)", ["none yet: detained on 29 April 2024 before trial"]],
    // Seven years at first instance (May 2013), five on appeal (July 2013; the day-dated press release is the latest).
    ["zh11-aktau-trial-37", "5 years in prison", ["7 years in prison", "7 years in prison, reduced to 5 years on appeal"]],
  ])("%s: %s", (id, latest, earlier) => {
    expect(caseSentence(cases.find((c) => c.case_id === id)!, published)).toEqual({ latest, earlier });
  });

  it.each([
    ["one report", [["a", "2020", "3 years"]], "3 years", []],
    ["a month-only date is before a day of that month", [["a", "2013-07-10", "5 years"], ["b", "2013-07", "7 years"]], "5 years", ["7 years"]],
    ["reports that agree leave nothing earlier", [["a", "2012", "2 years"], ["b", "2013", "2 years"]], "2 years", []],
    ["the same date keeps the file's order", [["a", "2014", "1 year"], ["b", "2014", "2 years"]], "2 years", ["1 year"]],
  ] as const)("%s", (_, reports, latest, earlier) => {
    const dates = new Map<string, string>(reports.map(([id, date]) => [id, date]));
    const c = { reports: reports.map(([id, , sentence]) => ({ report_id: id, source_id: id, passage: "", note: "", person: "", charge: "", sentence })) };
    expect(caseSentence(c, (id) => dates.get(id)!)).toEqual({ latest, earlier });
  });
});
