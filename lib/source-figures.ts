import { type BarDatum, toBarDatum } from "./chart-data";
import type { Dataset } from "./dataset";
import { PUBLISHER_TYPES, type Source } from "./sources";

export type SourceFigures = { source: Source; figures: BarDatum[] };

export const PUBLISHER_TYPE_NAMES: Record<Source["publisher_type"], string> = {
  official: "State bodies",
  "state-media": "State media",
  media: "News media",
  ngo: "Human-rights organisations",
  intergovernmental: "Intergovernmental bodies",
};

/** Every source with the figures (reports) it supports, oldest publication first (undated last). */
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

/** The same, grouped by publisher type in a fixed order; empty groups left out. */
export const sourcesByPublisherType = (dataset: Dataset) => {
  const all = sourceFigures(dataset);
  return PUBLISHER_TYPES.map((type) => ({ type, sources: all.filter((s) => s.source.publisher_type === type) })).filter((g) => g.sources.length);
};
