import type { BarDatum } from "@/lib/charts/data";
import { formatAsOfWithPrecision } from "@/lib/charts/data";
import { SCOPE_NAMES } from "@/lib/data/reports";

const DATE_BASIS = { stated: "date stated in the source", first_hand: "date of the claimant’s own statement", approximate: "approximate", "": "" } as const;

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
                {d.scope !== "total" && (
                  <span className="scope" data-scope={d.scope}>
                    {" "}— {SCOPE_NAMES[d.scope]}: {d.scopeLabel}; not compared with totals
                  </span>
                )}
                {d.standing === "passage-only" && <span className="note">Passage only: the archive holds only this passage, so what it counts and when cannot be verified; not used as a headline or in a ratio.</span>}
                {d.note && <span className="note">{d.note}</span>}
              </td>
              <td>
                {formatAsOfWithPrecision(d.asOf)}
                {DATE_BASIS[d.dateBasis] && <span className="note">{DATE_BASIS[d.dateBasis]}</span>}
              </td>
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
