/**
 * The site's languages and their addresses. English keeps the addresses it has always had; Russian
 * and Kazakh pages sit under /ru and /kk. Kept apart from the messages (i18n.ts) so that the
 * language switch, the one piece of it in the browser, carries no catalogue.
 */
export const LOCALES = ["en", "ru", "kk"] as const;
export type Locale = (typeof LOCALES)[number];
/** The languages whose pages sit under a prefix (/ru/…, /kk/…). */
export const PREFIXED_LOCALES = ["ru", "kk"] as const satisfies readonly Locale[];

export const isLocale = (s: unknown): s is Locale => LOCALES.includes(s as Locale);

/** A language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

/** The address of a page in a language: "/events/x" → "/ru/events/x"; "/" → "/ru". */
export const localePath = (locale: Locale, path: string): string =>
  locale === "en" ? path : path === "/" ? `/${locale}` : `/${locale}${path}`;

/** An address split into its language and the page's address without the prefix. */
export function splitLocale(address: string): { locale: Locale; path: string } {
  const m = /^\/(ru|kk)(?=\/|$)(.*)$/.exec(address);
  return m ? { locale: m[1] as Locale, path: m[2] || "/" } : { locale: "en", path: address };
}

/**
 * The kinds of page that exist in every language so far. The others are English only for now:
 * from them the language switch leads to the other language's overview, and they claim no alternates.
 */
const IN_EVERY_LANGUAGE = [/^\/$/, /^\/events\/[a-z0-9-]+\/?$/, /^\/metrics\/[a-z0-9-]+\/?$/, /^\/(sources|methodology|data)\/?$/];
export const inEveryLanguage = (path: string): boolean => IN_EVERY_LANGUAGE.some((r) => r.test(path));

/** Where the language switch leads from an address: the same page in that language, or that language's overview. */
export function switchPath(address: string, to: Locale): string {
  const { path } = splitLocale(address);
  return localePath(to, inEveryLanguage(path) ? path.replace(/(.)\/$/, "$1") : "/");
}

/** The page in every language, for `<link rel="alternate" hreflang>` and the sitemap; English is x-default. */
export function languageAlternates(path: string): Record<Locale | "x-default", string> {
  const of = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)])) as Record<Locale, string>;
  return { ...of, "x-default": of.en };
}
