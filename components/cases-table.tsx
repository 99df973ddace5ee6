import { type Case, caseSentence } from "@/lib/data/cases";
import type { Source } from "@/lib/data/sources";
import { passageLink } from "@/lib/data/sources";
import { lang as langOf } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { ReportList } from "./passage";

/** Named proceedings, each once, with every report of it in its own source's words. */
export function CasesTable({ cases, sources, caption, locale }: { cases: Case[]; sources: ReadonlyMap<string, Source>; caption: string; locale: Locale }) {
  const lang = langOf(locale);
  const { t } = lang;
  const col = {
    who: t("table.cases.who"),
    charge: t("table.cases.charge"),
    outcome: t("table.cases.outcome"),
    sentence: t("table.cases.sentence"),
    date: t("table.cases.date"),
    sources: t("table.cases.sources"),
  };
  const sentenceOf = (c: Case) => {
    const { latest, earlier } = caseSentence(c, (id) => sources.get(id)!.published);
    return (
      <>
        {lang.name("case_sentence", latest)}
        {earlier.length > 0 && <span className="note">{t("table.cases.earlierSentence", { sentences: earlier.map((e) => lang.name("case_sentence", e)).join("; ") })}</span>}
      </>
    );
  };
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="cases-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.who}</th>
            <th scope="col">{col.charge}</th>
            <th scope="col">{col.outcome}</th>
            <th scope="col">{col.sentence}</th>
            <th scope="col">{col.date}</th>
            <th scope="col">{col.sources}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.case_id} id={`case-${c.case_id}`} data-case-id={c.case_id} data-role={c.role}>
              <td data-label={col.who}>
                {lang.name("case_person", c.person)}
                <span className="note">
                  {t(`table.cases.role.${c.role}`)}, {lang.name("place", c.place)}
                  {c.defendants !== null && `; ${t("table.cases.defendants", { count: c.defendants })}`}
                  {c.convicted !== null && `, ${t("table.cases.convicted", { count: c.convicted })}`}
                </span>
              </td>
              <td data-label={col.charge}>{lang.name("case_charge", c.charge)}</td>
              <td data-label={col.outcome}>{t(`table.cases.outcomeOf.${c.outcome}`)}</td>
              <td data-label={col.sentence}>
                {sentenceOf(c)}
                {c.note && <span className="note">{lang.name("note", c.note)}</span>}
              </td>
              <td data-label={col.date}>{c.verdict_date ? lang.date(c.verdict_date) : t("table.cases.notStated")}</td>
              <td data-label={col.sources}>
                <ReportList
                  reports={c.reports.map((r) => {
                    const source = sources.get(r.source_id)!;
                    const href = passageLink(source.url, r.passage);
                    return { id: r.report_id, href, publisher: lang.name("publisher", source.publisher), sourceId: r.source_id, passage: r.passage };
                  })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
