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
    expect(ratios.length).toBeGreaterThan(0);
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
