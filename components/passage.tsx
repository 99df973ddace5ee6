import { sourceLanguage } from "@/lib/data/source-languages";

/** A passage quoted from a source, in the source's language whatever the page's (see sourceLanguage). */
export function Passage({ sourceId, children, inline = false }: { sourceId: string; children: string; inline?: boolean }) {
  return (
    <q className={inline ? undefined : "passage"} lang={sourceLanguage(sourceId)}>
      {children}
    </q>
  );
}
