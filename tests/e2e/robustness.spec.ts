import autocannon from "autocannon";
import fc from "fast-check";
import { expect, test } from "@playwright/test";

// Server-level checks: no browser needed, so they run once (see playwright.config.ts).
const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%00", "%ff", "%", "claims", "january-2022", "deaths.csv", "a".repeat(3000), "<script>", "﻿", "🙂"),
);
const query = fc.array(fc.tuple(fc.constantFrom("event", "metric", "measure", "place", "claimant", "side", "x", "EVENT"), segment), { maxLength: 6 });

const PATTERNS: ((s: string, q: string) => string)[] = [
  (s, q) => `/charts/${s}?${q}`,
  (s, q) => `/charts/claims?${q}`,
  (s, q) => `/embed/charts/${s}?${q}`,
  (s) => `/charts/claims/${s}`,
  (s) => `/charts/claims/${s}/data.csv`,
  (s) => `/events/${s}`,
  (s) => `/metrics/${s}`,
  (s) => `/data/${s}`,
  (s, q) => `/${s}?${q}`,
];

test("fuzzed paths and query strings never get a 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  const seen: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.nat(PATTERNS.length - 1), segment, query, async (i, s, q) => {
      const url = PATTERNS[i]!(encodeURIComponent(s), new URLSearchParams(q).toString());
      const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      seen.push(`${res.status()} ${url.slice(0, 80)}`);
      expect(res.status(), url).toBeLessThan(500);
    }),
    { numRuns: 400 },
  );
  expect(seen.length).toBe(400);
});

test("raw malformed request paths never get a 5xx", async ({ request }) => {
  for (const url of ["/charts/%", "/embed/charts/%", "/events/%", "/metrics/%E0%A4%A", "/data/%", "/%", "/charts/claims?event=%E0%A4%A", "/data/%2e%2e/%2e%2e/package.json", "/events/%00", "/charts/claims?event=january-2022&metric=deaths&measure=killed&place=%F0%9F%99%82"]) {
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    expect(res.status(), url).toBeLessThan(500);
  }
});

test("bounded load on loopback: zero errors and zero 5xx", async ({ baseURL }) => {
  test.setTimeout(120_000);
  for (const path of ["/", "/events/january-2022", "/charts/claims?event=january-2022&metric=deaths&measure=killed", "/charts/bogus?x=1"]) {
    const result = await autocannon({ url: `${baseURL}${path}`, connections: 10, amount: 500 });
    expect(result.errors + result.timeouts, path).toBe(0);
    expect(result["5xx"], path).toBe(0);
    expect(result.requests.total, path).toBeGreaterThanOrEqual(500);
  }
});

test.describe("event and metric addresses", () => {
  test("another spelling of a slug answers 308 to the canonical page", async ({ request }) => {
    for (const [asked, canonical] of [["/events/January-2022", "/events/january-2022"], ["/metrics/DEATHS", "/metrics/deaths"], ["/ru/events/January-2022", "/ru/events/january-2022"], ["/kk/metrics/Deaths", "/kk/metrics/deaths"]] as const) {
      const res = await request.get(asked, { maxRedirects: 0 });
      expect(res.status(), asked).toBe(308);
      expect(new URL(res.headers().location!, "http://x").pathname).toBe(canonical);
    }
  });

  test("a near miss answers 404 with every page of its kind as a link and the nearest suggested", async ({ request }) => {
    const res = await request.get("/events/janaury-2022");
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toContain('Did you mean <a href="/events/january-2022">');
    expect(html).toContain('<a href="/events/zhanaozen-2011">');
  });

  test("a bad chart parameter lists its valid values as links to the corrected address", async ({ request }) => {
    const res = await request.get("/charts/claims?event=january-2022&metric=deaths&measure=kiled");
    expect(res.status()).toBe(400);
    const html = await res.text();
    expect(html).toContain('Did you mean <a href="/charts/claims?event=january-2022&amp;metric=deaths&amp;measure=killed"><code>killed</code></a>?');
    expect(html).toContain('<a href="/charts/claims?event=january-2022&amp;metric=deaths&amp;measure=died-in-custody"><code>died-in-custody</code></a>');
  });
});

test.describe("error pages in the address's language", () => {
  test("a bad Russian chart link answers 400 in Russian, with the measures named in Russian", async ({ request }) => {
    const res = await request.get("/ru/charts/claims/january-2022/deaths/KILED");
    expect(res.status()).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("<h1>Эта ссылка на график недействительна</h1>");
    expect(html).toContain("«kiled» — недопустимое значение параметра measure");
    expect(html).toContain('Возможно, вы имели в виду <a href="/ru/charts/claims/january-2022/deaths/killed"><code>killed</code></a>?');
    expect(html).toContain('<a href="/ru/charts">все графики и их постоянные ссылки</a>');
    expect(html).toContain("<code>civilians-killed</code></a> — погибшие мирные жители</li>");
    expect(html).not.toMatch(/Did you mean|not valid|All charts/);
  });

  test("a near miss of a Kazakh event page answers 404 in Kazakh, suggesting the Kazakh page", async ({ request }) => {
    const res = await request.get("/kk/events/janaury-2022");
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain("<h1>Бет табылмады</h1>");
    expect(html).toContain('Мүмкін, <a href="/kk/events/january-2022">/kk/events/january-2022</a> деген болармыз?');
    expect(html).toContain('<a href="/kk/events/zhanaozen-2011">Жаңаөзен');
    expect(html).not.toMatch(/Did you mean|Page not found/);
  });
});
