import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_IDS, CHART_PARAMS, canonicalQuery, chartPath, parseChartRequest, stateFromKey, stateKey } from "../../lib/chart-state";
import { allChartStates } from "../../lib/charts/registry";
import { getDataset } from "../../lib/dataset";

const states = allChartStates(getDataset());
const parse = (url: string) => {
  const u = new URL(url, "http://x");
  return parseChartRequest(u.pathname.replace("/charts/", ""), u.searchParams);
};

describe("chart state codec", () => {
  it("has hundreds of prerendered states", () => {
    expect(states.length).toBeGreaterThan(100);
  });

  it("round-trips every valid state through its canonical permalink and its page key", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), (state) => {
        expect(parse(chartPath(state))).toEqual({ kind: "ok", state });
        expect(stateFromKey(state.chart, stateKey(state))).toEqual(state);
      }),
    );
  });

  it("redirects a shuffled, upper-cased or defaulted query of a valid state to its canonical URL", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.boolean(), fc.boolean(), fc.integer(), (state, upper, explicitDefaults, seed) => {
        const keys = [...CHART_PARAMS[state.chart]];
        const entries: [string, string][] = keys
          .map((k) => [k, String((state as Record<string, unknown>)[k])] as [string, string])
          .filter(([k, v]) => explicitDefaults || !["place", "claimant"].includes(k) || v !== "all");
        const shuffled = entries.map((e, i) => ({ e, r: (seed * (i + 7)) % 13 })).sort((a, b) => a.r - b.r).map((x) => x.e);
        const q = new URLSearchParams(shuffled.map(([k, v]) => [upper ? k.toUpperCase() : k, upper ? v.toUpperCase() : v]));
        const result = parseChartRequest(state.chart, q);
        if (q.toString() === canonicalQuery(state)) expect(result).toEqual({ kind: "ok", state });
        else expect(result).toEqual({ kind: "redirect", location: chartPath(state) });
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
      fc.property(fc.constantFrom(...CHART_IDS, "bogus", ""), fc.array(fc.tuple(junk, junk), { maxLength: 8 }), (chart, pairs) => {
        const result = parseChartRequest(chart, new URLSearchParams(pairs));
        expect(["ok", "redirect", "invalid"]).toContain(result.kind);
        if (result.kind === "ok") expect(parse(chartPath(result.state))).toEqual(result);
        if (result.kind === "redirect") expect(parse(result.location).kind).toBe("ok");
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["/charts/claims?event=january-2023&metric=deaths&measure=killed", "event", "january-2022"],
    ["/charts/claims?event=january-2022&metric=deaths&measure=detained", "measure", "killed"],
    ["/charts/claims?event=january-2022&metric=deaths", "measure", "killed"],
    ["/charts/claims?event=january-2022&event=zhanaozen-2011&metric=deaths&measure=killed", "event", "january-2022"],
    ["/charts/pie?event=january-2022", "chart", "claims"],
    ["/charts/funnel?event=january-2022&side=police", "side", "state"],
  ])("%s is invalid in %s and offers %s", (url, param, choice) => {
    const result = parse(url);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.param).toBe(param);
    expect(result.choices.map((c) => c.value)).toContain(choice);
  });
});
