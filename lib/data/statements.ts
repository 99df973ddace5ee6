import type { DateBasis, ReportRow } from "./reports";
import type { ValidationIssue } from "./csv-table";

/**
 * Where we read a statement: one document, the passage in it, and how that document dates the
 * statement (empty when it does not: a later relay).
 */
export type Report = { figureId: string; sourceId: string; passage: string; note: string; dateBasis: DateBasis | ""; datePassage: string };

/**
 * One claimant saying one figure about one measure on one date, however many outlets relayed it.
 * It carries the fields of its first report's row (its `figure_id` is the statement_id) and every
 * report of it. Charts, tables and ratios count statements; source lines list reports.
 */
export type Statement = ReportRow & {
  reports: Report[];
  /** How the statement's date is known: the firmest basis any report gives (first-hand, then stated, then approximate). */
  dateBasis: DateBasis | "";
  /** Every report's source is archived as passages only: what it counts and when it was said cannot be checked. */
  passageOnly: boolean;
  /**
   * Read from a release cut before scope and date bases existed (data schema < 3), and so judged by
   * the rules of its time — every figure a total, an undated one ranked last — so that a chart
   * pinned to that release says what it said.
   */
  legacy: boolean;
};

const BASIS_ORDER: readonly (DateBasis | "")[] = ["first_hand", "stated", "approximate", ""];

/** What must be the same in every report of one statement. */
const SHARED = ["event", "place", "metric", "measure", "claimant", "claimed_by", "scope", "scope_label", "as_of"] as const;

const contains = (outer: ReportRow, inner: ReportRow): boolean =>
  (outer.value_low === null || (inner.value_low !== null && inner.value_low >= outer.value_low)) &&
  (outer.value_high === null || (inner.value_high !== null && inner.value_high <= outer.value_high));

export type LocatedRow = { row: ReportRow; file: string; line: number };

/** Why a report cannot belong to its statement: [column, message], or null when it can. */
function disagreement(row: ReportRow, head: ReportRow): readonly [string, string] | null {
  for (const k of SHARED) {
    if (row[k] !== head[k]) return [k, `a report of statement "${row.statement_id}" must have the same ${k} ("${String(head[k])}"), found "${String(row[k])}"`];
  }
  return contains(row, head) ? null : ["value_low", `this report's figure does not allow the figure of statement "${row.statement_id}"`];
}

/**
 * Groups report rows into statements and checks the grouping: a statement_id names the row of its
 * first report; its reports agree on who, what and when, and each report's wording allows the
 * statement's figure ("almost 6,000" allows 5,800). Two statements with the same claimant, date,
 * measure and figure are one statement counted twice, unless a note says why they are distinct.
 */
export function groupStatements(rows: readonly LocatedRow[]): { statements: Statement[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, LocatedRow>();
  for (const r of rows) byId.set(r.row.figure_id, r);
  const statements = new Map<string, Statement>();
  for (const r of rows) {
    const { row, file, line } = r;
    const head = byId.get(row.statement_id);
    // Most rows are their own statement's only report: nothing to compare, no closures (this runs for every row).
    const problem =
      head === r
        ? null
        : !head
          ? (["statement_id", `statement_id "${row.statement_id}" is not the figure_id of any row; use the figure_id of the statement's first report`] as const)
          : head.row.statement_id !== head.row.figure_id
            ? (["statement_id", `statement_id "${row.statement_id}" names a row that is itself a report of "${head.row.statement_id}"; use "${head.row.statement_id}"`] as const)
            : disagreement(row, head.row);
    if (problem) {
      issues.push({ file, line, column: problem[0], message: problem[1] });
      continue;
    }
    const report: Report = { figureId: row.figure_id, sourceId: row.source_id, passage: row.passage, note: row.note, dateBasis: row.as_of_basis, datePassage: row.date_passage };
    const statement = statements.get(row.statement_id);
    if (statement) {
      statement.reports.push(report);
      if (BASIS_ORDER.indexOf(report.dateBasis) < BASIS_ORDER.indexOf(statement.dateBasis)) statement.dateBasis = report.dateBasis;
    }
    // The statement is its first report's row, with the reports added: no copy of every row.
    else statements.set(row.statement_id, Object.assign(head!.row, { reports: [report], dateBasis: report.dateBasis, passageOnly: false, legacy: false }));
  }
  // The first statement of each claimant, date, measure and figure, in a map so that this stays linear in the number of rows.
  const seen = new Map<string, LocatedRow>();
  const figureKey = (c: ReportRow) => `${c.event}\u0000${c.place}\u0000${c.metric}\u0000${c.measure}\u0000${c.scope}\u0000${c.claimant}\u0000${c.claimed_by}\u0000${c.as_of}\u0000${c.value_low}\u0000${c.value_high}`;
  for (const s of statements.values()) {
    const located = byId.get(s.figure_id)!;
    if (s.as_of && !s.dateBasis) {
      issues.push({ file: located.file, line: located.line, column: "as_of_basis", message: `statement "${s.figure_id}" is dated ${s.as_of} but none of its reports says how that date is known (stated, first_hand or approximate)` });
    }
    const key = figureKey(s);
    const twin = seen.get(key);
    if (twin && !/distinct/i.test(`${twin.row.note} ${s.note}`)) {
      issues.push({
        file: located.file,
        line: located.line,
        column: "statement_id",
        message: `same claimant, date, measure and figure as "${twin.row.figure_id}" (${twin.file}:${twin.line}): make it a report of that statement (statement_id ${twin.row.figure_id}) or say in a note why they are distinct`,
      });
    }
    if (!twin) seen.set(key, located);
  }
  return { statements: [...statements.values()], issues };
}
