import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../lib/data/dataset";
import { EVIDENCE_DIR, passageFound } from "../../lib/data/evidence";
import { sourceLanguage } from "../../lib/data/source-languages";
import { archivedText, auditRow, numbersIn } from "../../lib/data/passage-audit";

describe("numbersIn", () => {
  it.each([
    ["4,578 people were injured", [4578]],
    ["227 Tote, darunter 19 Polizisten, und 4.578 Verletzte", [227, 19, 4578]],
    ["Sixty-four civilians sustained firearms injuries; 35 police", [64, 35]],
    ["over a hundred protesters", [100]],
    ["up to five thousand pre-trial investigations", [5000]],
    ["Fifteen people were killed", [15]],
    ["1,222 people were convicted, including 160 those imprisoned", [1222, 160]],
    ["over 4.6 thousand criminal cases", [4600]],
    ["Zhenishbek Temirov, was the only person charged and sentenced", [1]],
  ] as const)("%s", (passage, expected) => {
    const found = numbersIn(passage);
    for (const n of expected) expect(found.has(n), `${n} in "${passage}"`).toBe(true);
  });
});

describe("data audit: every row against its archived source", () => {
  it("finds the archived sources", () => {
    expect(existsSync(EVIDENCE_DIR), EVIDENCE_DIR).toBe(true);
  });

  const { rows, cases } = getDataset();
  it.each(cases.map((c) => [c.case_id, c] as const))("case %s: passage is in its source", (_id, c) => {
    const text = archivedText(c.source_id);
    expect(text).not.toBeNull();
    expect(passageFound(text!, c.passage), c.passage).toBe(true);
  });

  it.each(rows.map((c) => [c.figure_id, c] as const))("%s", (_id, claim) => {
    expect(auditRow(claim, archivedText(claim.source_id))).toEqual([]);
  });
});

describe("auditRow catches a row that misreads its passage", () => {
  const { rows } = getDataset();
  const base = rows.find((c) => c.figure_id === "zh11-killed-ai-2013-05")!;
  it.each([
    ["a bare number for “at least”", { qualifier: "exact" as const, value_high: 15 }, "the passage says “at least 15” but the qualifier is exact"],
    ["a number the passage does not state", { value_low: 16 }, "the passage does not state 16"],
    ["a passage that is not in the source", { passage: "at least 15 people were shot" }, "passage not found in ai-2013-annual-report"],
    ["a qualifier the passage does not use", { qualifier: "up_to" as const, value_low: null, value_high: 15 }, "qualifier up_to but the passage has none of"],
  ])("%s", (_name, change, message) => {
    const problems = auditRow({ ...base, ...change }, archivedText(base.source_id));
    expect(problems.map((p) => p.message).join("\n")).toContain(message);
  });
});

describe("the language of each quoted passage", () => {
  const { rows, cases } = getDataset();
  const quoted = [...rows.map((r) => [r.passage, r.source_id] as const), ...cases.flatMap((c) => c.reports.map((r) => [r.passage, r.source_id] as const))];

  it.each([
    ["kommersant-2011-12-barrel-krovi-zhanaozen", "ru"],
    ["rferl-radiosvoboda-2012-05-28-five-police-sentenced-zhanaozen", "uk"],
    ["interfax-24tv-2011-12-27-zhanaozen-compensation-1mln-tenge", "uk"],
    ["hrw-2022-05-05-no-justice-january-protest-victims", "en"],
  ] as const)("%s is in %s", (source, language) => {
    expect(sourceLanguage(source)).toBe(language);
  });

  it("every passage in Cyrillic comes from a source marked as not English, and every one in Latin letters from an English one", () => {
    const cyrillic = quoted.filter(([p]) => /\p{Script=Cyrillic}{3}/u.test(p));
    expect(cyrillic.length).toBe(20);
    expect(cyrillic.filter(([, s]) => sourceLanguage(s) === "en")).toEqual([]);
    expect(quoted.filter(([p, s]) => !/\p{Script=Cyrillic}/u.test(p) && sourceLanguage(s) !== "en")).toEqual([]);
  });
});
