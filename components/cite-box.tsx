import { ACCESS_DATE, accessPlaceholder, CITATION_FORMATS, citations, type CitationInput } from "@/lib/publish/citation";
import { lang } from "@/lib/site/i18n";
import { SiteAddress, SiteScript, markParts } from "@/components/site-js";

/** The formats' names: proper names, the same in every language but the plain text's. */
const FORMAT_NAMES = { apa: "APA", bibtex: "BibTeX" } as const;

/**
 * Every citation as the server knows it, in the chart's language: the access date is the
 * placeholder ("[date you viewed it]"), so the text is there and selectable without JavaScript. Our
 * script (public/site-js/cite.js) puts the reader's own today in its place — by the patterns and
 * month names this box carries, the ones the server formats with — and the reader's origin before a
 * site-relative address, and shows the copy buttons where the browser can copy. The buttons are in
 * the server HTML, hidden, because under `next start` React hydrates this markup and must find no
 * element it did not render.
 */
export function CiteBox(props: Omit<CitationInput, "accessed">) {
  const locale = props.locale ?? "en";
  const { t } = lang(locale);
  const text = citations({ ...props, accessed: null });
  const placeholder = accessPlaceholder(locale);
  return (
    <section
      className="cite-box"
      aria-labelledby="cite-title"
      data-months={JSON.stringify(ACCESS_DATE[locale].months)}
      data-date-forms={JSON.stringify(ACCESS_DATE[locale].forms)}
    >
      <h2 id="cite-title">{t("chartPage.cite")}</h2>
      {CITATION_FORMATS.map((key) => {
        const label = key === "plain" ? t("chartPage.plain") : FORMAT_NAMES[key];
        return (
          <div key={key} className="citation">
            <h3 id={`cite-${key}`}>{label}</h3>
            <pre id={`citation-${key}`} tabIndex={0} aria-labelledby={`cite-${key}`} data-format={key}>
              {markParts(text[key], {
                [placeholder]: (p) => (
                  <span data-accessed="" suppressHydrationWarning>
                    {p}
                  </span>
                ),
                [props.url]: (url) => <SiteAddress>{url}</SiteAddress>,
              })}
            </pre>
            <button type="button" data-copy={`citation-${key}`} data-copied={t("chartPage.copied")} hidden suppressHydrationWarning>
              {t("chartPage.copy", { format: label })}
            </button>
          </div>
        );
      })}
      <SiteScript />
    </section>
  );
}
