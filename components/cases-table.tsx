import type { Case } from "@/lib/data/cases";
import { formatAsOf } from "@/lib/charts/data";
import type { Source } from "@/lib/data/sources";
import { passageLink } from "@/lib/data/sources";

/** Named proceedings, each once, with every report of it in its own source's words. */
export function CasesTable({ cases, sources, caption }: { cases: Case[]; sources: ReadonlyMap<string, Source>; caption: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="cases-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Charge</th>
            <th scope="col">Outcome</th>
            <th scope="col">Sentence</th>
            <th scope="col">Date</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.case_id} data-case-id={c.case_id} data-role={c.role}>
              <td data-label="Who">
                {c.person}
                <span className="note">
                  {c.role}, {c.place}
                  {c.defendants !== null && `; ${c.defendants} ${c.defendants === 1 ? "defendant" : "defendants"}`}
                  {c.convicted !== null && `, ${c.convicted} convicted`}
                </span>
              </td>
              <td data-label="Charge">{c.charge}</td>
              <td data-label="Outcome">{c.outcome.replace("-", ", ")}</td>
              <td data-label="Sentence">
                {c.sentence}
                {c.note && <span className="note">{c.note}</span>}
              </td>
              <td data-label="Date">{c.verdict_date ? formatAsOf(c.verdict_date) : "not stated"}</td>
              <td data-label="Sources">
                <ul className="reports">
                  {c.reports.map((r) => {
                    const source = sources.get(r.source_id)!;
                    const link = passageLink(source.url, r.passage);
                    return (
                      <li key={r.report_id} data-report-id={r.report_id}>
                        {link ? <a href={link}>{source.publisher}</a> : source.publisher}
                        <q className="passage">{r.passage}</q>
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
