import { type BarDatum, formatStatementDate } from "@/lib/charts/data";
import type { HeadlineCell, HeadlineRow } from "@/lib/pages/overview";
import { type Lang, lang as langOf } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { PassageLink } from "./passage-link";

function Attribution({ datum, lang }: { datum: BarDatum; lang: Lang }) {
  return (
    <span className="attribution">
      {datum.claimedBy}, {formatStatementDate(datum.asOf, datum.dateBasis, lang)} —{" "}
      <PassageLink href={datum.passageUrl}>{datum.publisher}</PassageLink>
    </span>
  );
}

function Cell({ cell, side, measureName, lang }: { cell: HeadlineCell; side: "official" | "independent"; measureName: string; lang: Lang }) {
  const { t } = lang;
  const label = t(`table.headline.${side}`);
  const missing = t("table.headline.missing", { side, measure: measureName });
  if (!cell.datum) {
    const other = cell.instead;
    return (
      <td className="none" data-label={label}>
        {missing}.
        {other && (
          <span className="instead" data-figure-id={other.figureId}>
            {" "}{t("table.headline.instead", { side })} <span className="big">{other.wording}</span>{" "}
            <span className="measure">{other.measure}</span>{" "}
            <span className="scope">
              —{" "}
              {other.scope === "total"
                ? t(other.standing === "undated" ? "table.headline.insteadUndated" : "table.headline.insteadPassageOnly")
                : t("table.headline.insteadScope", { scope: t(`term.scope.${other.scope}`).toLocaleLowerCase(lang.locale), label: other.scopeLabel })}
            </span>
            <Attribution datum={other} lang={lang} />
          </span>
        )}
      </td>
    );
  }
  const { datum, isMain } = cell;
  return (
    <td data-figure-id={datum.figureId} data-label={label}>
      {!isMain && <span className="missing">{missing}; {t("table.headline.related", { side })}</span>}
      <span className="big">{datum.wording}</span> <span className="measure">{datum.measure}</span>
      <Attribution datum={datum} lang={lang} />
    </td>
  );
}

/** Latest official and independent total per metric, each with wording and source, and why the two differ. */
export function HeadlineTable({ id, caption, rows, locale }: { id: string; caption: string; rows: HeadlineRow[]; locale: Locale }) {
  const lang = langOf(locale);
  const { t } = lang;
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="headline-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.headline.metric")}</th>
            <th scope="col">{t("table.headline.official")}</th>
            <th scope="col">{t("table.headline.independent")}</th>
            <th scope="col">{t("table.headline.why")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row={r.id}>
              <th scope="row">{r.label}</th>
              <Cell cell={r.official} side="official" measureName={r.measureName} lang={lang} />
              <Cell cell={r.independent} side="independent" measureName={r.measureName} lang={lang} />
              <td className="why" data-label={t("table.headline.why")}>
                {r.why}
                {r.tally && <span className="tally" data-tally="officers-convicted">{r.tally}</span>}
                {r.latestEvidence && <span className="note">{t("table.headline.latestEvidence", { measure: r.measureName, date: lang.date(r.latestEvidence) })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
