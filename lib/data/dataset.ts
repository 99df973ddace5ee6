import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { caseReportRow, groupCases, type Case } from "./cases";
import { reportCsvRow, type ReportRow } from "./reports";
import { formatIssue, parseTable, type RowSchema, type ValidationIssue } from "./csv-table";
import { isMeasureOf, METRIC_IDS, METRICS, type MetricId } from "./metrics";
import { closestText, EVIDENCE_DIR, evidenceKind, getEvidence, passageFound } from "./evidence";
import { sourceRow, type Source } from "./sources";
import { groupStatements, type LocatedRow, type Statement } from "./statements";

export type Dataset = {
  /** Every row of the metric files: one report of a statement each. */
  rows: ReportRow[];
  /** What was said, each once, with every report of it. */
  statements: Statement[];
  /** figure_id of any report → its statement, so that old permalinks and citations of a merged row resolve. */
  statementOf: ReadonlyMap<string, Statement>;
  /** Named proceedings, each once, with every report of it. */
  cases: Case[];
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
};

export const metricFile = (metric: MetricId) => `${metric}.csv`;
export const SOURCES_FILE = "sources.csv";
export const CASES_FILE = "cases.csv";
export const DATA_FILES = [SOURCES_FILE, ...METRIC_IDS.map(metricFile), CASES_FILE] as const;

/** File name → CSV text. A missing file is `undefined`. */
export type DataFiles = Partial<Record<string, string>>;

/**
 * Validates all data files together; returns the dataset and every issue found (empty when valid).
 * With `evidence` (source_id → archived text), every passage is checked against its source.
 */
export function validateDataset(files: DataFiles, evidence?: ReadonlyMap<string, string>): { dataset: Dataset; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const parse = <S extends RowSchema>(file: string, schema: S) => {
    const text = files[file];
    if (text !== undefined) return parseTable(file, text, schema);
    issues.push({ file, line: 0, column: "-", message: "file is missing" });
    return { rows: [], issues: [] };
  };

  const parsedSources = parse(SOURCES_FILE, sourceRow);
  issues.push(...parsedSources.issues);
  const sourcesById = new Map<string, Source>();
  for (const { value, line } of parsedSources.rows) {
    if (sourcesById.has(value.source_id)) {
      issues.push({ file: SOURCES_FILE, line, column: "source_id", message: `duplicate source_id "${value.source_id}"` });
    } else sourcesById.set(value.source_id, value);
  }

  const rows: ReportRow[] = [];
  const located: LocatedRow[] = [];
  // figure_id → where it was first used; a plain loop without per-row closures, as this runs for every row.
  const firstSeen = new Map<string, { file: string; line: number }>();
  for (const metric of METRIC_IDS) {
    const file = metricFile(metric);
    const parsed = parse(file, reportCsvRow);
    issues.push(...parsed.issues);
    for (const { value, line } of parsed.rows) {
      const before = issues.length;
      const earlier = firstSeen.get(value.figure_id);
      if (earlier) {
        issues.push({ file, line, column: "figure_id", message: `duplicate figure_id "${value.figure_id}" (first used at ${earlier.file}:${earlier.line})` });
      } else firstSeen.set(value.figure_id, { file, line });
      if (!isMeasureOf(metric, value.measure)) {
        const allowed = Object.keys(METRICS[metric].measures).join(", ");
        issues.push({ file, line, column: "measure", message: `"${value.measure}" is not a ${metric} measure; use one of ${allowed}` });
      }
      const source = sourcesById.get(value.source_id);
      if (!source) {
        issues.push({ file, line, column: "source_id", message: `unknown source_id "${value.source_id}"; add it to ${SOURCES_FILE}` });
      } else if (value.as_of_basis === "first_hand" && !(value.as_of && source.published.startsWith(value.as_of))) {
        // A first-hand date is the document's own; a relay's date never dates an older statement.
        issues.push({ file, line, column: "as_of", message: `as_of_basis first_hand means the statement is dated by its source, published "${source.published || "undated"}"; as_of ${value.as_of} is not that date (a relay's statement is dated by the words that date it: as_of_basis stated, with date_passage)` });
      }
      if (issues.length === before) {
        const row = value as ReportRow;
        row.metric = metric;
        rows.push(row);
        located.push({ row, file, line });
      }
    }
  }

  const parsedCases = parse(CASES_FILE, caseReportRow);
  issues.push(...parsedCases.issues);
  const caseRows: { value: (typeof parsedCases.rows)[number]["value"]; line: number }[] = [];
  const reportIds = new Set<string>();
  for (const { value, line } of parsedCases.rows) {
    const at = (column: string, message: string) => issues.push({ file: CASES_FILE, line, column, message });
    if (reportIds.has(value.report_id)) at("report_id", `duplicate report_id "${value.report_id}"`);
    else if (!sourcesById.has(value.source_id)) at("source_id", `unknown source_id "${value.source_id}"; add it to ${SOURCES_FILE}`);
    else {
      reportIds.add(value.report_id);
      caseRows.push({ value, line });
    }
  }
  const groupedCases = groupCases(caseRows, CASES_FILE);
  issues.push(...groupedCases.issues);
  const cases = groupedCases.cases;
  const grouped = groupStatements(located);
  issues.push(...grouped.issues);
  const statementOf = new Map<string, Statement>();
  for (const s of grouped.statements) for (const r of s.reports) statementOf.set(r.figureId, s);

  if (evidence) {
    for (const { value, line } of parsedSources.rows) {
      if (!evidence.has(value.source_id)) issues.push({ file: SOURCES_FILE, line, column: "source_id", message: `no archived text evidence/${value.source_id}.txt for this source` });
    }
    const checkPassage = (file: string, line: number, id: string, sourceId: string, passage: string, column = "passage") => {
      const text = evidence.get(sourceId);
      if (text === undefined || passageFound(text, passage)) return;
      issues.push({ file, line, column, message: `${id}: ${column} not found in evidence/${sourceId}.txt; closest text there: "${closestText(text, passage)}"` });
    };
    for (const { row, file, line } of located) {
      checkPassage(file, line, row.figure_id, row.source_id, row.passage);
      if (row.date_passage) checkPassage(file, line, row.figure_id, row.source_id, row.date_passage, "date_passage");
    }
    for (const { value, line } of parsedCases.rows) checkPassage(CASES_FILE, line, value.report_id, value.source_id, value.passage);
    const kinds = new Map([...evidence].map(([id, text]) => [id, evidenceKind(text)]));
    for (const s of grouped.statements) s.passageOnly = s.reports.every((r) => kinds.get(r.sourceId) === "passages");
  }
  return { dataset: { rows, statements: grouped.statements, statementOf, cases, sources: [...sourcesById.values()], sourcesById }, issues };
}

export function readDataFiles(dir: string): DataFiles {
  const files: DataFiles = {};
  for (const file of DATA_FILES) {
    const p = path.join(dir, file);
    if (existsSync(p)) files[file] = readFileSync(p, "utf8");
  }
  return files;
}

export class InvalidDataError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`data/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`);
  }
}

export const DATA_DIR = path.join(process.cwd(), "data");
/** The archive beside a data folder: `<dir>/../evidence`. */
export const evidenceDirOf = (dataDir: string) => (path.resolve(dataDir) === DATA_DIR ? EVIDENCE_DIR : path.join(dataDir, "..", "evidence"));

let cached: Dataset | undefined;

/** The validated dataset, read once per process; throws (and so fails the build) on any issue. */
export function getDataset(): Dataset {
  if (!cached) {
    const { dataset, issues } = validateDataset(readDataFiles(DATA_DIR), getEvidence());
    if (issues.length) throw new InvalidDataError(issues);
    cached = dataset;
  }
  return cached;
}
