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

/**
 * What a figure counts. Only totals of one measure are compared, ranked as "latest", narrated as a
 * change or divided in a ratio; the other kinds are drawn and tabled under their own label.
 */
export const SCOPES = {
  total: "a total, for the event or for one place",
  proceeding: "one proceeding: a single trial, verdict, appeal or investigation",
  named_list: "a list of people identified by name: a lower bound of its own kind, not a toll",
  subset: "part of the measure only: one agency, one category of people or of charges",
} as const;
export type Scope = keyof typeof SCOPES;
/** The scope's name in a table or a list. */
export const SCOPE_NAMES: Record<Scope, string> = { total: "Total", proceeding: "One proceeding", named_list: "List of identified people", subset: "Subset" };
export const SCOPE_IDS = Object.keys(SCOPES) as [Scope, ...Scope[]];

/**
 * How `as_of` is known. `stated`: the text dates the statement (its words are in date_passage);
 * `first_hand`: the claimant's own release, or a report of a statement made the day it was
 * published — as_of is the source's own date; `approximate`: placed only roughly, and shown so.
 * Empty in a report that does not date the statement (a later relay): another report of the same
 * statement must.
 */
export const DATE_BASES = ["stated", "first_hand", "approximate"] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** One row of deaths.csv, injuries.csv, detentions.csv, protester-convictions.csv, officer-prosecutions.csv: one report of a statement. */
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
    scope: z.enum(SCOPE_IDS, { error: `must be one of ${SCOPE_IDS.join(", ")}` }),
    // What a non-total counts, in a few words ("Aktau trial of 37", "identified by name").
    scope_label: z.string().trim(),
    as_of: optionalDate,
    as_of_basis: z.union([z.literal(""), z.enum(DATE_BASES)], { error: `must be one of ${DATE_BASES.join(", ")}, or empty` }),
    date_passage: z.string().trim(),
    source_id: slug,
    passage,
    note: z.string().trim(),
  })
  .superRefine((row, ctx) => {
    const b = { low: row.value_low, high: row.value_high };
    if (row.scope !== "total" && !row.scope_label) ctx.addIssue({ code: "custom", path: ["scope_label"], message: `a ${row.scope} needs a scope_label saying what it counts` });
    if (!row.as_of && row.as_of_basis) ctx.addIssue({ code: "custom", path: ["as_of_basis"], message: "an undated statement has no date basis; leave it empty" });
    if (row.as_of_basis === "stated" && !row.date_passage) ctx.addIssue({ code: "custom", path: ["date_passage"], message: "a stated date needs the words that date it, copied from the source" });
    if (row.date_passage && row.as_of_basis !== "stated") ctx.addIssue({ code: "custom", path: ["date_passage"], message: "date_passage is only for as_of_basis stated" });
    if (row.date_passage && wordCount(row.date_passage) > 20) ctx.addIssue({ code: "custom", path: ["date_passage"], message: "date_passage must be at most 20 words" });
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
/** One line of a metric file, with the metric it came from: one report of a statement, repeating the statement's fields. */
export type ReportRow = ReportCsvRow & { metric: MetricId };
export type Claimant = ReportRow["claimant"];
