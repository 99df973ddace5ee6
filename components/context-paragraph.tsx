import type { ContextSentence } from "@/lib/data/context";
import { passageLink, type Source } from "@/lib/data/sources";
import { lang as langOf } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { PassageLink } from "./passage-link";

/** Hand-written background, each sentence followed by a link to the passage that supports it. */
export function ContextParagraph({ sentences, sources, locale }: { sentences: readonly ContextSentence[]; sources: ReadonlyMap<string, Source>; locale: Locale }) {
  const lang = langOf(locale);
  return (
    <p className="lede context">
      {sentences.map((s) => {
        const source = sources.get(s.source_id)!;
        const href = passageLink(source.url, s.passage) ?? `/evidence/${s.source_id}.txt`;
        return (
          <span key={s.text} className="context-sentence" data-source-id={s.source_id}>
            {lang.name("context", s.text)}{" "}
            <PassageLink className="footnote" href={href} title={`“${s.passage}” — ${source.title}`}>
              [{lang.name("publisher", source.publisher)}]
            </PassageLink>{" "}
          </span>
        );
      })}
    </p>
  );
}
