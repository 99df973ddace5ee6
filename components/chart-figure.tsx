import type { BarDatum } from "@/lib/chart-data";
import type { Source } from "@/lib/sources";
import { sourceLine } from "@/lib/sources";
import { ClaimsChart } from "./claims-chart";
import { ClaimsTable } from "./claims-table";

export type ChartFigureProps = {
  id: string;
  title: string;
  takeaway: string;
  unit: string;
  data: BarDatum[];
  sources: Source[];
};

/** A chart as a citable unit: title, takeaway, the SVG, its data table and its source line. */
export function ChartFigure({ id, title, takeaway, unit, data, sources }: ChartFigureProps) {
  return (
    <figure className="chart-figure" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="takeaway">{takeaway}</p>
      <ClaimsChart data={data} unit={unit} title={title} />
      <p className="legend">
        <span className="swatch swatch--official" aria-hidden="true" /> Official figure{" "}
        <span className="swatch swatch--independent" aria-hidden="true" /> Independently reported{" "}
        <span className="swatch swatch--range" aria-hidden="true" /> stated range{" "}
        <span aria-hidden="true">⇢</span> no upper bound (“at least”, “more than”)
      </p>
      <figcaption className="source-line">{sourceLine(sources)}</figcaption>
      <details className="table-toggle" open>
        <summary>Data table</summary>
        <ClaimsTable data={data} caption={title} />
      </details>
    </figure>
  );
}
