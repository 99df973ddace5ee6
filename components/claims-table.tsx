import type { BarDatum } from "@/lib/chart-data";
import { formatAsOf } from "@/lib/chart-data";

/** The accessible twin of a chart: the same figures, each with who says it and where. */
export function ClaimsTable({ data, caption }: { data: BarDatum[]; caption: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="claims-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            <th scope="col">Who says it</th>
            <th scope="col">What is counted</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.figureId} data-figure-id={d.figureId} data-claimant={d.claimant}>
              <td>
                <span className={`tag tag--${d.claimant}`}>{d.claimant}</span>
              </td>
              <td>{d.claimedBy}</td>
              <td>
                {d.measure}
                {d.place !== "all" ? ` (${d.place})` : ""}
              </td>
              <td className="figure">
                {d.wording}
                {d.note && <span className="note">{d.note}</span>}
              </td>
              <td>{formatAsOf(d.asOf)}</td>
              <td>
                {d.passageUrl ? <a href={d.passageUrl}>{d.publisher}</a> : d.publisher}
                <q className="passage">{d.passage}</q>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
