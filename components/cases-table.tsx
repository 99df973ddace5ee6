import type { Case } from "@/lib/data/cases";
import { formatAsOf } from "@/lib/charts/data";
import type { Source } from "@/lib/data/sources";
import { passageLink } from "@/lib/data/sources";

/** Named prosecutions, each as its source states it. */
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
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const source = sources.get(c.source_id)!;
            const link = passageLink(source.url, c.passage);
            return (
              <tr key={c.case_id} data-case-id={c.case_id} data-role={c.role}>
                <td>
                  {c.person}
                  <span className="note">
                    {c.role}, {c.place}
                  </span>
                </td>
                <td>{c.charge}</td>
                <td>{c.outcome.replace("-", ", ")}</td>
                <td>
                  {c.sentence}
                  {c.note && <span className="note">{c.note}</span>}
                </td>
                <td>{c.verdict_date ? formatAsOf(c.verdict_date) : "not stated"}</td>
                <td>
                  {link ? <a href={link}>{source.publisher}</a> : source.publisher}
                  <q className="passage">{c.passage}</q>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
