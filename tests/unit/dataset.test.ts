import { describe, expect, it } from "vitest";
import { accountabilityContrast } from "../../lib/accountability";
import { headline } from "../../lib/comparison";
import { getDataset } from "../../lib/dataset";
import { wording } from "../../lib/qualifiers";

const { claims, sources } = getDataset();
const byId = (id: string) => {
  const c = claims.find((x) => x.figure_id === id);
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
        expect(claims.some((c) => c.event === event && c.metric === metric), `${event} ${metric}`).toBe(true);
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

  it("picks the latest figure of each side as the headline", () => {
    expect(headline(claims, "zhanaozen-2011", "deaths", "official")?.figure_id).toBe("zh11-killed-official-diplomat-2021-12");
    expect(headline(claims, "zhanaozen-2011", "deaths", "independent")?.figure_id).toBe("zh11-shot-kostyuchenko-2018-01");
    // The joint statement's "over 240" restates the General Prosecutor's 241, so the independent headline is Ar.Rukh.Khak's 221.
    expect(headline(claims, "january-2022", "deaths", "independent")?.figure_id).toBe("jan22-killed-arrukhhak-2022-07-29");
  });

  it("contrasts protesters convicted with officers held to account", () => {
    const jan = accountabilityContrast(claims, "january-2022");
    expect(jan.protestersConvicted?.value_low).toBe(1205);
    // The 39 were officers held on suspicion (GPO, June 2023), not imprisoned: the GPO's 9 sentenced to prison count.
    expect(jan.officersImprisoned?.value_low).toBe(9);
    expect(jan.officersCounted?.figure_id).toBe(jan.officersImprisoned?.figure_id);
    expect(jan.ratio?.low).toBeCloseTo(1205 / 9);
  });
});
