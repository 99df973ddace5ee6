import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ROUTES } from "./helpers";

test.describe("accessibility (axe)", () => {
  // axe walks every node; the event pages have thousands of SVG elements.
  test.describe.configure({ timeout: 180_000 });
  for (const route of ROUTES) {
    test(`${route} has no axe violations`, async ({ page }) => {
      await page.goto(route);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }
});
