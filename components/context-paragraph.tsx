import type { ContextSentence } from "@/lib/data/context";
import { passageLink, type Source } from "@/lib/data/sources";

/** Hand-written background, each sentence followed by a link to the passage that supports it. */
export function ContextParagraph({ sentences, sources }: { sentences: readonly ContextSentence[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <p className="lede context">
      {sentences.map((s) => {
        const source = sources.get(s.source_id)!;
        const href = passageLink(source.url, s.passage) ?? `/evidence/${s.source_id}.txt`;
        return (
          <span key={s.text} className="context-sentence" data-source-id={s.source_id}>
            {s.text}{" "}
            <a className="footnote" href={href} title={`“${s.passage}” — ${source.title}`}>
              [{source.publisher}]
            </a>{" "}
          </span>
        );
      })}
    </p>
  );
}
