import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import writeExcelFile, { type Cell, type SheetData } from "write-excel-file/node";
import { DATA_DIR } from "../data/dataset";
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import type { Lang } from "../site/i18n";
import { type DataResource, DESCRIPTION_TERMS } from "./data-package";
import type { ChartDocument } from "./frozen-charts";

export type Sheet = { sheet: string; data: SheetData; columns: { width: number }[] };

/** A workbook's bytes, in the font every spreadsheet program has. */
export const xlsxBytes = async (sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await writeExcelFile(sheets, { fontFamily: "Calibri", fontSize: 11 }).toBuffer());

/** Where a data file downloads as a spreadsheet in a language. */
export const spreadsheetPath = (resource: Pick<DataResource, "name">, locale: string) => `/data/xlsx/${locale}/${resource.name}.xlsx`;

const shapeOf = (r: DataResource) => (r.name === "sources" || r.name === "cases" ? r.name : "metric");

/** What a column means in the reader's language: the Data Package's own words in English, the catalogue's otherwise (as plain text). */
function fieldMeaning(r: DataResource, f: DataResource["fields"][number], lang: Lang): string {
  if (lang.locale === "en") return f.description;
  const plain = (chunks: string) => chunks;
  return lang.t.markup(`dataPage.field.${shapeOf(r)}.${f.name}` as "dataPage.field.metric.note", { ...DESCRIPTION_TERMS, c: plain, e: plain });
}

function fileMeaning(r: DataResource, lang: Lang): string {
  if (lang.locale === "en") return r.description;
  const plain = (chunks: string) => chunks;
  const measures = (METRIC_IDS as readonly string[]).includes(r.name) ? Object.keys(METRICS[r.name as MetricId].measures).join(", ") : "";
  return lang.t.markup(`dataPage.resource.${r.name}` as "dataPage.resource.deaths", { ...DESCRIPTION_TERMS, c: plain, e: plain, measures });
}

/**
 * A data file as a workbook: a sheet with exactly the CSV's values under column headers in the
 * reader's language (each with the column's name, so that it can be matched to the CSV and the
 * Data Package), and a sheet of notes — what the file and each column mean, the release, the
 * licence and the address — so that the file explains itself once it has left the site.
 */
export function workbook(r: DataResource, lang: Lang, release: string, address: string): Sheet[] {
  const csv = readFileSync(path.join(DATA_DIR, r.path), "utf8");
  const [header = [], ...records] = Papa.parse<string[]>(csv.trim(), { header: false, skipEmptyLines: true }).data;
  // Text stays text (dates too: "2022-12" must not become a day), counts are numbers, an empty cell is empty (never 0).
  const integer = new Set(r.fields.filter((f) => f.type === "integer").map((f) => f.name));
  const label = (name: string) => `${lang.t(`spreadsheet.column.${name}` as "spreadsheet.column.note")} (${name})`;
  const data: SheetData = [
    header.map((name): Cell => ({ value: label(name), fontWeight: "bold" })),
    ...records.map((row) =>
      row.map((v, i): Cell => (v === "" ? null : integer.has(header[i]!) ? { value: Number(v), type: Number } : { value: v, type: String })),
    ),
  ];
  const t = lang.t;
  const notes: SheetData = [
    [{ value: `${r.path}: ${fileMeaning(r, lang)}`, fontWeight: "bold" }],
    [{ value: t("spreadsheet.values", { file: r.path }) }],
    [{ value: t("spreadsheet.release") }, { value: release }],
    [{ value: t("spreadsheet.licence") }, { value: "CC BY 4.0" }],
    [{ value: t("spreadsheet.address") }, { value: address }],
    [null],
    [{ value: t("spreadsheet.columnHeader"), fontWeight: "bold" }, { value: t("spreadsheet.meaningHeader"), fontWeight: "bold" }],
    ...r.fields.map((f): Cell[] => [{ value: label(f.name) }, { value: fieldMeaning(r, f, lang) }]),
  ];
  return [
    { sheet: t("spreadsheet.dataSheet"), data, columns: header.map(() => ({ width: 24 })) },
    { sheet: t("spreadsheet.notesSheet"), data: notes, columns: [{ width: 36 }, { width: 100 }] },
  ];
}

/** The bounds of a figure are numbers in a chart's rows; everything else is text. */
const CHART_NUMBERS = new Set(["value_low", "value_high"]);

/**
 * A chart's rows as a workbook, from its document: the rows of its CSV under headers in the chart's
 * language, and a sheet of notes — the chart's title and narration, the release, the licence, the
 * address, and what each column means.
 */
export function chartWorkbook(doc: ChartDocument, lang: Lang, address: string, file: string): Sheet[] {
  const t = lang.t;
  const label = (name: string) => `${t(`spreadsheet.column.${name}` as "spreadsheet.column.note")} (${name})`;
  const data: SheetData = [
    doc.columns.map((c): Cell => ({ value: label(c.name), fontWeight: "bold" })),
    ...doc.rows.map((row) =>
      doc.columns.map(({ name }): Cell => {
        const v = row[name];
        return v === "" ? null : CHART_NUMBERS.has(name) ? { value: Number(v), type: Number } : { value: v, type: String };
      }),
    ),
  ];
  const notes: SheetData = [
    [{ value: t("spreadsheet.chartTitle"), fontWeight: "bold" }, { value: doc.title, fontWeight: "bold" }],
    [{ value: t("spreadsheet.narration") }, { value: doc.narration }],
    [{ value: t("spreadsheet.values", { file }) }],
    [{ value: t("spreadsheet.release") }, { value: doc.release }],
    [{ value: t("spreadsheet.licence") }, { value: "CC BY 4.0" }],
    [{ value: t("spreadsheet.address") }, { value: address }],
    [null],
    [{ value: t("spreadsheet.columnHeader"), fontWeight: "bold" }, { value: t("spreadsheet.meaningHeader"), fontWeight: "bold" }],
    ...doc.columns.map((c): Cell[] => [{ value: label(c.name) }, { value: c.description }]),
  ];
  return [
    { sheet: t("spreadsheet.dataSheet"), data, columns: doc.columns.map(() => ({ width: 24 })) },
    { sheet: t("spreadsheet.notesSheet"), data: notes, columns: [{ width: 36 }, { width: 100 }] },
  ];
}
