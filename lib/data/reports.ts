import { z } from "zod";
import { EVENT_IDS } from "./events";
import type { MetricId } from "./metrics";
import { QUALIFIER_IDS, QUALIFIERS } from "./qualifiers";

const text = (what: string) =>
  z.string().trim().min(1, `${what} is empty`);

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug (a-z, 0-9, single hyphens)");

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export const isPartialDate = (s: string): boolean => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
};

/** A partial date, or empty when the source itself is undated. */
export const optionalDate = z
  .string()
  .refine((s) => s === "" || isPartialDate(s), "must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or empty if undated");

// Empty means "the source gives no such bound", never zero.
const bound = z
  .string()
  .regex(/^(0|[1-9]\d*)?$/, "must be a whole number (digits only, no separators) or empty")
  .transform((s) => (s === "" ? null : Number(s)));

/** Words in a string, counted by hand: this runs for every row and a split() allocates. */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export const passage = z
  .string()
  .trim()
  .refine((s) => {
    const words = wordCount(s);
    return words >= 3 && words <= 20;
  }, "passage must be 3 to 20 words copied from the source");

/** One row of deaths.csv, injuries.csv, detentions.csv, protester-convictions.csv, officer-prosecutions.csv. */
export const reportCsvRow = z
  .object({
    figure_id: slug,
    // Rows sharing a statement_id are reports of one statement; it is the figure_id of the first of them.
    statement_id: slug,
    event: z.enum(EVENT_IDS, { error: `must be one of ${EVENT_IDS.join(", ")}` }),
    place: text("place"),
    measure: slug,
    claimant: z.enum(["official", "independent"], { error: "must be official or independent" }),
    claimed_by: text("claimed_by"),
    value_low: bound,
    value_high: bound,
    qualifier: z.enum(QUALIFIER_IDS, { error: `must be one of ${QUALIFIER_IDS.join(", ")}` }),
    as_of: optionalDate,
    source_id: slug,
    passage,
    note: z.string().trim(),
  })
  .superRefine((row, ctx) => {
    const b = { low: row.value_low, high: row.value_high };
    if (b.low === null && b.high === null) {
      ctx.addIssue({ code: "custom", path: ["value_low"], message: "at least one of value_low, value_high is required" });
      return;
    }
    if (b.low !== null && b.high !== null && b.low > b.high) {
      ctx.addIssue({ code: "custom", path: ["value_low"], message: `value_low ${b.low} is greater than value_high ${b.high}` });
      return;
    }
    const why = QUALIFIERS[row.qualifier].check(b);
    if (why) ctx.addIssue({ code: "custom", path: ["qualifier"], message: why });
  }, {
    // Cross-column rules only make sense once every cell parsed; otherwise they would repeat its error.
    when: (payload) => payload.issues.length === 0,
  });

export type ReportCsvRow = z.infer<typeof reportCsvRow>;
/** A figure as one body states it, with the metric file it came from. */
export type ReportRow = ReportCsvRow & { metric: MetricId };
export type Claimant = ReportRow["claimant"];
