import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../lib/site/suggest";

describe("editDistance", () => {
  it.each([
    ["", "", 0], ["deaths", "deaths", 0], ["death", "deaths", 1], ["janaury-2022", "january-2022", 2], ["kitten", "sitting", 3],
  ])("%s → %s: %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe("didYouMean", () => {
  const events = ["zhanaozen-2011", "january-2022"];
  it.each([
    ["janaury-2022", "january-2022"],
    ["January-2022", "january-2022"],
    ["zhanaozen-2012", "zhanaozen-2011"],
    ["zhanaozen", "zhanaozen-2011"],
    ["almaty-1986", null],
  ])("%s → %s", (asked, meant) => expect(didYouMean(asked, events)).toBe(meant));
});
