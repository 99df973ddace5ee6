import type { ReportRow } from "../data/reports";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { METRICS } from "../data/metrics";
import { wording } from "../data/qualifiers";
import { passageLink, PUBLISHER_TYPES, type Source } from "../data/sources";

/** One report as its source words it (its own wording, which may be looser than the statement's: "almost 6,000" for 5,800). */
export type SourceFigure = {
  figureId: string;
  statementId: string;
  event: EventId;
  wording: string;
  measure: string;
  place: string;
  claimant: ReportRow["claimant"];
  claimedBy: string;
  passage: string;
  passageUrl: string | null;
};

export type SourceFigures = { source: Source; figures: SourceFigure[] };

const sourceFigure = (c: ReportRow, source: Source): SourceFigure => ({
  figureId: c.figure_id,
  statementId: c.statement_id,
  event: c.event,
  wording: wording(c.qualifier, { low: c.value_low, high: c.value_high }),
  measure: METRICS[c.metric].measures[c.measure] ?? c.measure,
  place: c.place,
  claimant: c.claimant,
  claimedBy: c.claimed_by,
  passage: c.passage,
  passageUrl: passageLink(source.url, c.passage),
});

export const PUBLISHER_TYPE_NAMES: Record<Source["publisher_type"], string> = {
  official: "State bodies",
  "state-media": "State media",
  media: "News media",
  ngo: "Human-rights organisations",
  intergovernmental: "Intergovernmental bodies",
};

/** Every source with the figures (reports) it carries, oldest publication first (undated last). */
export function sourceFigures(dataset: Dataset): SourceFigures[] {
  const bySource = new Map<string, SourceFigure[]>();
  for (const row of dataset.rows) {
    const list = bySource.get(row.source_id) ?? [];
    list.push(sourceFigure(row, dataset.sourcesById.get(row.source_id)!));
    bySource.set(row.source_id, list);
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
