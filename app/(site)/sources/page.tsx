import type { Metadata } from "next";
import { formatAsOf } from "@/lib/chart-data";
import { getDataset } from "@/lib/dataset";
import { EVENTS } from "@/lib/events";
import { sourceFigures } from "@/lib/source-figures";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every source behind the dashboard, with the figures it supports and links to the passages that state them.",
};

export default function SourcesPage() {
  const list = sourceFigures(getDataset());
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        {list.length} documents, oldest first. Each figure links to the passage of the original that states it (a text-fragment link:
        browsers that support it scroll to and highlight the words). Some documents survive only as reposts; the address given is the one
        the archived copy was read from.
      </p>
      <ol className="source-list">
        {list.map(({ source, figures }) => (
          <li key={source.source_id} id={source.source_id}>
            <h2>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</h2>
            <p className="source-meta">
              {source.publisher} · {source.publisher_type} · {source.published ? formatAsOf(source.published) : "date unknown"}
              {!source.url && " · no public address recorded; archived copy only"}
            </p>
            <ul>
              {figures.map((f) => (
                <li key={f.figureId} data-figure-id={f.figureId}>
                  <strong>{f.wording}</strong> {f.measure}
                  {f.place !== "all" ? ` in ${f.place}` : ""} — {EVENTS[f.event].name},{" "}
                  <span className={`tag tag--${f.claimant}`}>{f.claimant}</span> ({f.claimedBy}):{" "}
                  {f.passageUrl ? <a href={f.passageUrl}>“{f.passage}”</a> : <q>{f.passage}</q>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
