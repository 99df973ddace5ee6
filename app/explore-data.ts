import { getDataset } from "@/lib/data/dataset";
import { explorerData } from "@/lib/pages/explorer";
import { lang } from "@/lib/site/i18n";
import { type Locale, localePath } from "@/lib/site/locales";

/** Where the explorer of a language reads its data: a static file beside the page, fetched only with JavaScript. */
export const explorerDataPath = (locale: Locale) => localePath(locale, "/explore/data.json");

/**
 * The explorer's data in a language (lib/pages/explorer.ts), as a static JSON file rather than in the
 * page: the page's HTML stays small for readers without JavaScript, and the data (every word already
 * in the language) is read only by the script that draws it.
 */
export const explorerDataResponse = (locale: Locale) =>
  new Response(JSON.stringify(explorerData(getDataset(), lang(locale))), { headers: { "content-type": "application/json; charset=utf-8" } });
