import Papa from "papaparse";
import type { ChartSpec } from "../charts/registry";
import type { Dataset } from "../data/dataset";
import { wording } from "../data/qualifiers";

export const CHART_CSV_COLUMNS = [
  "figure_id", "event", "metric", "place", "measure", "claimant", "claimed_by", "value_low", "value_high", "qualifier",
  "wording", "as_of", "source_id", "source_title", "publisher", "source_url", "passage", "passage_url", "note",
] as const;

/** Where a chart's rows download, per release: a plain file for any static host. */
export const chartCsvPath = (spec: ChartSpec, release: string) => `/data/releases/${release}/charts/${spec.id}.csv`;

/** The Excel-friendly twin of a CSV download (x.csv → x.excel.csv). */
export const EXCEL_SUFFIX = ".excel.csv";
export const excelName = (csvName: string) => csvName.replace(/\.csv$/, EXCEL_SUFFIX);

/**
 * The same bytes behind a UTF-8 byte order mark: without it Excel reads a CSV as the local
 * code page and turns Cyrillic into mojibake; with it, Excel and LibreOffice read UTF-8.
 */
export function withBom(bytes: Uint8Array | string): Uint8Array<ArrayBuffer> {
  const body = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

type ChartRow = Record<(typeof CHART_CSV_COLUMNS)[number], string>;

/** The rows one chart draws, in drawing order, with everything needed to check each against its source. */
export function chartRows(dataset: Dataset, spec: ChartSpec): ChartRow[] {
  const byId = new Map(dataset.rows.map((c) => [c.figure_id, c]));
  return spec.data.map((d) => {
    const c = byId.get(d.figureId)!;
    const s = dataset.sourcesById.get(c.source_id)!;
    return {
      figure_id: c.figure_id,
      event: c.event,
      metric: c.metric,
      place: c.place,
      measure: c.measure,
      claimant: c.claimant,
      claimed_by: c.claimed_by,
      value_low: c.value_low === null ? "" : String(c.value_low),
      value_high: c.value_high === null ? "" : String(c.value_high),
      qualifier: c.qualifier,
      wording: wording(c.qualifier, { low: c.value_low, high: c.value_high }),
      as_of: c.as_of,
      source_id: c.source_id,
      source_title: s.title,
      publisher: s.publisher,
      source_url: s.url,
      passage: c.passage,
      passage_url: d.passageUrl ?? "",
      note: c.note,
    };
  });
}

/** Rows as CSV, columns in their fixed order. */
export const rowsCsv = (rows: readonly ChartRow[]): string =>
  `${Papa.unparse({ fields: [...CHART_CSV_COLUMNS], data: rows.map((r) => CHART_CSV_COLUMNS.map((c) => r[c])) }, { newline: "\n" })}\n`;
