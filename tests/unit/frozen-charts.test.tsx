import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { releaseIds } from "../../lib/data/release-ids";

// The drawings' files are written by the build, after the unit tests; what a page says does not depend on them.
vi.mock("../../lib/charts/drawings", async (original) => {
  const real = (await original()) as typeof import("../../lib/charts/drawings");
  const image = (name: string) => ({ url: `/chart-img/${name}.svg`, width: 680, height: 400 });
  return { ...real, chartImages: (id: string) => ({ narrow: image(`${id}.narrow`), wide: image(`${id}.wide`), standalone: `/chart-img/${id}.svg`, slide: image(`${id}.png`) }) };
});

/** What the site offers for every chart: each pinned chart's page, rows and metadata, and today's claims charts. */
async function offered() {
  const { ChartPage } = await import("../../app/chart-page");
  const { documentCsv, frozenDocuments, metadataJson, specOf } = await import("../../lib/publish/frozen-charts");
  const { currentCharts } = await import("../../lib/publish/releases");
  const pinned = releaseIds().flatMap((release) =>
    frozenDocuments(release).map((doc) => ({
      permalink: doc.permalink,
      page: renderToStaticMarkup(<ChartPage spec={specOf(doc)} release={release} pinned />),
      csv: documentCsv(doc),
      metadata: metadataJson(doc, (path) => `https://example.org${path}`),
    })),
  );
  const current = currentCharts().filter((s) => s.state.chart === "claims").map((s) => [s.title, s.takeaway, s.data.length]);
  return { pinned, current };
}

describe("a pinned chart says what its release froze, whatever today's code draws", () => {
  it("after a change to what claims charts draw, every pinned chart's page, CSV and metadata are byte-identical", async () => {
    const before = await offered();
    // The change: every claims chart gets another title, says something else and loses its last mark.
    vi.resetModules();
    vi.doMock("../../lib/charts/kinds/claims", async (original) => {
      const real = (await original()) as typeof import("../../lib/charts/kinds/claims");
      const spec: typeof real.claimsChart.spec = (...args) => {
        const s = real.claimsChart.spec(...args);
        return s && { ...s, title: `Changed: ${s.title}`, takeaway: "Something else.", data: s.data.slice(0, -1) };
      };
      return { claimsChart: { ...real.claimsChart, spec } };
    });
    const after = await offered();
    vi.doUnmock("../../lib/charts/kinds/claims");

    // Today's charts follow the change (the simulation took effect)…
    expect(after.current.length).toBeGreaterThan(10);
    expect(after.current.every(([title, takeaway]) => String(title).startsWith("Changed: ") && takeaway === "Something else.")).toBe(true);
    expect(after.current).not.toEqual(before.current);
    // …the pinned ones, of every release, do not.
    expect(after.pinned.length).toBe(before.pinned.length);
    expect(after.pinned.filter((p) => p.permalink.includes("/charts/claims/")).length).toBeGreaterThan(100);
    after.pinned.forEach((p, i) => expect(p, p.permalink).toEqual(before.pinned[i]));
  }, 240_000); // every pinned chart of every release rendered twice
});
