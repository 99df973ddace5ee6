import type { MetadataRoute } from "next";
import { allChartStates } from "@/lib/charts/registry";
import { chartPath } from "@/lib/charts/state";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS } from "@/lib/data/events";
import { METRIC_IDS } from "@/lib/data/metrics";
import { inEveryLanguage, languageAlternates, LOCALES, localePath } from "@/lib/site/locales";
import { SITE_URL } from "@/lib/site/origin";

export const dynamic = "force-static";

/**
 * Every page at its address, and for the pages that exist in every language, each language's
 * address (hreflang) too. A sitemap holds absolute addresses only: a build without SITE_URL (a
 * mirror that does not know its own origin) writes an empty one rather than addresses without a domain.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  if (!SITE_URL) return [];
  const at = (path: string) => `${SITE_URL}${path}`;
  const pages = [
    "/",
    ...EVENT_IDS.map((e) => `/events/${e}`),
    ...METRIC_IDS.map((m) => `/metrics/${m}`),
    "/charts",
    "/explore",
    "/sources",
    "/methodology",
    "/data",
    ...allChartStates(getDataset()).map((s) => chartPath(s)),
  ];
  // Each language's address is a <url> of its own, each listing all of them (Google's rule: every
  // version names every version, itself included).
  return pages.flatMap((path) => {
    if (!inEveryLanguage(path)) return [{ url: at(path) }];
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([l, p]) => [l, at(p)]));
    return LOCALES.map((l) => ({ url: at(localePath(l, path)), alternates: { languages } }));
  });
}
