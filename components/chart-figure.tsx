import Link from "next/link";
import type { ChartSpec } from "@/lib/charts";
import { sourceLine } from "@/lib/sources";
import { chartSvg } from "@/lib/chart-svgs";
import { ClaimsTable } from "./claims-table";

/** A chart as a citable unit: title, takeaway, the SVG, its data table, its source line and permalink. */
export function ChartFigure({ spec, headingLevel = 3, permalink = true }: { spec: ChartSpec; headingLevel?: 1 | 2 | 3; permalink?: boolean }) {
  const { id, title, takeaway, data, sources } = spec;
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  return (
    <figure className="chart-figure" id={id} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p className="takeaway">{takeaway}</p>
      {/* Static SVG drawn by Recharts at build time (scripts/render-charts.tsx): nothing to hydrate. */}
      <div dangerouslySetInnerHTML={{ __html: chartSvg(id) }} />
      <p className="legend">
        <span className="swatch swatch--official" aria-hidden="true" /> Official figure{" "}
        <span className="swatch swatch--independent" aria-hidden="true" /> Independently reported{" "}
        <span className="swatch swatch--range" aria-hidden="true" /> stated range{" "}
        <span aria-hidden="true">⇢</span> no upper bound (“at least”, “more than”)
      </p>
      <figcaption className="source-line">
        {sourceLine(sources)}
        {permalink && (
          <>
            {" "}
            <Link className="permalink" href={spec.permalink} prefetch={false}>
              Link to this chart
            </Link>
          </>
        )}
      </figcaption>
      <details className="table-toggle" open>
        <summary>Data table</summary>
        <ClaimsTable data={data} caption={title} />
      </details>
    </figure>
  );
}
