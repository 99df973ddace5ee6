import { describe, expect, it } from "vitest";
import { allChartStates } from "../../lib/charts/registry";
import { chartPath } from "../../lib/charts/state";
import { getDataset } from "../../lib/data/dataset";
import { gallery } from "../../lib/pages/gallery";

const dataset = getDataset();
const events = gallery(dataset);

describe("the chart gallery", () => {
  it("lists every chart exactly once, as an item or as a one-side variant", () => {
    const listed = events.flatMap((e) => e.groups.flatMap((g) => g.items.flatMap((i) => [i.href, ...i.variants.map((v) => v.href)])));
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(allChartStates(dataset).map((s) => chartPath(s))));
  });

  it("gives each chart a short title unique within its group, without the event's name", () => {
    for (const e of events) {
      for (const g of e.groups) {
        const titles = g.items.map((i) => i.title);
        expect(titles.length, `${e.event} ${g.id}`).toBe(new Set(titles).size);
        for (const t of titles) expect(t).not.toContain(e.title);
      }
    }
  });

  it("groups January 2022's deaths charts under Deaths", () => {
    const deaths = events.find((e) => e.event === "january-2022")!.groups.find((g) => g.id === "deaths")!;
    expect(deaths.items.map((i) => i.title)).toContain("Every figure: people killed");
    expect(deaths.items.find((i) => i.title === "Every figure: people killed")!.variants.map((v) => v.label)).toEqual(["official only", "independent only"]);
  });
});
