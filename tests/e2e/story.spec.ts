import { expect, test } from "@playwright/test";
import { accountabilityRatios } from "../../lib/ledger/accountability";
import { EVENT_IDS } from "../../lib/data/events";
import { wording } from "../../lib/data/qualifiers";
import { dataset } from "./helpers";

// One consistent story: every ratio on an event page can be recomputed from its headline table.
for (const event of EVENT_IDS) {
  test(`/events/${event}: each ratio's two figures are in the headline table`, async ({ page }) => {
    await page.goto(`/events/${event}`);
    const ratios = accountabilityRatios(dataset.statements, event);
    // Neither event has like totals of people and officers convicted or imprisoned (the officers' figures are
    // single trials or subsets): the page states no ratio, says why, and gives this project's tally apart.
    expect(ratios).toEqual([]);
    await expect(page.getByTestId("key-figures")).toContainText("No like-for-like ratio of people convicted or imprisoned to officers convicted or imprisoned");
    await expect(page.locator('[data-testid="key-figures"] li[data-tally="officers-convicted"]')).toContainText("Compiled by this project from the named cases it documents");
    await expect(page.locator(`#${event}-headlines [data-tally="officers-convicted"]`)).toHaveCount(1);
    const table = page.locator(`#${event}-headlines`);
    for (const r of ratios) {
      await expect(page.locator(`[data-ratio="${r.pair.id}-${r.claimant}"]`)).toHaveCount(1);
      for (const s of [r.numerator, r.denominator]) {
        // A figure may stand in two rows (its metric's and its ratio's); it must be in at least one.
        const cell = table.locator(`td[data-figure-id="${s.figure_id}"]`).first();
        await expect(cell, `${s.figure_id} in the headline table`).toBeVisible();
        await expect(cell).toContainText(wording(s.qualifier, { low: s.value_low, high: s.value_high }));
      }
    }
  });
}
