import { describe, expect, it } from "vitest";
import { ratioBounds, ratioWording } from "../../lib/ledger/accountability";

describe("ratioBounds is honest about open bounds", () => {
  it.each([
    // protesters, officers, expected ratio interval
    [{ low: 1205, high: 1205 }, { low: 39, high: 39 }, { low: 1205 / 39, high: 1205 / 39 }],
    [{ low: 1001, high: null }, { low: 1, high: 1 }, { low: 1001, high: null }],
    [{ low: 34, high: 34 }, { low: 5, high: null }, { low: null, high: 34 / 5 }],
    [{ low: null, high: 700 }, { low: 2, high: 2 }, { low: null, high: 350 }],
    [{ low: 10, high: 10 }, { low: 0, high: 0 }, { low: null, high: null }],
  ])("%o per %o", (a, b, expected) => {
    expect(ratioBounds(a, b)).toEqual(expected);
  });
});

describe("ratioWording", () => {
  it.each([
    [{ low: 1205 / 39, high: 1205 / 39 }, "about 31"],
    [{ low: 34 / 5, high: 34 / 5 }, "about 6.8"],
    [{ low: 5, high: 5 }, "5"],
    [{ low: 1001, high: null }, "at least 1,001"],
    [{ low: null, high: 6.8 }, "at most 6.8"],
    [{ low: 2, high: 5 }, "between 2 and 5"],
    [{ low: null, high: null }, "not computable from these figures"],
  ])("%o → %s", (r, expected) => {
    expect(ratioWording(r)).toBe(expected);
  });
});
