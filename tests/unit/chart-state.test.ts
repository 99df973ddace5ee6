import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_IDS, CHART_PARAMS, chartPath, parseChartPath, parseChartRequest, stateFromSegments, stateSegments } from "../../lib/charts/state";
import { allChartStates } from "../../lib/charts/registry";
import { getDataset } from "../../lib/data/dataset";

const states = allChartStates(getDataset());
/** Parses a path permalink as the pages and the proxy do. */
const parse = (url: string) => {
  const [chart = "", ...segments] = new URL(url, "http://x").pathname.replace(/^\/charts\//, "").split("/");
  return parseChartPath(chart, segments);
};

describe("chart state codec", () => {
  it("has hundreds of prerendered states", () => {
    expect(states.length).toBeGreaterThan(100);
  });

  it.each([
    [{ chart: "claims", event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "all" }, "/charts/claims/january-2022/deaths/killed"],
    [{ chart: "claims", event: "january-2022", metric: "deaths", measure: "killed", place: "almaty", claimant: "all" }, "/charts/claims/january-2022/deaths/killed/almaty"],
    [{ chart: "claims", event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "official" }, "/charts/claims/january-2022/deaths/killed/all/official"],
    [{ chart: "funnel", event: "zhanaozen-2011", side: "state" }, "/charts/funnel/zhanaozen-2011/state"],
  ] as const)("%o has the canonical path %s", (state, path) => {
    expect(chartPath(state)).toBe(path);
    expect(parse(path)).toEqual({ kind: "ok", state });
  });

  it("round-trips every valid state through its canonical path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), (state) => {
        expect(parse(chartPath(state))).toEqual({ kind: "ok", state });
        expect(stateFromSegments(state.chart, stateSegments(state))).toEqual(state);
      }),
    );
  });

  it("redirects an upper-cased or explicitly defaulted path of a valid state to its canonical path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.boolean(), fc.boolean(), (state, upper, explicitDefaults) => {
        const all = CHART_PARAMS[state.chart].map((k) => String((state as Record<string, unknown>)[k]));
        const segments = (explicitDefaults ? all : stateSegments(state)).map((v) => (upper ? v.toUpperCase() : v));
        const result = parseChartPath(upper ? state.chart.toUpperCase() : state.chart, segments);
        if (!upper && segments.length === stateSegments(state).length) expect(result).toEqual({ kind: "ok", state });
        else expect(result).toEqual({ kind: "redirect", location: chartPath(state) });
        expect(stateFromSegments(state.chart, segments) === null).toBe(result.kind !== "ok");
      }),
    );
  });

  it("redirects a legacy query-string permalink, in any order or case, to the path form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.boolean(), fc.integer(), (state, upper, seed) => {
        const entries = CHART_PARAMS[state.chart].map((k) => [k, String((state as Record<string, unknown>)[k])] as [string, string]);
        const shuffled = entries.map((e, i) => ({ e, r: (seed * (i + 7)) % 13 })).sort((a, b) => a.r - b.r).map((x) => x.e);
        const q = new URLSearchParams([...shuffled.map(([k, v]) => [upper ? k.toUpperCase() : k, upper ? v.toUpperCase() : v]), ["utm_source", "x"]]);
        expect(parseChartRequest(state.chart, q)).toEqual({ kind: "redirect", location: chartPath(state) });
        expect(parseChartRequest(state.chart, q, "/embed/charts")).toEqual({ kind: "redirect", location: chartPath(state, "/embed/charts") });
      }),
    );
  });

  it("never throws on junk, and never turns junk into a chart silently", () => {
    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("../../etc/passwd", "%2e%2e%2f", "\u0000", "<script>", "january-2022", "deaths", "killed", "all", "'; DROP", "x".repeat(5000)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CHART_IDS, "bogus", ""), fc.array(junk, { maxLength: 8 }), fc.array(fc.tuple(junk, junk), { maxLength: 8 }), (chart, segments, pairs) => {
        for (const result of [parseChartPath(chart, segments), parseChartRequest(chart, new URLSearchParams(pairs))]) {
          expect(["ok", "redirect", "invalid"]).toContain(result.kind);
          if (result.kind === "ok") expect(parse(chartPath(result.state))).toEqual(result);
          if (result.kind === "redirect") expect(parse(result.location).kind).toBe("ok");
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["/charts/claims/january-2023/deaths/killed", "event", "january-2022"],
    ["/charts/claims/january-2022/deaths/detained", "measure", "killed"],
    ["/charts/claims/january-2022/deaths", "measure", "killed"],
    ["/charts/pie/january-2022", "chart", "claims"],
    ["/charts/funnel/january-2022/police", "side", "state"],
  ])("%s is invalid in %s and offers %s", (url, param, choice) => {
    const result = parse(url);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.param).toBe(param);
    expect(result.choices.map((c) => c.value)).toContain(choice);
  });

  it("rejects more parts than a chart has, naming them", () => {
    const result = parse("/charts/funnel/january-2022/state/extra");
    expect(result).toMatchObject({ kind: "invalid", param: "path" });
  });

  it("says which parameter of a legacy query is given twice", () => {
    const result = parseChartRequest("claims", new URLSearchParams("event=january-2022&event=zhanaozen-2011&metric=deaths&measure=killed"));
    expect(result).toMatchObject({ kind: "invalid", param: "event" });
  });
});
