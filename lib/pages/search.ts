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
 * not a chart of one side only (official or independent: the chart of both sides has the same
 * figures and links to it, as the gallery lists it), nor the embeds, the explorer, the data page
 * or this search page's own list.
 */
const SEARCHABLE = /^(?:\/(?:ru|kk))?(?:\/events\/[^/]+|\/metrics\/[^/]+|\/charts(?:\/.+)?|\/sources|\/methodology)?$/;
const ONE_SIDE = /^(?:\/(?:ru|kk))?\/charts\/.+\/(?:official|independent)$/;

/** Whether a page is in the search index; `address` with or without its trailing slash ("/" is the overview). */
export const isSearchable = (address: string): boolean => {
  const path = address.replace(/\/$/, "");
  return SEARCHABLE.test(path) && !ONE_SIDE.test(path);
};

/**
 * The results one language's index can give: every chart of the latest data, each event and metric,
 * the overview, gallery, sources and methodology, and each named case on its own (a row of its event
 * page's table: a case is what a reader searching for a name or a court looks for, and within a long
 * event page it would rank below every chart that names its place).
 */
export const searchablePageCount = (dataset: Dataset): number =>
  allChartStates(dataset).filter((s) => !("claimant" in s) || s.claimant === "all").length + EVENT_IDS.length + METRIC_IDS.length + 4 + dataset.cases.length;

/**
 * The result count as the reader sees it, for every count the index can give (0 to its number of
 * pages): formatted here, on the server, because Chromium has no Kazakh plural or number data.
 */
export const resultCounts = (dataset: Dataset, { t }: Lang): string[] =>
  Array.from({ length: searchablePageCount(dataset) + 1 }, (_, count) => t("search.results", { count }));
