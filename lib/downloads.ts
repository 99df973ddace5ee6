import Papa from "papaparse";
import type { ChartSpec } from "./charts/registry";
import type { Dataset } from "./dataset";
import { wording } from "./qualifiers";

export const CHART_CSV_COLUMNS = [
  "figure_id", "event", "metric", "place", "measure", "claimant", "claimed_by", "value_low", "value_high", "qualifier",
  "wording", "as_of", "source_id", "source_title", "publisher", "source_url", "passage", "passage_url", "note",
] as const;

/** The rows one chart draws, in drawing order, with everything needed to check each against its source. */
export function chartCsv(dataset: Dataset, spec: ChartSpec): string {
  const byId = new Map(dataset.claims.map((c) => [c.figure_id, c]));
  const rows = spec.data.map((d) => {
    const c = byId.get(d.figureId)!;
    const s = dataset.sourcesById.get(c.source_id)!;
    const row: Record<(typeof CHART_CSV_COLUMNS)[number], string> = {
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
    return CHART_CSV_COLUMNS.map((k) => row[k]);
  });
  return `${Papa.unparse({ fields: [...CHART_CSV_COLUMNS], data: rows }, { newline: "\n" })}\n`;
}
