import { z } from "zod";
import { EVENT_IDS } from "../data/events";
import { isMeasureOf, METRIC_IDS, METRICS, type MetricId } from "../data/metrics";

/**
 * The state of one chart, as it lives in a permalink's path. One schema parses it, one function
 * writes it back in canonical order with trailing defaults left out. A bad value is an
 * error with help, never a silent fallback: a cited URL must show the cited chart or nothing.
 */
export const CHART_IDS = ["claims", "timeline", "places", "accountability", "funnel", "compare"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const CLAIMANT_FILTERS = ["all", "official", "independent"] as const;
// People and cases are counted apart: "state" and "protesters" follow people (officers; everyone
// prosecuted over the unrest), the two "-cases" sides follow criminal cases.
export const FUNNEL_SIDES = ["state", "protesters", "protester-cases", "officer-cases"] as const;

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
  // Both events side by side: the only chart that is not about one event.
  z.object({ chart: z.literal("compare"), metric }),
]);
export type ChartState = z.infer<typeof chartStateSchema>;

/** The parts of each chart's state, in canonical (path) order. */
export const CHART_PARAMS = {
  claims: ["event", "metric", "measure", "place", "claimant"],
  timeline: ["event", "metric", "measure"],
  places: ["event", "metric", "measure", "claimant"],
  accountability: ["event"],
  funnel: ["event", "side"],
  compare: ["metric"],
} as const satisfies Record<ChartId, readonly string[]>;

const DEFAULTS: Record<string, string> = { place: "all", claimant: "all" };

const paramsOf = (chart: ChartId): readonly string[] => CHART_PARAMS[chart];
const valueOf = (state: ChartState, key: string): string => String((state as Record<string, unknown>)[key]);

/** The path segments of a state after /charts/<chart>: values in canonical order, trailing defaults left out. */
export function stateSegments(state: ChartState): string[] {
  const keys = paramsOf(state.chart);
  const values = keys.map((k) => valueOf(state, k));
  while (values.length && DEFAULTS[keys[values.length - 1]!] === values[values.length - 1]) values.pop();
  return values;
}

/** The canonical permalink: the state in the path, so that every chart is a plain prerendered file. */
export const chartPath = (state: ChartState, prefix = "/charts"): string => `${prefix}/${state.chart}/${stateSegments(state).join("/")}`;

/** A dotted name of a state, for HTML ids and file names. */
export const stateKey = (state: ChartState): string => paramsOf(state.chart).map((k) => valueOf(state, k)).join(".");

/** The state named by canonical path segments, or null (also for a valid but non-canonical spelling). */
export function stateFromSegments(chart: string, segments: readonly string[]): ChartState | null {
  const result = parseChartPath(chart, segments);
  return result.kind === "ok" ? result.state : null;
}

/** A value a parameter may take; a measure names its metric, by which its name is translated. */
export type Choice = { value: string; label: string; metric?: MetricId };
/** Why a link is invalid, as a message key of errorPage.reason in messages/ and its values: the error page words it in the link's language. */
export type InvalidReason =
  | { code: "required" | "notValid" | "noChart" | "twice" }
  | { code: "tooManyParts"; chart: ChartId; parts: readonly string[] };
export type ParseResult =
  | { kind: "ok"; state: ChartState }
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; param: string; value: string | null; reason: InvalidReason; choices: Choice[] };

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
      return m ? Object.entries(METRICS[m].measures).map(([value, label]) => ({ value, label, metric: m })) : [];
    }
    case "claimant":
      return CLAIMANT_FILTERS.map((v) => ({ value: v, label: v }));
    case "side":
      return FUNNEL_SIDES.map((v) => ({ value: v, label: v }));
    default:
      return [];
  }
}

/** Parses a state given key by key (from a path or a legacy query string), with help when it is invalid. */
function parseRaw(id: ChartId, raw: Record<string, string>): { kind: "ok"; state: ChartState } | Extract<ParseResult, { kind: "invalid" }> {
  const parsed = chartStateSchema.safeParse({ chart: id, ...raw });
  if (parsed.success) return { kind: "ok", state: parsed.data };
  const issue = parsed.error.issues[0]!;
  const param = String(issue.path[0] ?? "chart");
  const value = raw[param] ?? null;
  return { kind: "invalid", param, value, reason: { code: value === null ? "required" : "notValid" }, choices: choicesFor(param, raw) };
}

const chartIdOf = (chart: string): ChartId | Extract<ParseResult, { kind: "invalid" }> => {
  const id = chart.trim().toLowerCase();
  if ((CHART_IDS as readonly string[]).includes(id)) return id as ChartId;
  return { kind: "invalid", param: "chart", value: chart, reason: { code: "noChart" }, choices: choicesFor("chart", {}) };
};

/**
 * Parses a path permalink (/charts/<chart>/<value>/<value>…). A valid but non-canonical spelling
 * (upper case, spaces, explicit trailing defaults) → redirect to the canonical path of the same chart.
 */
export function parseChartPath(chart: string, segments: readonly string[], prefix = "/charts"): ParseResult {
  const id = chartIdOf(chart);
  if (typeof id !== "string") return id;
  const keys = paramsOf(id);
  if (segments.length > keys.length) {
    return { kind: "invalid", param: "path", value: segments.join("/"), reason: { code: "tooManyParts", chart: id, parts: keys }, choices: [] };
  }
  const raw = Object.fromEntries(segments.map((v, i) => [keys[i]!, v.trim().toLowerCase()]));
  const result = parseRaw(id, raw);
  if (result.kind !== "ok") return result;
  const canonical = stateSegments(result.state);
  const same = id === chart && canonical.length === segments.length && canonical.every((v, i) => v === segments[i]);
  return same ? result : { kind: "redirect", location: chartPath(result.state, prefix) };
}

/**
 * Parses a legacy query-string permalink (/charts/<chart>?event=…): other key order, upper case,
 * explicit defaults and unknown keys such as tracking tags are all accepted; a valid one always
 * redirects to the path form, which is the only canonical one.
 */
export function parseChartRequest(chart: string, search: URLSearchParams, prefix = "/charts"): ParseResult {
  const id = chartIdOf(chart);
  if (typeof id !== "string") return id;
  const keys = paramsOf(id);
  const raw: Record<string, string> = {};
  for (const [k, v] of search) {
    const key = k.trim().toLowerCase();
    if (!keys.includes(key)) continue;
    const value = v.trim().toLowerCase();
    if (key in raw && raw[key] !== value) {
      return { kind: "invalid", param: key, value: null, reason: { code: "twice" }, choices: choicesFor(key, raw) };
    }
    raw[key] = value;
  }
  const result = parseRaw(id, raw);
  return result.kind === "ok" ? { kind: "redirect", location: chartPath(result.state, prefix) } : result;
}
