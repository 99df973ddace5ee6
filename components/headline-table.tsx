import { type BarDatum, formatAsOf, formatStatementDate } from "@/lib/charts/data";
import { SCOPE_NAMES } from "@/lib/data/reports";
import type { HeadlineCell, HeadlineRow } from "@/lib/pages/overview";

function Attribution({ datum }: { datum: BarDatum }) {
  return (
    <span className="attribution">
      {datum.claimedBy}, {formatStatementDate(datum.asOf, datum.dateBasis)} —{" "}
      {datum.passageUrl ? <a href={datum.passageUrl}>{datum.publisher}</a> : datum.publisher}
    </span>
  );
}

function Cell({ cell, side, measureName }: { cell: HeadlineCell; side: string; measureName: string }) {
  const missing = `No ${side.toLowerCase()} total published for ${measureName}`;
  if (!cell.datum) {
    const other = cell.instead;
    return (
      <td className="none" data-label={side}>
        {missing}.
        {other && (
          <span className="instead" data-figure-id={other.figureId}>
            {" "}What {side.toLowerCase()} sources have instead, not a total: <span className="big">{other.wording}</span>{" "}
            <span className="measure">{other.measure}</span>{" "}
            <span className="scope">— {other.scope === "total" ? (other.standing === "undated" ? "undated" : "the archive holds only the passage") : `${SCOPE_NAMES[other.scope].toLowerCase()}: ${other.scopeLabel}`}</span>
            <Attribution datum={other} />
          </span>
        )}
      </td>
    );
  }
  const { datum, isMain } = cell;
  return (
    <td data-figure-id={datum.figureId} data-label={side}>
      {!isMain && <span className="missing">{missing}; the latest {side.toLowerCase()} total for a related measure:</span>}
      <span className="big">{datum.wording}</span> <span className="measure">{datum.measure}</span>
      <Attribution datum={datum} />
    </td>
  );
}

/** Latest official and independent total per metric, each with wording and source, and why the two differ. */
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
            <th scope="col">Why they differ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row={r.id}>
              <th scope="row">{r.label}</th>
              <Cell cell={r.official} side="Official" measureName={r.measureName} />
              <Cell cell={r.independent} side="Independent" measureName={r.measureName} />
              <td className="why" data-label="Why they differ">
                {r.why}
                {r.tally && <span className="tally" data-tally="officers-convicted">{r.tally}</span>}
                {r.latestEvidence && <span className="note">Latest statement on {r.measureName} in the ledger: {formatAsOf(r.latestEvidence)}.</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
