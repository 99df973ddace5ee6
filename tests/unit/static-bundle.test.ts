import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headerRules } from "../../scripts/host-config";
import { serveGlob } from "../../scripts/serve-static";
import { stripHtml } from "../../scripts/strip-export";

describe("strip-export: a page keeps only our scripts", () => {
  it("drops every other script and script preload, and leaves every other byte as it was", () => {
    const head = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>`;
    const html =
      `${head}<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>` +
      `<script async="" src="/site-js/cite.js"></script><link rel="preload" href="/site-js/cite.js" as="script"/><link rel="modulepreload" href="/x.js"/>` +
      `<script src="https://elsewhere.example/site-js/cite.js"></script></head>` +
      `<body><p title="<script>x</script>">a &amp; b<!-- <script>c</script> --></p><svg><script>1</script></svg><template><script>2</script></template>` +
      `<script>self.__next_f.push([1,"\\u003c/p\\u003e</scrip"])</script>\n<script id="_R_">x</script></body></html>`;
    const { html: out, removed, referenced } = stripHtml(html);
    expect(out).toBe(
      `${head}<script async="" src="/site-js/cite.js"></script><link rel="preload" href="/site-js/cite.js" as="script"/></head>` +
        `<body><p title="<script>x</script>">a &amp; b<!-- <script>c</script> --></p><svg></svg><template></template>\n</body></html>`,
    );
    expect(removed).toBe(8);
    expect(referenced).toEqual(["/_next/static/chunks/a.css", "/site-js/cite.js", "/site-js/cite.js"]);
  });

  it("keeps every script of a page that needs them, and names the chunks its inline payload loads", () => {
    const html =
      `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head>` +
      `<body><script>self.__next_f.push([1,"I[1,[\\"static/chunks/b._.js\\"],\\"Explorer\\"]"])</script></body></html>`;
    expect(stripHtml(html, { keepScripts: true })).toEqual({ html, removed: 0, referenced: ["/_next/static/chunks/a.js", "/_next/static/chunks/a.js", "/_next/static/chunks/b._.js"] });
    expect(stripHtml(html).removed).toBe(2);
  });

  it("leaves a page without scripts byte for byte as it was", () => {
    const html = `<!doctype html><html><head><title>a</title></head><body><p>é &nbsp; <b>x</b></p></body></html>`;
    expect(stripHtml(html)).toEqual({ html, removed: 0, referenced: [] });
  });
});

describe("host-config: out/_headers", () => {
  const out = mkdtempSync(path.join(tmpdir(), "bundle-"));
  for (const f of [
    "index.html",
    "404.html",
    "_headers",
    "charts/claims/x/index.html",
    "embed/charts/claims/x/index.html",
    "embed/releases/2026-01-01/charts/claims/x/index.html",
    "releases/2026-01-01/charts/claims/x/index.html",
    "data/index.html",
    "data/deaths.csv",
    "data/releases/2026-01-01/deaths.csv",
    "chart-img/0a1b2c.svg",
    "_next/static/chunks/a.css",
    "evidence/a.txt",
    "explore/index.html",
    "ru/index.html",
    "ru/explore/index.html",
    "ru/events/x/index.html",
  ]) {
    mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    writeFileSync(path.join(out, f), "");
  }
  const rules = headerRules(out, ["2026-01-01"]);

  it("covers the bundle's files with rules that do not overlap, each folder whole where nothing in it differs", () => {
    expect(rules.map((r) => r.pattern)).toEqual([
      "/*",
      "/",
      "/404.html",
      "/_next/static/*",
      "/chart-img/*",
      "/charts/*",
      "/data/",
      "/data/deaths.csv",
      "/data/index.html",
      "/data/releases/2026-01-01/*",
      "/embed/charts/*",
      "/embed/releases/2026-01-01/*",
      "/evidence/*",
      "/explore/*",
      "/index.html",
      "/releases/2026-01-01/*",
      "/ru/",
      "/ru/events/*",
      "/ru/explore/*",
      "/ru/index.html",
    ]);
  });

  /** The headers an address gets from every rule that matches it, as a list: a header set twice shows twice. */
  const served = (address: string) =>
    rules.filter((r) => (r.pattern.endsWith("*") ? address.startsWith(r.pattern.slice(0, -1)) : address === r.pattern)).flatMap((r) => r.headers);

  it("gives each address each header once, with the value of its kind", () => {
    const IMMUTABLE = "public, max-age=31536000, immutable";
    const LATEST = "public, max-age=300, must-revalidate";
    const cases: [string, string, "site" | "embed"][] = [
      ["/", LATEST, "site"],
      ["/charts/claims/x/", LATEST, "site"],
      ["/embed/charts/claims/x/", LATEST, "embed"],
      ["/embed/releases/2026-01-01/charts/claims/x/", IMMUTABLE, "embed"],
      ["/releases/2026-01-01/charts/claims/x/", IMMUTABLE, "site"],
      ["/data/", LATEST, "site"],
      ["/data/deaths.csv", LATEST, "site"],
      ["/data/releases/2026-01-01/deaths.csv", IMMUTABLE, "site"],
      ["/chart-img/0a1b2c.svg", IMMUTABLE, "site"],
      ["/_next/static/chunks/a.css", IMMUTABLE, "site"],
      ["/explore/", LATEST, "site"],
      ["/ru/explore/", LATEST, "site"],
      ["/ru/events/x/", LATEST, "site"],
    ];
    // The pages that keep their scripts (the explorer) allow their inline ones; no other page does.
    const inline = (address: string) => served(address).find((h) => h.key === "Content-Security-Policy")!.value.match(/script-src [^;]*'unsafe-inline'/) !== null;
    expect(["/explore/", "/explore/index.html", "/ru/explore/", "/", "/ru/", "/ru/events/x/", "/charts/claims/x/"].map(inline)).toEqual([true, true, true, false, false, false, false]);
    for (const [address, cache, kind] of cases) {
      const headers = served(address);
      const names = headers.map((h) => h.key);
      expect(new Set(names).size, address).toBe(names.length);
      const get = (k: string) => headers.find((h) => h.key === k)?.value;
      expect(get("Cache-Control"), address).toBe(cache);
      expect(get("X-Content-Type-Options"), address).toBe("nosniff");
      // The site's pages may compile the search's WebAssembly (Pagefind); embeds, which have no search box, may not.
      const scripts = `script-src 'self'${kind === "embed" ? "" : " 'wasm-unsafe-eval'"}${address.endsWith("/explore/") ? " 'unsafe-inline'" : ""}; `;
      expect(get("Content-Security-Policy"), address).toContain(scripts);
      expect(get("Content-Security-Policy"), address).toContain(kind === "embed" ? "frame-ancestors *" : "frame-ancestors 'none'");
      expect(get("X-Frame-Options"), address).toBe(kind === "embed" ? undefined : "DENY");
    }
    // Under a release that does not exist, only what every address has: never cached for good.
    expect(served("/releases/2099-01-01/charts/claims/x/").map((h) => h.key)).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]);
  });

  it("is served by `npm run serve:static` with the same rules, as globs over the files sent", () => {
    expect(["/*", "/", "/data/", "/charts/*", "/data/deaths.csv", "/evidence/a%20(b).txt"].map(serveGlob)).toEqual([
      "**",
      "/index.html",
      "/data/index.html",
      "/charts/**",
      "/data/deaths.csv",
      "/evidence/a \\(b\\).txt",
    ]);
  });
});
