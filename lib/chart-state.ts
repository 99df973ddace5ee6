import { z } from "zod";
import { EVENT_IDS } from "./events";
import { isMeasureOf, METRIC_IDS, METRICS, type MetricId } from "./metrics";

/**
 * The state of one chart, as it lives in a permalink's query string. One schema parses it,
 * one function writes it back in canonical order with defaults left out. A bad value is an
 * error with help, never a silent fallback: a cited URL must show the cited chart or nothing.
 */
export const CHART_IDS = ["claims", "timeline", "places", "accountability", "funnel"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const CLAIMANT_FILTERS = ["all", "official", "independent"] as const;
export const FUNNEL_SIDES = ["state", "protesters"] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug");
const event = z.enum(EVENT_IDS);
const metric = z.enum(METRIC_IDS);
const claimant = z.enum(CLAIMANT_FILTERS).default("all");

const measured = { event, metric, measure: slug };
const measureOfMetric = (s: { metric: MetricId; measure: string }, ctx: z.RefinementCtx) => {
  if (!isMeasureOf(s.metric, s.measure)) {
    ctx.addIssue({ code: "custom", path: ["measure"], message: `"${s.measure}" is not a measure of ${s.metric}` });
  }
};

export const chartStateSchema = z.discriminatedUnion("chart", [
  z.object({ chart: z.literal("claims"), ...measured, place: slug.default("all"), claimant }).superRefine(measureOfMetric),
  z.object({ chart: z.literal("timeline"), ...measured }).superRefine(measureOfMetric),
  z.object({ chart: z.literal("places"), ...measured, claimant }).superRefine(measureOfMetric),
  z.object({ chart: z.literal("accountability"), event }),
  z.object({ chart: z.literal("funnel"), event, side: z.enum(FUNNEL_SIDES) }),
]);
export type ChartState = z.infer<typeof chartStateSchema>;

/** The query keys of each chart, in canonical order. */
export const CHART_PARAMS = {
  claims: ["event", "metric", "measure", "place", "claimant"],
  timeline: ["event", "metric", "measure"],
  places: ["event", "metric", "measure", "claimant"],
  accountability: ["event"],
  funnel: ["event", "side"],
} as const satisfies Record<ChartId, readonly string[]>;

const DEFAULTS: Record<string, string> = { place: "all", claimant: "all" };

const paramsOf = (chart: ChartId): readonly string[] => CHART_PARAMS[chart];
const valueOf = (state: ChartState, key: string): string => String((state as Record<string, unknown>)[key]);

/** The canonical query string: canonical key order, defaults omitted. */
export function canonicalQuery(state: ChartState): string {
  const q = new URLSearchParams();
  for (const key of paramsOf(state.chart)) {
    const v = valueOf(state, key);
    if (DEFAULTS[key] !== v) q.set(key, v);
  }
  return q.toString();
}

export const chartPath = (state: ChartState, prefix = "/charts"): string => {
  const q = canonicalQuery(state);
  return `${prefix}/${state.chart}${q ? `?${q}` : ""}`;
};

/** A path segment naming a state, for the prerendered page behind each permalink. */
export const stateKey = (state: ChartState): string => paramsOf(state.chart).map((k) => valueOf(state, k)).join(".");

export function stateFromKey(chart: string, key: string): ChartState | null {
  if (!(CHART_IDS as readonly string[]).includes(chart)) return null;
  const values = key.split(".");
  const keys = paramsOf(chart as ChartId);
  if (values.length !== keys.length) return null;
  const parsed = chartStateSchema.safeParse({ chart, ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) });
  return parsed.success ? parsed.data : null;
}

export type Choice = { value: string; label: string };
export type ParseResult =
  | { kind: "ok"; state: ChartState }
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; param: string; value: string | null; message: string; choices: Choice[] };

/** What a reader may put in a parameter, for the error page of a bad permalink. */
export function choicesFor(param: string, partial: Record<string, string>): Choice[] {
  switch (param) {
    case "chart":
      return CHART_IDS.map((v) => ({ value: v, label: v }));
    case "event":
      return EVENT_IDS.map((v) => ({ value: v, label: v }));
    case "metric":
      return METRIC_IDS.map((v) => ({ value: v, label: METRICS[v].name }));
    case "measure": {
      const m = METRIC_IDS.find((id) => id === partial.metric);
      return m ? Object.entries(METRICS[m].measures).map(([value, label]) => ({ value, label })) : [];
    }
    case "claimant":
      return CLAIMANT_FILTERS.map((v) => ({ value: v, label: v }));
    case "side":
      return FUNNEL_SIDES.map((v) => ({ value: v, label: v }));
    default:
      return [];
  }
}

/**
 * Parses a permalink. Valid but non-canonical (other key order, upper case, explicit defaults,
 * unknown extra keys such as tracking tags) → redirect to the canonical URL of the same chart.
 */
export function parseChartRequest(chart: string, search: URLSearchParams, prefix = "/charts"): ParseResult {
  const id = chart.toLowerCase();
  if (!(CHART_IDS as readonly string[]).includes(id)) {
    return { kind: "invalid", param: "chart", value: chart, message: `there is no chart type "${chart}"`, choices: choicesFor("chart", {}) };
  }
  const keys = paramsOf(id as ChartId);
  const raw: Record<string, string> = {};
  for (const [k, v] of search) {
    const key = k.trim().toLowerCase();
    if (!keys.includes(key)) continue;
    const value = v.trim().toLowerCase();
    if (key in raw && raw[key] !== value) {
      return { kind: "invalid", param: key, value: null, message: `"${key}" is given twice with different values`, choices: choicesFor(key, raw) };
    }
    raw[key] = value;
  }
  const parsed = chartStateSchema.safeParse({ chart: id, ...raw });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = String(issue.path[0] ?? "chart");
    const value = raw[param] ?? null;
    const message = value === null ? `"${param}" is required` : `"${value}" is not a valid ${param}`;
    return { kind: "invalid", param, value, message, choices: choicesFor(param, raw) };
  }
  const state = parsed.data;
  const canonical = canonicalQuery(state);
  const given = search.toString();
  if (id !== chart || given !== canonical) return { kind: "redirect", location: chartPath(state, prefix) };
  return { kind: "ok", state };
}
