import { sourceLanguage } from "@/lib/data/source-languages";
import { PassageLink } from "./passage-link";

/** A passage quoted from a source, in the source's language whatever the page's (see sourceLanguage). */
export function Passage({ sourceId, children, inline = false }: { sourceId: string; children: string; inline?: boolean }) {
  return (
    <q className={inline ? undefined : "passage"} lang={sourceLanguage(sourceId)}>
      {children}
    </q>
  );
}

/** What a table says of each report of a figure or a case: its publisher, linked to the passage where it can be, and the passage. */
export function ReportList({ reports }: { reports: { id: string; href: string | null; publisher: string; sourceId: string; passage: string }[] }) {
  return (
    <ul className="reports">
      {reports.map((r) => (
        <li key={r.id} data-report-id={r.id}>
          <PassageLink href={r.href}>{r.publisher}</PassageLink>
          <Passage sourceId={r.sourceId}>{r.passage}</Passage>
        </li>
      ))}
    </ul>
  );
}
