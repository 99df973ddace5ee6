/**
 * The explorer's data as the browser receives it, and its state ↔ URL query. Pure and free of
 * server code (type imports only), because the explorer's client component imports it: anything
 * imported here is shipped to the reader. The data is made on the server (explorer.ts), every word,
 * number and date already in the page's language.
 */
import type { Claimant, DateBasis } from "../data/reports";
import type { Standing } from "../ledger/headline";
import type { EventId } from "../data/events";

export type ExplorerEvent = EventId | "both";
export const CLAIMANT_CHOICES = ["all", "official", "independent"] as const;
export type ClaimantChoice = (typeof CLAIMANT_CHOICES)[number];

/** What the reader chose: one view of the data, and the mark whose card is open (if any). */
export type Selection = { event: ExplorerEvent; metric: string; measure: string; place: string; claimant: ClaimantChoice; mark: string | null };
type ViewKeyParts = Omit<Selection, "mark">;

/** One report of a statement: where it was published, the passage, and our archived copy of the source. */
/** One report of a statement; `language` is its passage's (the source's), which the quote keeps. */
export type ExplorerReport = { publisher: string; title: string; passage: string; language: string; passageUrl: string | null; archive: string };

/** One statement, one mark: what it draws and everything its card says. */
export type ExplorerMark = {
  id: string;
  event: EventId;
  eventName: string;
  claimant: Claimant;
  /** "OFFICIAL" / "INDEPENDENT", as the static charts tag their labels. */
  tag: string;
  label: string;
  /** The whole mark in one sentence, for screen readers. */
  ariaLabel: string;
  wording: string;
  measure: string;
  placeName: string;
  claimedBy: string;
  date: string;
  /** How the date is known (the words are in ExplorerData.basis), or "". */
  dateBasis: DateBasis | "";
  /** What kind of figure it is: "Total", "One proceeding: Aktau trial of 37", … */
  kind: string;
  /** Why it is not compared with totals (the words are in ExplorerData.notCompared), or null when it is. */
  notCompared: Standing | null;
  note: string;
  certain: number;
  extent: number;
  openEnded: boolean;
  reports: ExplorerReport[];
};

/** One selection's chart: its marks in drawing order, its value axis and its citable chart pages. */
export type ExplorerView = ViewKeyParts & {
  title: string;
  marks: string[];
  ticks: { value: number; label: string }[];
  /** What the chart shows: the narration of its chart page ("" for both events: each event's own is shown). */
  summary: string;
  /** The citable chart page of each event drawn. */
  charts: { event: EventId; href: string }[];
};

export type Option = { value: string; label: string };

export type ExplorerData = {
  defaults: ViewKeyParts;
  labels: { event: Option[]; metric: Option[]; measure: Record<string, Option[]>; place: Option[]; claimant: Option[] };
  views: ExplorerView[];
  marks: Record<string, ExplorerMark>;
  basis: Record<DateBasis, string>;
  notCompared: Record<Standing, string>;
  /** The words of the explorer's interface (messages/<locale>/explore.json). */
  words: Record<"controls" | "event" | "metric" | "measure" | "place" | "claimant" | "chart" | "keys" | "card" | "choose" | "close" | "claimedBy" | "date" | "kind" | "reports" | "source" | "archive" | "citable", string>;
};

const KEYS = ["event", "metric", "measure", "place", "claimant"] as const;
export const viewKey = (s: ViewKeyParts): string => KEYS.map((k) => s[k]).join("/");

export const findView = (data: ExplorerData, s: ViewKeyParts): ExplorerView | undefined => data.views.find((v) => viewKey(v) === viewKey(s));

/** The values of `key` that have data, given the choices before it (event → metric → measure → place → side), in data order. */
export function choices(data: ExplorerData, s: ViewKeyParts, key: (typeof KEYS)[number]): string[] {
  const before = KEYS.slice(0, KEYS.indexOf(key));
  return [...new Set(data.views.filter((v) => before.every((k) => v[k] === s[k])).map((v) => v[key]))];
}

/**
 * The nearest selection that has data: each choice kept when the choices before it allow it, else the
 * default when allowed, else the first allowed. A shared URL with a stale or mistyped value still opens.
 */
export function resolve(data: ExplorerData, wanted: Partial<Selection>): Selection {
  const s = { ...data.defaults };
  for (const key of KEYS) {
    const allowed = choices(data, s, key);
    const want = wanted[key];
    (s as Record<string, string>)[key] = want !== undefined && allowed.includes(want) ? want : allowed.includes(data.defaults[key]) ? data.defaults[key] : allowed[0]!;
  }
  const mark = wanted.mark && findView(data, s)?.marks.includes(wanted.mark) ? wanted.mark : null;
  return { ...s, mark };
}

/** The selection in a URL query (?event=…&metric=…), defaults of place and side left out. */
export function toQuery(s: Selection): string {
  const q = new URLSearchParams({ event: s.event, metric: s.metric, measure: s.measure });
  if (s.place !== "all") q.set("place", s.place);
  if (s.claimant !== "all") q.set("claimant", s.claimant);
  if (s.mark) q.set("mark", s.mark);
  return `?${q}`;
}

export function fromQuery(data: ExplorerData, search: string): Selection {
  const q = new URLSearchParams(search);
  // Values are lower-case slugs, as in chart permalinks; a mark is a figure id, taken as written.
  const get = (k: string) => q.get(k)?.trim().toLowerCase() || undefined;
  const mark = q.get("mark")?.trim() || null;
  return resolve(data, { event: get("event") as ExplorerEvent | undefined, metric: get("metric"), measure: get("measure"), place: get("place"), claimant: get("claimant") as ClaimantChoice | undefined, mark });
}
