import type { Source } from "@/lib/data/sources";
import { lang as langOf } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { publicUrl } from "@/lib/site/origin";

/**
 * The sources a printed page cites, each with its address written out (without a text fragment, which
 * paper cannot follow). Paper only (globals.css): on screen every figure already links to its passage.
 * A source whose address is unknown gets the address of its archived text on this site.
 */
export function KeySources({ sources, locale }: { sources: readonly Source[]; locale: Locale }) {
  const l = langOf(locale);
  const { t } = l;
  return (
    <section className="key-sources print-only" aria-labelledby="key-sources-heading">
      <h2 id="key-sources-heading">{t("page.event.keySources")}</h2>
      <p className="note">{t("page.event.keySourcesNote")}</p>
      <ol>
        {sources.map((s) => (
          <li key={s.source_id}>
            {t("page.event.keySource", {
              publisher: l.name("publisher", s.publisher),
              title: s.title,
              date: s.published ? l.date(s.published) : t("term.date.noDate"),
            })}{" "}
            <span className="address">{s.url ? s.url.split("#")[0] : publicUrl(`/evidence/${s.source_id}.txt`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
