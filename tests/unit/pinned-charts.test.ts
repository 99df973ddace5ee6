import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { releaseCharts } from "../../lib/publish/frozen-charts";

/**
 * What every chart pinned to the releases cut before scope and date bases existed says — title,
 * narration, unit, and each mark's statement, label, wording, side, date and sources — digested.
 * The digests were taken from the code that published them; a change of rules (what counts as a
 * total, which date wins) must not reach back into a chart someone has already cited.
 */
const SAID: Record<string, string> = {
  "2026-11-24": "fc3662d14ae604a3783382981dfa343307946c79ef5851741c21e5916d65eacf",
  "2026-11-25": "97d8d3bea65c40180484a13545d387b79f2d8669b0ab402da7ac29b31cc84b5e",
};

const digest = (id: string) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        releaseCharts(id).map((spec) => [
          spec.permalink,
          spec.title,
          spec.takeaway,
          spec.unit,
          spec.data.map((d) => [d.figureId, d.label, d.shortLabel, d.wording, d.measure, d.claimant, d.asOf, d.reports.map((r) => r.sourceId)]),
        ]),
      ),
    )
    .digest("hex");

describe("charts pinned to a release keep saying what they said", () => {
  it.each(Object.keys(SAID))("release %s", (id) => {
    expect(digest(id)).toBe(SAID[id]);
  });
});
