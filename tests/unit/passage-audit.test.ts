import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../lib/dataset";
import { archivedText, auditClaim, numbersIn, SOURCE_TEXTS_DIR } from "../../lib/passage-audit";

describe("numbersIn", () => {
  it.each([
    ["4,578 people were injured", [4578]],
    ["227 Tote, darunter 19 Polizisten, und 4.578 Verletzte", [227, 19, 4578]],
    ["Sixty-four civilians sustained firearms injuries; 35 police", [64, 35]],
    ["over a hundred protesters", [100]],
    ["up to five thousand pre-trial investigations", [5000]],
    ["Fifteen people were killed", [15]],
    ["1,222 people were convicted, including 160 those imprisoned", [1222, 160]],
  ] as const)("%s", (passage, expected) => {
    const found = numbersIn(passage);
    for (const n of expected) expect(found.has(n), `${n} in "${passage}"`).toBe(true);
  });
});

describe("data audit: every row against its archived source", () => {
  it("finds the archived sources", () => {
    expect(existsSync(SOURCE_TEXTS_DIR), `${SOURCE_TEXTS_DIR} (set SOURCE_TEXTS_DIR)`).toBe(true);
  });

  const { claims } = getDataset();
  it.each(claims.map((c) => [c.figure_id, c] as const))("%s", (_id, claim) => {
    expect(auditClaim(claim, archivedText(claim.source_id))).toEqual([]);
  });
});
