import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Loads next.config.mjs as `next build` does, with the given environment; what it prints and the config's output mode. */
function build(env: Record<string, string>) {
  const script = `import("./next.config.mjs").then((m) => { const c = m.default("phase-production-build"); console.log(JSON.stringify({ output: c.output ?? null })); })`;
  const { SITE_URL: _unset, SITE_URL_WARNED: _w, ...rest } = process.env;
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...rest, ...env } });
}

describe("SITE_URL at build", () => {
  it("warns when it is not set", () => {
    const r = build({});
    expect(r.stderr).toContain("SITE_URL is not set");
  });

  it("is quiet when it is set", () => {
    expect(build({ SITE_URL: "https://example.org" }).stderr).not.toContain("SITE_URL");
  });

  it("switches to a static export on NEXT_OUTPUT=export, from the same config", () => {
    expect(JSON.parse(build({ SITE_URL: "https://example.org", NEXT_OUTPUT: "export" }).stdout)).toEqual({ output: "export" });
    expect(JSON.parse(build({ SITE_URL: "https://example.org" }).stdout)).toEqual({ output: null });
  });
});

describe("addresses without SITE_URL", () => {
  it("are site-relative, never localhost", async () => {
    delete process.env.SITE_URL;
    const { publicUrl, SITE_URL } = await import("../../lib/site/origin");
    expect(SITE_URL).toBeNull();
    expect(publicUrl("/releases/2026-11-24/charts/funnel/zhanaozen-2011/state")).toBe("/releases/2026-11-24/charts/funnel/zhanaozen-2011/state");
  });
});
