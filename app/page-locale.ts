import { isLocale, type Locale } from "@/lib/site/locales";

/** The language of a page: its /ru or /kk segment, or English for the addresses without one. */
export async function pageLocale(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "en";
}
