import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const run = (dir: string) => {
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", dir], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, out: err.stderr + err.stdout };
  }
};

describe("npm run validate", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kz-data-"));
  cpSync("data", dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes on the real data", () => {
    const { code, out } = run("data");
    expect(code).toBe(0);
    expect(out).toMatch(/data OK: \d+ statements in \d+ reports from \d+ sources; \d+ passages and \d+ dating passages found in evidence/);
  });

  it("fails on a broken copy with a line-numbered message", () => {
    const file = path.join(dir, "deaths.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const index = lines.findIndex((l) => l.includes(",exact,"));
    lines[index] = lines[index]!.replace(",exact,", ",at_least,");
    writeFileSync(file, lines.join("\n"));
    const { code, out } = run(dir);
    expect(code).toBe(1);
    expect(out).toContain(`deaths.csv:${index + 1}:qualifier: at_least needs value_low and an empty value_high`);
  });
});
