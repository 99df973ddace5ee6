import type { Metadata } from "next";
import { formatAsOf } from "@/lib/charts/data";
import { getDataset } from "@/lib/data/dataset";
import { EVENTS } from "@/lib/data/events";
import { PUBLISHER_TYPE_NAMES, sourcesByPublisherType } from "@/lib/ledger/source-figures";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every source behind the dashboard, with the figures it supports and links to the passages that state them.",
};

export default function SourcesPage() {
  const groups = sourcesByPublisherType(getDataset());
  const count = groups.reduce((n, g) => n + g.sources.length, 0);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        {count} documents, grouped by who published them and oldest first within each group. Each title links to the original; “archived
        copy” opens the text this project checks every passage against. Each figure links to the passage of the original that states it
        (browsers that support text fragments scroll to and highlight the words).
      </p>
      <nav aria-label="Publisher types" className="toc">
        <ul>
          {groups.map((g) => (
            <li key={g.type}>
              <a href={`#type-${g.type}`}>
                {PUBLISHER_TYPE_NAMES[g.type]} ({g.sources.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.type} id={`type-${g.type}`} aria-labelledby={`type-${g.type}-heading`}>
          <h2 id={`type-${g.type}-heading`}>{PUBLISHER_TYPE_NAMES[g.type]}</h2>
          <ol className="source-list">
            {g.sources.map(({ source, figures }) => (
              <li key={source.source_id} id={source.source_id} data-publisher-type={source.publisher_type}>
                <h3>
                  <a href={source.url || `/evidence/${source.source_id}.txt`}>{source.title}</a>
                </h3>
                <p className="source-meta">
                  {source.publisher} · {source.published ? formatAsOf(source.published) : "date unknown"} ·{" "}
                  <a href={`/evidence/${source.source_id}.txt`}>archived copy</a>
                  {!source.url && " (no public address of the original is known)"}
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
        </section>
      ))}
    </>
  );
}
