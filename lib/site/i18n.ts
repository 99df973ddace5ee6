import { createFormatter, createTranslator } from "use-intl/core";
import enCharts from "../../messages/en/charts.json";
import enChrome from "../../messages/en/chrome.json";
import enChartPage from "../../messages/en/chartPage.json";
import enDataPage from "../../messages/en/dataPage.json";
import enErrorPage from "../../messages/en/errorPage.json";
import enExplore from "../../messages/en/explore.json";
import enGallery from "../../messages/en/gallery.json";
import enLedger from "../../messages/en/ledger.json";
import enMethodology from "../../messages/en/methodology.json";
import enNotFound from "../../messages/en/notFound.json";
import enPage from "../../messages/en/page.json";
import enSearch from "../../messages/en/search.json";
import enSources from "../../messages/en/sources.json";
import enSpreadsheet from "../../messages/en/spreadsheet.json";
import enTable from "../../messages/en/table.json";
import enTerm from "../../messages/en/term.json";
import ruCharts from "../../messages/ru/charts.json";
import ruChrome from "../../messages/ru/chrome.json";
import ruChartPage from "../../messages/ru/chartPage.json";
import ruDataPage from "../../messages/ru/dataPage.json";
import ruErrorPage from "../../messages/ru/errorPage.json";
import ruExplore from "../../messages/ru/explore.json";
import ruGallery from "../../messages/ru/gallery.json";
import ruLedger from "../../messages/ru/ledger.json";
import ruMethodology from "../../messages/ru/methodology.json";
import ruNotFound from "../../messages/ru/notFound.json";
import ruPage from "../../messages/ru/page.json";
import ruSearch from "../../messages/ru/search.json";
import ruSources from "../../messages/ru/sources.json";
import ruSpreadsheet from "../../messages/ru/spreadsheet.json";
import ruTable from "../../messages/ru/table.json";
import ruTerm from "../../messages/ru/term.json";
import kkCharts from "../../messages/kk/charts.json";
import kkChrome from "../../messages/kk/chrome.json";
import kkChartPage from "../../messages/kk/chartPage.json";
import kkDataPage from "../../messages/kk/dataPage.json";
import kkErrorPage from "../../messages/kk/errorPage.json";
import kkExplore from "../../messages/kk/explore.json";
import kkGallery from "../../messages/kk/gallery.json";
import kkLedger from "../../messages/kk/ledger.json";
import kkMethodology from "../../messages/kk/methodology.json";
import kkNotFound from "../../messages/kk/notFound.json";
import kkPage from "../../messages/kk/page.json";
import kkSearch from "../../messages/kk/search.json";
import kkSources from "../../messages/kk/sources.json";
import kkSpreadsheet from "../../messages/kk/spreadsheet.json";
import kkTable from "../../messages/kk/table.json";
import kkTerm from "../../messages/kk/term.json";
import kkMeasures from "../../messages/kk/measures.json";
import kkNames from "../../messages/kk/names.json";
import ruMeasures from "../../messages/ru/measures.json";
import ruNames from "../../messages/ru/names.json";
import { LOCALES, type Locale } from "./locales";

/**
 * Every word a reader sees comes from messages/<locale>/*.json (ICU messages; `term.json` is the
 * house glossary the other catalogues draw on), and every number and date is formatted here, on
 * the server: Chromium has no Kazakh formatting data, so nothing may be formatted again in the browser.
 */
const en = { charts: enCharts, chrome: enChrome, chartPage: enChartPage, dataPage: enDataPage, errorPage: enErrorPage, explore: enExplore, gallery: enGallery, ledger: enLedger, methodology: enMethodology, notFound: enNotFound, page: enPage, search: enSearch, sources: enSources, spreadsheet: enSpreadsheet, table: enTable, term: enTerm };
export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = {
  en,
  ru: { charts: ruCharts, chrome: ruChrome, chartPage: ruChartPage, dataPage: ruDataPage, errorPage: ruErrorPage, explore: ruExplore, gallery: ruGallery, ledger: ruLedger, methodology: ruMethodology, notFound: ruNotFound, page: ruPage, search: ruSearch, sources: ruSources, spreadsheet: ruSpreadsheet, table: ruTable, term: ruTerm },
  kk: { charts: kkCharts, chrome: kkChrome, chartPage: kkChartPage, dataPage: kkDataPage, errorPage: kkErrorPage, explore: kkExplore, gallery: kkGallery, ledger: kkLedger, methodology: kkMethodology, notFound: kkNotFound, page: kkPage, search: kkSearch, sources: kkSources, spreadsheet: kkSpreadsheet, table: kkTable, term: kkTerm },
};

/**
 * The data's own words — who stated a figure, places, what a non-total counts, the named cases'
 * people, charges and sentences, the measures — are English in data/; their Russian and Kazakh
 * are kept here, keyed by the English, beside the catalogues (a test holds them complete).
 */
export type Vocabulary = keyof typeof ruNames;
const VOCABULARY: Record<Exclude<Locale, "en">, { names: Record<Vocabulary, Record<string, string>>; measures: Record<string, Record<string, string>> }> = {
  ru: { names: ruNames, measures: ruMeasures },
  kk: { names: kkNames, measures: kkMeasures },
};

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function makeLang(locale: Locale) {
  // A missing or malformed message fails the build rather than printing its key on a page.
  const raw = createTranslator({ locale, messages: MESSAGES[locale], timeZone: "UTC", onError: (e) => { throw e; } });
  // A date that ends in an abbreviation ("2024 г.", "2024 ж.") at the end of a sentence takes no second full stop.
  const t = Object.assign((...args: Parameters<typeof raw>) => raw(...args).replace(/(\s(?:г|ж)\.)\./g, "$1"), raw) as typeof raw;
  const format = createFormatter({ locale, timeZone: "UTC" });
  const at = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
  const vocabulary = locale === "en" ? null : VOCABULARY[locale];
  const missing = (what: string): never => {
    throw new Error(`messages/${locale}: no translation of ${what} (add it to messages/${locale}/names.json or measures.json)`);
  };
  return {
    locale,
    t,
    /** A value of the data in this language ("General Prosecutor's Office" → "Генеральная прокуратура …"). */
    name: (kind: Vocabulary, english: string): string =>
      !vocabulary || !english ? english : (vocabulary.names[kind][english] ?? missing(`${kind} “${english}”`)),
    /** A measure's name in this language; English names are the data model's own (lib/data/metrics.ts), passed in. */
    measure: (metric: string, measure: string, english: string): string =>
      !vocabulary ? english : (vocabulary.measures[metric]?.[measure] ?? missing(`measure ${metric}/${measure}`)),
    /** 9,900 (en) · 9 900 (ru, kk). */
    count: (n: number): string => format.number(n),
    /** A date axis tick: "Jan" or, where the year must be said, "Jan 2022" · "янв." / "янв. 2022 г.". */
    monthLabel: (year: number, month: number, withYear: boolean): string =>
      locale === "en"
        ? `${MONTHS_EN[month - 1]}${withYear ? ` ${year}` : ""}`
        : format.dateTime(at(year, month), withYear ? { month: "short", year: "numeric" } : { month: "short" }),
    /**
     * A partial ISO date as precisely as it is known: "28 Dec 2022" · "28 декабря 2022 г." ·
     * "2022 ж. 28 желтоқсан"; a month or a year alone stays a month or a year; "" is undated.
     * English keeps its own short form, which every pinned chart of earlier releases prints.
     */
    date: (asOf: string): string => {
      if (!asOf) return t("term.date.undated");
      const [y, m, d] = asOf.split("-").map(Number) as [number, number?, number?];
      if (locale === "en") return [d ? String(d) : null, m ? MONTHS_EN[m - 1] : null, y].filter(Boolean).join(" ");
      if (m === undefined) return t("term.date.year", { year: y });
      if (d === undefined) return format.dateTime(at(y, m), { month: "long", year: "numeric" });
      return format.dateTime(at(y, m, d), { day: "numeric", month: "long", year: "numeric" });
    },
  };
}

export type Lang = ReturnType<typeof makeLang>;

const LANGS = Object.fromEntries(LOCALES.map((l) => [l, makeLang(l)])) as Record<Locale, Lang>;
export const lang = (locale: Locale): Lang => LANGS[locale];
/** English: the default where a caller names no language (the English pages and every earlier release). */
export const EN: Lang = LANGS.en;
