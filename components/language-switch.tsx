"use client";
import { usePathname } from "next/navigation";
import { LOCALE_NAMES, LOCALES, type Locale, switchPath } from "@/lib/site/locales";

/**
 * Links to this page in the other languages. A client component only for usePathname, which Next
 * also answers while prerendering: the links are in the server HTML and work without JavaScript.
 */
export function LanguageSwitch({ locale, label, translatedReleases }: { locale: Locale; label: string; translatedReleases: string[] }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="page" lang={l}>{LOCALE_NAMES[l]}</span>
            ) : (
              <a href={switchPath(pathname, l, translatedReleases)} hrefLang={l} lang={l}>
                {LOCALE_NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
