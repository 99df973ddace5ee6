import { expect, test } from "@playwright/test";
import { releaseIds } from "../../lib/data/release-ids";
import { changeCounts, readManifest } from "../../lib/publish/releases";

test("the release feed is Atom, one entry per release, newest first, linked from every page's head", async ({ page, request }) => {
  const res = await request.get("/releases.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  await page.goto("/methodology");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/releases\.xml$/);
  // Parsed by the browser's XML parser, as a feed reader would.
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror") || doc.documentElement.namespaceURI !== "http://www.w3.org/2005/Atom") return null;
    return [...doc.getElementsByTagName("entry")].map((e) => ({
      id: e.getElementsByTagName("id")[0]?.textContent,
      updated: e.getElementsByTagName("updated")[0]?.textContent,
      link: e.getElementsByTagName("link")[0]?.getAttribute("href"),
      content: e.getElementsByTagName("content")[0]?.textContent ?? "",
    }));
  }, await res.text());
  const ids = [...releaseIds()].reverse();
  expect(entries?.map((e) => e.id)).toEqual(ids.map((id) => `urn:kz-accountability-dashboard:release:${id}`));
  expect(entries?.map((e) => e.updated)).toEqual(ids.map((id) => `${readManifest(id).date}T00:00:00.000Z`));
  expect(entries?.[0]?.link).toMatch(new RegExp(`/data#release-${ids[0]}$`));
  expect(entries?.[0]?.content).toContain(`Changes since release ${ids[1]}: ${changeCounts(readManifest(ids[0]!).changes).join("; ")}`);
  // 2026-11-29 re-read every row: its entry names the rows it changed.
  expect(entries?.find((e) => e.id?.endsWith(":2026-11-29"))?.content).toContain("Changes since release 2026-11-25: deaths.csv: 89 rows changed");
  expect(entries?.[0]?.content).toContain(readManifest(ids[0]!).files.find((f) => f.path === "data/deaths.csv")!.sha256);
});

test("a released file is served as immutable: its checksum is in the manifest", async ({ request }) => {
  const release = [...releaseIds()].at(-1)!;
  const res = await request.get(`/data/releases/${release}/deaths.csv`);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
