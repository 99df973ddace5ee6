import Papa from "papaparse";
import { z } from "zod";

/** One problem in one cell (or row, or file), worded for the person who has to fix the CSV. */
export type ValidationIssue = { file: string; line: number; column: string; message: string };

export type Located<T> = { value: T; line: number };

export const formatIssue = (i: ValidationIssue): string =>
  `${i.file}:${i.line}:${i.column}: ${i.message}`;

// Spreadsheets execute cells that start with these characters (CSV/formula injection).
// A leading "-" is allowed only for a plain negative number.
const FORMULA_START = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

export type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

/**
 * Parses one CSV file and validates every row against `schema`, whose keys are the exact header.
 * Returns all valid rows with their line numbers and every problem found, never throwing on bad input.
 */
export function parseTable<S extends RowSchema>(
  file: string,
  text: string,
  schema: S,
): { rows: Located<z.infer<S>>[]; issues: ValidationIssue[] } {
  const columns = Object.keys(schema.shape);
  const issues: ValidationIssue[] = [];
  const rows: Located<z.infer<S>>[] = [];
  const issue = (line: number, column: string, message: string) =>
    issues.push({ file, line, column, message });

  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.trim() === "") {
    issue(1, "-", `file is empty; expected the header ${columns.join(",")}`);
    return { rows, issues };
  }
  if (text.includes("\uFFFD")) {
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    issue(line, "-", "file is not valid UTF-8 (found an undecodable byte); save it as UTF-8");
  }

  // Rows are checked as papaparse yields them (no second copy of the file in memory).
  let header: string[] | null = null;
  let headerOk = false;

  const checkHeader = (cells: string[], line: number) => {
    header = cells.map((c) => c.trim());
    const h = header;
    const missing = columns.filter((c) => !h.includes(c));
    const unknown = h.filter((c) => !columns.includes(c));
    const duplicated = h.filter((c, i) => h.indexOf(c) !== i);
    if (missing.length) issue(line, "-", `header is missing column(s): ${missing.join(", ")}`);
    if (unknown.length) issue(line, "-", `header has unknown column(s): ${unknown.join(", ")}`);
    if (duplicated.length) issue(line, "-", `header repeats column(s): ${duplicated.join(", ")}`);
    if (!missing.length && !unknown.length && !duplicated.length && h.join() !== columns.join()) {
      issue(line, "-", `header columns are out of order; expected ${columns.join(",")}`);
    }
    headerOk = !issues.some((i) => i.line === line);
  };

  const checkRow = (cells: string[], line: number) => {
    if (cells.length !== columns.length) {
      issue(line, "-", `row has ${cells.length} cells, the header has ${columns.length}`);
      return;
    }
    const record: Record<string, string> = {};
    let safe = true;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const cell = cells[i] ?? "";
      record[column] = cell;
      // Cheap first-character test before the regex: this runs for every cell of every row.
      const first = cell.charCodeAt(0);
      if ((first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) && FORMULA_START.test(cell)) {
        safe = false;
        issue(line, column, `cell starts with "${JSON.stringify(cell[0]).slice(1, -1)}", which spreadsheets run as a formula`);
      }
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) issue(line, String(zi.path[0] ?? "-"), zi.message);
      return;
    }
    if (safe) rows.push({ value: parsed.data, line });
  };

  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    // Comma-separated by definition: guessing fails on narrow files (two columns of slugs).
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      for (const error of result.errors) issue(line, "-", `CSV syntax: ${error.message}`);
      if (!(cells.length === 1 && cells[0] === "")) {
        if (header === null) checkHeader(cells, line);
        else if (headerOk) checkRow(cells, line);
      }
      // Quoted cells may span lines: count every newline this record consumed.
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
    },
  });
  return { rows, issues };
}
