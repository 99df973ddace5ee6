import type { BarDatum } from "@/lib/chart-data";
import { formatAsOf } from "@/lib/chart-data";
import type { HeadlineRow } from "@/lib/overview";

function Cell({ datum, side }: { datum: BarDatum | null; side: string }) {
  if (!datum) return <td className="none" data-label={side}>no figure in the sources</td>;
  return (
    <td data-figure-id={datum.figureId} data-label={side}>
      <span className="big">{datum.wording}</span> <span className="measure">{datum.measure}</span>
      <span className="attribution">
        {datum.claimedBy}, {formatAsOf(datum.asOf)} —{" "}
        {datum.passageUrl ? <a href={datum.passageUrl}>{datum.publisher}</a> : datum.publisher}
      </span>
    </td>
  );
}

/** Latest official and independent figure per metric, each with wording and source. */
export function HeadlineTable({ id, caption, rows }: { id: string; caption: string; rows: HeadlineRow[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="headline-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Official</th>
            <th scope="col">Independent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} data-metric={r.metric}>
              <th scope="row">{r.metricName}</th>
              <Cell datum={r.official} side="Official" />
              <Cell datum={r.independent} side="Independent" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
