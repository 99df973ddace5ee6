import { z } from "zod";
import type { ValidationIssue } from "./csv-table";
import { optionalDate, passage, slug } from "./reports";
import { EVENT_IDS } from "./events";

// "defendant", not "protester": the sources do not say that every person tried over the unrest had protested.
export const ROLES = ["officer", "defendant", "activist"] as const;
export const OUTCOMES = ["convicted", "acquitted", "pending", "closed", "appealed-reduced"] as const;

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
// Empty when the sources do not say how many; never zero for "not stated".
const count = z
  .string()
  .regex(/^([1-9]\d*)?$/, "must be a whole number of people, or empty when the sources do not say")
  .transform((s) => (s === "" ? null : Number(s)));

/**
 * One row of cases.csv: one report of a named (or precisely described) proceeding — one trial of
 * one or more defendants, an appeal counted with the trial it reviews. Rows sharing a case_id are
 * reports of one case; case_id is the report_id of its first report, as statement_id is for figures.
 */
export const caseReportRow = z
  .object({
    report_id: slug,
    case_id: slug,
    event: z.enum(EVENT_IDS, { error: `must be one of ${EVENT_IDS.join(", ")}` }),
    person: text("person"),
    role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
    place: text("place"),
    charge: text("charge"),
    defendants: count,
    convicted: count,
    verdict_date: optionalDate,
    sentence: text("sentence"),
    outcome: z.enum(OUTCOMES, { error: `must be one of ${OUTCOMES.join(", ")}` }),
    source_id: slug,
    passage,
    note: z.string().trim(),
  })
  .superRefine((row, ctx) => {
    if (row.convicted !== null && row.defendants !== null && row.convicted > row.defendants) {
      ctx.addIssue({ code: "custom", path: ["convicted"], message: `convicted ${row.convicted} is more than the ${row.defendants} defendants` });
    }
    if (row.convicted !== null && row.outcome !== "convicted" && row.outcome !== "appealed-reduced") {
      ctx.addIssue({ code: "custom", path: ["convicted"], message: `a case whose outcome is ${row.outcome} convicted no one; leave convicted empty` });
    }
  }, { when: (payload) => payload.issues.length === 0 });

export type CaseReportRow = z.infer<typeof caseReportRow>;

/** Where we read about a case: the document, the passage, and that document's own wording of it. */
export type CaseReport = Pick<CaseReportRow, "report_id" | "source_id" | "passage" | "note" | "person" | "charge" | "sentence">;

/** One proceeding, once, with every report of it: its fields are its first report's. */
export type Case = CaseReportRow & { reports: CaseReport[] };

/** What every report of one case must agree on; wordings of person, charge and sentence may differ. */
const SHARED = ["event", "role", "place", "outcome"] as const;
const COUNTS = ["defendants", "convicted", "verdict_date"] as const;

/**
 * Groups report rows into cases, as statements are grouped: rows sharing a case_id are one case,
 * whose fields are its first row's; its reports agree on event, role, place and outcome, and a
 * count or date given by a later report must be the first report's.
 */
export function groupCases(rows: readonly { value: CaseReportRow; line: number }[], file: string): { cases: Case[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const cases = new Map<string, Case>();
  for (const { value: row, line } of rows) {
    const at = (column: string, message: string) => issues.push({ file, line, column, message });
    const head = cases.get(row.case_id);
    const report: CaseReport = { report_id: row.report_id, source_id: row.source_id, passage: row.passage, note: row.note, person: row.person, charge: row.charge, sentence: row.sentence };
    if (!head) {
      cases.set(row.case_id, { ...row, reports: [report] });
      continue;
    }
    const shared = SHARED.find((k) => row[k] !== head[k]);
    if (shared) { at(shared, `a report of case "${row.case_id}" must have the same ${shared} ("${head[shared]}"), found "${row[shared]}"`); continue; }
    const count = COUNTS.find((k) => row[k] !== null && row[k] !== "" && row[k] !== head[k]);
    if (count) { at(count, `a report of case "${row.case_id}" gives ${count} ${row[count]}, the case's first report ${head[count] || "none"}`); continue; }
    head.reports.push(report);
  }
  return { cases: [...cases.values()], issues };
}

/**
 * A case's sentence as its latest report gives it (by its source's publication date; a month-only date
 * counts from the month's start), with the other wordings earlier reports gave: a term later reduced
 * on appeal, or "none yet" before a verdict, never stands as the case's sentence once a later report
 * gives another.
 */
export function caseSentence(c: Pick<Case, "reports">, published: (sourceId: string) => string): { latest: string; earlier: string[] } {
  const byDate = [...c.reports].sort((a, b) => (published(a.source_id) < published(b.source_id) ? -1 : published(a.source_id) > published(b.source_id) ? 1 : 0));
  const latest = byDate.at(-1)!.sentence;
  return { latest, earlier: [...new Set(byDate.map((r) => r.sentence))].filter((s) => s !== latest) };
}
