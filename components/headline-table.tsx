import { formatAsOf } from "@/lib/charts/data";
import type { HeadlineCell, HeadlineRow } from "@/lib/pages/overview";

function Cell({ cell, side, measureName }: { cell: HeadlineCell; side: string; measureName: string }) {
  const missing = `No ${side.toLowerCase()} figure published for ${measureName}`;
  if (!cell) return <td className="none" data-label={side}>{missing}.</td>;
  const { datum, isMain } = cell;
  return (
    <td data-figure-id={datum.figureId} data-label={side}>
      {!isMain && <span className="missing">{missing}; the latest {side.toLowerCase()} figure for a related measure:</span>}
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
            <tr key={r.id} data-row={r.id}>
              <th scope="row">{r.label}</th>
              <Cell cell={r.official} side="Official" measureName={r.measureName} />
              <Cell cell={r.independent} side="Independent" measureName={r.measureName} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
