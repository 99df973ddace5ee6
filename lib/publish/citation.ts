import { lang } from "../site/i18n";
import type { Locale } from "../site/locales";

/** Citations of one chart: plain text, APA 7 and BibTeX, pinned to a data release, in the chart's language. */
export type CitationInput = {
  title: string;
  siteName: string;
  /** The pinned URL of the chart in `release` (absolute when SITE_URL is set). */
  url: string;
  /** The chart's id (lib/charts/registry.ts): the same chart has the same id in every release. */
  chartId: string;
  /** The data release the chart is drawn from, e.g. 2026-11-24 or 2026-11-24-2. */
  release: string;
  /** YYYY-MM-DD, the reader's today; null without JavaScript, when only the reader knows it. */
  accessed: string | null;
  /** The language of the citation's own words (the title is the chart's, already in it); English by default. */
  locale?: Locale;
};

export const CITATION_FORMATS = ["plain", "apa", "bibtex"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** What a reader without JavaScript sees instead of the access date, to fill in themselves. */
export const accessPlaceholder = (locale: Locale = "en"): string => lang(locale).t("chartPage.citation.placeholder");

/**
 * How each format writes the access date in each language, as patterns of {d}, {month}, {y}, {mm}, {dd}:
 * the same patterns fill it in on the server and, from the reader's own calendar, in the browser
 * (public/site-js/cite.js reads them off the cite box), so the two can never disagree. APA 7 writes
 * Month Day, Year; BibTeX an ISO date; Russian the genitive month and "г.", Kazakh the year first.
 */
export const ACCESS_DATE: Record<Locale, { months: string[]; forms: Record<CitationFormat, string> }> = {
  en: {
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    forms: { plain: "{d} {month} {y}", apa: "{month} {d}, {y}", bibtex: "{y}-{mm}-{dd}" },
  },
  ru: {
    months: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    forms: { plain: "{d} {month} {y} г.", apa: "{d} {month} {y} г.", bibtex: "{y}-{mm}-{dd}" },
  },
  kk: {
    months: ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    forms: { plain: "{y} ж. {d} {month}", apa: "{y} ж. {d} {month}", bibtex: "{y}-{mm}-{dd}" },
  },
};

export function accessDate(iso: string, format: CitationFormat, locale: Locale = "en"): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const { months, forms } = ACCESS_DATE[locale];
  const parts: Record<string, string> = { d: String(d), month: months[m - 1]!, y: String(y), mm: String(m).padStart(2, "0"), dd: String(d).padStart(2, "0") };
  return forms[format].replace(/\{(\w+)\}/g, (_, k: string) => parts[k]!);
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, "\\$1");
/** BibTeX's (biblatex's) names of the languages. */
const BIBTEX_LANGUAGE: Record<Locale, string> = { en: "english", ru: "russian", kk: "kazakh" };

/**
 * The BibTeX key: from the chart's id, not its title or URL, so it is unique across charts and the
 * same in every release (a later release of the same chart is a new version of the same work).
 */
export const bibtexKey = (chartId: string): string => `kzaccountability:${chartId}`;

export function citations(c: CitationInput): Record<CitationFormat, string> {
  const locale = c.locale ?? "en";
  const { t } = lang(locale);
  const year = c.release.slice(0, 4);
  const date = (format: CitationFormat) => (c.accessed ? accessDate(c.accessed, format, locale) : accessPlaceholder(locale));
  const args = { title: c.title, site: c.siteName, release: c.release, url: c.url, year };
  return {
    plain: t("chartPage.citation.plain", { ...args, date: date("plain") }),
    apa: t("chartPage.citation.apa", { ...args, date: date("apa") }),
    bibtex: [
      `@misc{${bibtexKey(c.chartId)},`,
      `  title        = {${bibEscape(c.title)}},`,
      `  author       = {{${bibEscape(c.siteName)}}},`,
      `  year         = {${year}},`,
      `  version      = {${c.release}},`,
      ...(locale === "en" ? [] : [`  language     = {${BIBTEX_LANGUAGE[locale]}},`]),
      `  note         = {${bibEscape(t("chartPage.citation.bibtexNote", { release: c.release, date: date("bibtex") }))}},`,
      `  howpublished = {\\url{${c.url}}},`,
      `  url          = {${c.url}}`,
      `}`,
    ].join("\n"),
  };
}
