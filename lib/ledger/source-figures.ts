import type { ReportRow } from "../data/reports";
import type { Dataset } from "../data/dataset";
import type { EventId } from "../data/events";
import { measureName } from "../data/metrics";
import { wording } from "../data/qualifiers";
import { EN, type Lang } from "../site/i18n";
import { passageLink, PUBLISHER_TYPES, type Source } from "../data/sources";

/** One report as its source words it (its own wording, which may be looser than the statement's: "almost 6,000" for 5,800). */
export type SourceFigure = {
  figureId: string;
  statementId: string;
  event: EventId;
  wording: string;
  measure: string;
  /** The place as the data names it ("all" for the whole event), and in the reader's language. */
  place: string;
  placeName: string;
  claimant: ReportRow["claimant"];
  claimedBy: string;
  passage: string;
  passageUrl: string | null;
};

export type SourceFigures = { source: Source; figures: SourceFigure[] };

const sourceFigure = (c: ReportRow, source: Source, lang: Lang): SourceFigure => ({
  figureId: c.figure_id,
  statementId: c.statement_id,
  event: c.event,
  wording: wording(c.qualifier, { low: c.value_low, high: c.value_high }, lang),
  measure: measureName(c.metric, c.measure, lang),
  place: c.place,
  placeName: lang.name("place", c.place),
  claimant: c.claimant,
  claimedBy: lang.name("claimed_by", c.claimed_by),
  passage: c.passage,
  passageUrl: passageLink(source.url, c.passage),
});

/** Every source with the figures (reports) it carries, oldest publication first (undated last). */
export function sourceFigures(dataset: Dataset, lang: Lang = EN): SourceFigures[] {
  const bySource = new Map<string, SourceFigure[]>();
  for (const row of dataset.rows) {
    const list = bySource.get(row.source_id) ?? [];
    list.push(sourceFigure(row, dataset.sourcesById.get(row.source_id)!, lang));
    bySource.set(row.source_id, list);
  }
  return dataset.sources
    .map((source) => ({ source, figures: bySource.get(source.source_id) ?? [] }))
    .sort((a, b) => (a.source.published || "9999").localeCompare(b.source.published || "9999") || a.source.title.localeCompare(b.source.title));
}

/** The same, grouped by publisher type in a fixed order; empty groups left out. */
export const sourcesByPublisherType = (dataset: Dataset, lang: Lang = EN) => {
  const all = sourceFigures(dataset, lang);
  return PUBLISHER_TYPES.map((type) => ({ type, sources: all.filter((s) => s.source.publisher_type === type) })).filter((g) => g.sources.length);
};
