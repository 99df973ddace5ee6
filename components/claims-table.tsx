import type { BarDatum } from "@/lib/charts/data";
import { formatAsOfWithPrecision } from "@/lib/charts/data";

/** The accessible twin of a chart: the same statements, each with who says it, when (to what precision) and every report of it. */
export function ClaimsTable({ data, caption }: { data: BarDatum[]; caption: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="claims-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who says it</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.figureId} data-figure-id={d.figureId} data-claimant={d.claimant}>
              <td>
                <span className={`tag tag--${d.claimant}`}>{d.claimant}</span> {d.claimedBy}
              </td>
              <td className="figure">
                <span className="wording">{d.wording}</span> <span className="measure">{d.measure}{d.place !== "all" ? ` (${d.place})` : ""}</span>
                {d.note && <span className="note">{d.note}</span>}
              </td>
              <td>{formatAsOfWithPrecision(d.asOf)}</td>
              <td>
                <ul className="reports">
                  {d.reports.map((r) => (
                    <li key={r.figureId}>
                      {r.passageUrl ? <a href={r.passageUrl}>{r.publisher}</a> : r.publisher}
                      <q className="passage">{r.passage}</q>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
