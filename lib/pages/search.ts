import { allChartStates } from "../charts/registry";
import type { Dataset } from "../data/dataset";
import { EVENT_IDS } from "../data/events";
import { METRIC_IDS } from "../data/metrics";
import type { Lang } from "../site/i18n";

/**
 * The pages the site search indexes (scripts/search-index.ts), by address without the trailing slash:
 * what a reader looks for today — the overview, events (with their named cases), metrics, the
 * gallery and the chart pages of the latest data, the sources and the methodology. Not the pinned
 * pages under /releases/ (each repeats a chart the latest pages already have, once per release),
 * not the embeds, the explorer, the data page or this search page's own list.
 */
const SEARCHABLE = /^(?:\/(?:ru|kk))?(?:\/events\/[^/]+|\/metrics\/[^/]+|\/charts(?:\/.+)?|\/sources|\/methodology)?$/;

/** Whether a page is in the search index; `address` with or without its trailing slash ("/" is the overview). */
export const isSearchable = (address: string): boolean => SEARCHABLE.test(address.replace(/\/$/, ""));

/** The pages of one language's index: every chart of the latest data, each event and metric, the overview, gallery, sources and methodology. */
export const searchablePageCount = (dataset: Dataset): number => allChartStates(dataset).length + EVENT_IDS.length + METRIC_IDS.length + 4;

/**
 * The result count as the reader sees it, for every count the index can give (0 to its number of
 * pages): formatted here, on the server, because Chromium has no Kazakh plural or number data.
 */
export const resultCounts = (dataset: Dataset, { t }: Lang): string[] =>
  Array.from({ length: searchablePageCount(dataset) + 1 }, (_, count) => t("search.results", { count }));
