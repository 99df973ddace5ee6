import { describe, expect, it } from "vitest";
import { QUALIFIERS, wording, type Qualifier } from "../../lib/data/qualifiers";

describe("wording reproduces how a source words a figure", () => {
  it.each([
    ["exact", 238, 238, "238"],
    ["at_least", 15, null, "at least 15"],
    ["more_than", 101, null, "more than 100"],
    ["more_than", 1001, null, "more than 1,000"],
    ["up_to", null, 700, "up to 700"],
    ["almost", null, 10000, "almost 10,000"],
    ["about", 5800, 5800, "about 5,800"],
    ["range", 30, 70, "30 to 70"],
    ["hundreds", 200, null, "hundreds"],
    ["dozens", 24, null, "dozens"],
    ["thousands", 2000, null, "thousands"],
  ] as const)("%s %s–%s → %s", (q, low, high, expected) => {
    expect(wording(q as Qualifier, { low, high })).toBe(expected);
  });
});

describe("qualifier and bounds must agree", () => {
  it.each([
    ["exact", 15, null],
    ["exact", 15, 16],
    ["at_least", 15, 20],
    ["at_least", null, 15],
    ["more_than", 0, null],
    ["up_to", 1, 700],
    ["range", 70, 70],
    ["hundreds", 100, null],
    ["about", null, 5800],
  ] as const)("%s with %s–%s is rejected", (q, low, high) => {
    expect(QUALIFIERS[q as Qualifier].check({ low, high })).not.toBeNull();
  });
});
