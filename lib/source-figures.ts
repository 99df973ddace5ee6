import { type BarDatum, toBarDatum } from "./chart-data";
import type { Dataset } from "./dataset";
import type { Source } from "./sources";

export type SourceFigures = { source: Source; figures: BarDatum[] };

/** Every source with the figures it supports, oldest publication first (undated last). */
export function sourceFigures(dataset: Dataset): SourceFigures[] {
  const bySource = new Map<string, BarDatum[]>();
  for (const claim of dataset.claims) {
    const list = bySource.get(claim.source_id) ?? [];
    list.push(toBarDatum(claim, dataset));
    bySource.set(claim.source_id, list);
  }
  return dataset.sources
    .map((source) => ({ source, figures: bySource.get(source.source_id) ?? [] }))
    .sort((a, b) => (a.source.published || "9999").localeCompare(b.source.published || "9999") || a.source.title.localeCompare(b.source.title));
}
