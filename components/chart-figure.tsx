import Link from "next/link";
import type { ChartSpec } from "@/lib/charts";
import { sourceLine } from "@/lib/sources";
import { chartSvg } from "@/lib/chart-svgs";
import { ClaimsTable } from "./claims-table";

/** A chart as a citable unit: title, takeaway, the SVG, its data table, its source line and permalink. `release`: drawn from that release's data, not data/. */
export function ChartFigure({ spec, headingLevel = 3, permalink = true, release }: { spec: ChartSpec; headingLevel?: 1 | 2 | 3; permalink?: boolean; release?: string }) {
  const { id, title, takeaway, data, sources } = spec;
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  return (
    <figure className="chart-figure" id={id} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p className="takeaway">{takeaway}</p>
      {/* Static SVG drawn by Recharts at build time (scripts/render-charts.tsx): nothing to hydrate. */}
      {/* On narrow screens the chart keeps a readable size and scrolls sideways instead of shrinking. */}
      <div className="chart-scroll" tabIndex={0} role="group" aria-label={`${title} (chart; the table below has the same figures)`} dangerouslySetInnerHTML={{ __html: chartSvg(id, release) }} />
      <Legend kind={spec.kind} />
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

function Legend({ kind }: { kind: ChartSpec["kind"] }) {
  if (kind === "timeline") {
    return (
      <ul className="legend" aria-label="Legend">
        <li>
          <span aria-hidden="true" className="legend-mark legend-mark--official">●</span> Official figure, joined in date order
        </li>
        <li>
          <span aria-hidden="true" className="legend-mark legend-mark--independent">◆</span> Independently reported
        </li>
        <li>
          <span className="legend-arrow" aria-hidden="true">⇡</span> No upper bound · <span className="legend-arrow" aria-hidden="true">⇣</span>{" "}
          “up to”, “almost” · vertical line: a stated range
        </li>
      </ul>
    );
  }
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch swatch--official" aria-hidden="true" /> Official figure
      </li>
      <li>
        <span className="swatch swatch--independent" aria-hidden="true" /> Independently reported
      </li>
      <li>
        <span className="swatch swatch--range" aria-hidden="true" /> Hatched: a stated range
      </li>
      <li>
        <span className="legend-arrow" aria-hidden="true">⇢</span> No upper bound (“at least”, “more than”)
      </li>
    </ul>
  );
}
