import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexKey, citations } from "../../lib/publish/citation";
import { releaseIds } from "../../lib/data/release-ids";
import { releaseCharts } from "../../lib/publish/frozen-charts";

const cite = (spec: { title: string; id: string; permalink: string }, release: string, accessed: string | null = "2026-12-03") =>
  citations({ title: spec.title, siteName: "Kazakhstan accountability dashboard", url: `https://example.org${spec.permalink}`, chartId: spec.id, release, accessed });

describe("citations", () => {
  const all = releaseIds().flatMap((release) => releaseCharts(release).map((spec) => ({ release, spec })));

  it("BibTeX of every chart of every release parses with a real BibTeX parser, with its title, version and pinned URL", () => {
    for (const { release, spec } of all) {
      const { entries, errors } = parse(cite(spec, release).bibtex);
      expect(errors, spec.id).toEqual([]);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.key).toBe(bibtexKey(spec.id));
      expect(entries[0]!.fields.title).toBe(spec.title);
      expect(entries[0]!.fields.version).toBe(release);
      expect(entries[0]!.fields.url).toBe(`https://example.org/releases/${release}/charts/${spec.permalink.split("/charts/")[1]}`);
    }
  });

  it("gives every chart its own key, the same in every release", () => {
    const latest = releaseIds().at(-1)!;
    const keys = releaseCharts(latest).map((s) => parse(cite(s, latest).bibtex).entries[0]!.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The two charts whose keys used to collide (both ended in "easurekilled").
    const timeline = releaseCharts(latest).find((s) => s.id === "timeline--zhanaozen-2011--deaths--killed")!;
    const claims = releaseCharts(latest).find((s) => s.id === "claims--zhanaozen-2011--deaths--killed--all--all")!;
    expect(bibtexKey(timeline.id)).not.toBe(bibtexKey(claims.id));
    for (const r of releaseIds()) {
      const spec = releaseCharts(r).find((s) => s.id === claims.id)!;
      expect(parse(cite(spec, r).bibtex).entries[0]!.key).toBe("kzaccountability:claims--zhanaozen-2011--deaths--killed--all--all");
    }
  });

  it.each([
    ["2026-12-03", "Retrieved December 3, 2026, from", "(accessed 3 December 2026)"],
    [null, "Retrieved [date you viewed it], from", "(accessed [date you viewed it])"],
  ])("access date %s: APA 7 with the release as version, plain text", (accessed, apa, plain) => {
    const spec = { title: "T", id: "funnel--zhanaozen-2011--state", permalink: "/releases/2026-11-24/charts/funnel/zhanaozen-2011/state" };
    const c = cite(spec, "2026-11-24-2", accessed);
    expect(c.apa).toBe(`Kazakhstan accountability dashboard. (2026). T (Version 2026-11-24-2) [Data set and chart]. ${apa} https://example.org/releases/2026-11-24/charts/funnel/zhanaozen-2011/state`);
    expect(c.plain).toContain(plain);
    expect(c.plain).toContain("data release 2026-11-24-2");
  });
});
