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
 * The kinds of page that exist in every language. A pinned chart does only in the releases frozen
 * in every language (`translatedReleases`): those cut before the site spoke Russian and Kazakh are
 * English only. From a page in English only, the language switch leads to the other language's
 * overview, and the page claims no alternates.
 */
const IN_EVERY_LANGUAGE = [
  /^\/$/,
  /^\/events\/[a-z0-9-]+\/?$/,
  /^\/metrics\/[a-z0-9-]+\/?$/,
  /^\/(sources|methodology|data|charts|explore|search)\/?$/,
  /^(\/embed)?\/charts\/[a-z0-9-]+\/[a-z0-9/-]+$/,
];
const PINNED = /^(?:\/embed)?\/releases\/([^/]+)\/charts\/[a-z0-9-]+\/[a-z0-9/-]+$/;

export const inEveryLanguage = (path: string, translatedReleases: readonly string[] = []): boolean =>
  IN_EVERY_LANGUAGE.some((r) => r.test(path)) || translatedReleases.includes(PINNED.exec(path)?.[1] ?? "");

/** Where the language switch leads from an address: the same page in that language, or that language's overview. */
export function switchPath(address: string, to: Locale, translatedReleases: readonly string[] = []): string {
  const { path } = splitLocale(address);
  const page = path.replace(/(.)\/$/, "$1");
  return localePath(to, inEveryLanguage(page, translatedReleases) ? page : "/");
}

/** The page in every language, for `<link rel="alternate" hreflang>` and the sitemap; English is x-default. */
export function languageAlternates(path: string): Record<Locale | "x-default", string> {
  const of = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)])) as Record<Locale, string>;
  return { ...of, "x-default": of.en };
}
