import type { BarDatum } from "@/lib/charts/data";
import { formatAsOfWithPrecision } from "@/lib/charts/data";
import { lang as langOf } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { ReportList } from "./passage";

/** The accessible twin of a chart: the same statements, each with who says it, when (to what precision) and every report of it. */
export function ClaimsTable({ data, caption, locale }: { data: BarDatum[]; caption: string; locale: Locale }) {
  const lang = langOf(locale);
  const { t } = lang;
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="claims-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.claims.who")}</th>
            <th scope="col">{t("table.claims.figure")}</th>
            <th scope="col">{t("table.claims.asOf")}</th>
            <th scope="col">{t("table.claims.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.figureId} data-figure-id={d.figureId} data-claimant={d.claimant}>
              <td>
                <span className={`tag tag--${d.claimant}`}>{t(`table.side.${d.claimant}`)}</span> {d.claimedBy}
              </td>
              <td className="figure">
                <span className="wording">{d.wording}</span> <span className="measure">{d.measure}{d.place !== "all" ? ` (${d.placeName})` : ""}</span>
                {d.scope !== "total" && (
                  <span className="scope" data-scope={d.scope}>
                    {" "}— {t("table.claims.scope", { scope: t(`term.scope.${d.scope}`), label: d.scopeLabel })}
                  </span>
                )}
                {d.standing === "passage-only" && <span className="note">{t("table.claims.passageOnly")}</span>}
                {d.note && <span className="note">{d.note}</span>}
              </td>
              <td data-label={t("table.claims.asOf")}>
                {formatAsOfWithPrecision(d.asOf, lang)}
                {d.dateBasis && <span className="note">{t(`table.claims.basis.${d.dateBasis}`)}</span>}
              </td>
              <td data-label={t("table.claims.sources")}>
                <ReportList reports={d.reports.map((r) => ({ id: r.figureId, href: r.passageUrl, publisher: r.publisher, sourceId: r.sourceId, passage: r.passage }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
