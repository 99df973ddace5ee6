import { describe, expect, it } from "vitest";
import { getDataset } from "../../lib/data/dataset";
import { wording } from "../../lib/data/qualifiers";

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
