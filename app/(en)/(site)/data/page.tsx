import type { Metadata } from "next";
import { FEED_PATH } from "@/lib/publish/feed";
import { getChangelog, lastChange } from "@/lib/publish/changelog";
import { fileFacts, RESOURCES } from "@/lib/publish/data-package";
import { excelName } from "@/lib/publish/downloads";
import { latestRelease, releaseIds } from "@/lib/data/release-ids";
import { changeCounts, readManifest, releaseFileUrl } from "@/lib/publish/releases";

export const metadata: Metadata = {
  title: "Data and downloads",
  description: "Every data file of the dashboard, byte for byte, with its columns and a Frictionless data package.",
};

// Files that share one shape are described once.
const SHAPES = [
  ["deaths", "the five metric files (deaths.csv, injuries.csv, detentions.csv, protester-convictions.csv, officer-prosecutions.csv)"],
  ["cases", "cases.csv"],
  ["sources", "sources.csv"],
] as const;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export default function DataPage() {
  const changes = getChangelog();
  return (
    <>
      <h1>Data and downloads</h1>
      <p className="lede">
        The files below are exactly the files the dashboard is built from (data release {latestRelease()}; every release stays
        downloadable, see <a href="#releases">data releases</a>). Each row of a metric file is one
        figure as one body states it, with its source and the passage that states it. The{" "}
        <a href="/data/datapackage.json">Frictionless data package (datapackage.json)</a> describes all files and columns in machine-readable
        form; every chart page also offers the rows it draws as CSV.
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table className="files-table">
          <caption>Files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">What it holds</th>
              <th scope="col">Rows</th>
              <th scope="col">Size</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {RESOURCES.map((r) => {
              const facts = fileFacts(r.path);
              return (
                <tr key={r.name} data-file={r.path}>
                  <th scope="row">
                    <a href={`/data/${r.path}`} download>
                      {r.path}
                    </a>
                    <br />
                    <a href={`/data/${excelName(r.path)}`} download className="excel-link">
                      for Excel
                    </a>
                  </th>
                  <td>{r.description}</td>
                  <td className="num">{facts.rows}</td>
                  <td className="num">{kB(facts.bytes)}</td>
                  <td>{lastChange(r.path, changes)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {SHAPES.map(([name]) => RESOURCES.find((r) => r.name === name)!).map((r, i) => (
        <section key={r.name} aria-labelledby={`columns-${r.name}`}>
          <h2 id={`columns-${r.name}`}>Columns of {SHAPES[i]![1]}</h2>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{SHAPES[i]![1]}</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Type</th>
                  <th scope="col">Required</th>
                  <th scope="col">Allowed values</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {r.fields.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">
                      <code>{f.name}</code>
                    </th>
                    <td>{f.type}</td>
                    <td>{f.constraints.required ? "yes" : "no"}</td>
                    <td>{f.constraints.enum ? f.constraints.enum.join(", ") : f.constraints.pattern ? <code>{f.constraints.pattern}</code> : f.constraints.minimum !== undefined ? `≥ ${f.constraints.minimum}` : "text"}</td>
                    <td>{f.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="which-csv">
        <h2 id="which-csv">Which CSV to pick</h2>
        <p>
          Every CSV comes twice. The plain <code>.csv</code> is byte for byte the file the dashboard is built from (UTF-8): pick it for
          scripts, R, Python, databases, or to check a checksum. The <code>.excel.csv</code> holds the same bytes behind a UTF-8 byte
          order mark, which is what makes Microsoft Excel read the Cyrillic and Kazakh text correctly when you open the file by
          double-clicking: pick it for Excel. LibreOffice and Google Sheets read either.
        </p>
      </section>
      <section aria-labelledby="releases">
        <h2 id="releases">Data releases</h2>
        <p>
          A release is a snapshot of every data file and every archived source text that never changes afterwards. Pinned chart
          addresses (<code>/releases/&lt;release&gt;/charts/…</code>) show a chart as drawn from one release, forever; citations give
          them. <a href="/data/releases.json">releases.json</a> lists every release with each file’s address, SHA-256 checksum and row
          count. To be told of new releases, follow the <a href={FEED_PATH}>Atom feed of releases</a> in any feed reader.
        </p>
        {[...releaseIds()].reverse().map((id) => {
          const m = readManifest(id);
          return (
            <section key={id} aria-labelledby={`release-${id}`} className="release" data-release={id}>
              <h3 id={`release-${id}`}>
                Release {id}
                {id === latestRelease() ? " (latest)" : ""}
              </h3>
              <p>{m.summary}</p>
              {m.previous ? (
                <>
                  <p>Changes since release {m.previous}, generated from the files:</p>
                  <ul>
                    {changeCounts(m.changes).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  {m.changes.map((c) => (
                    <details key={c.file}>
                      <summary>{c.file}: each change</summary>
                      <ul className="release-changes">
                        {c.added.map((rowId) => <li key={`a${rowId}`}>added <code>{rowId}</code></li>)}
                        {c.removed.map((rowId) => <li key={`r${rowId}`}>removed <code>{rowId}</code></li>)}
                        {c.changed.map((r) => (
                          <li key={`c${r.id}`}>
                            changed <code>{r.id}</code>
                            {r.fields.map((f) => (
                              <span key={f.column} className="release-change">
                                {" "}
                                · {f.column}: “{f.old}” → “{f.new}”
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ))}
                </>
              ) : (
                <p>The first release.</p>
              )}
              <details>
                <summary>Its {m.files.length} files, with SHA-256 checksums</summary>
                <ul className="release-files">
                  {m.files.map((f) => (
                    <li key={f.path}>
                      <a href={releaseFileUrl(id, f.path)}>{f.path}</a>
                      {f.rows !== null ? ` (${f.rows} rows)` : ""} <code className="sha">{f.sha256}</code>
                    </li>
                  ))}
                </ul>
              </details>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="changes">
        <h2 id="changes">What changed</h2>
        <p>
          Also as <a href="/data/CHANGELOG.md">CHANGELOG.md</a>. Figure identifiers are never renamed or reused.
        </p>
        {changes.map((c) => (
          <div key={c.date}>
            <h3>{c.date}</h3>
            <pre className="changelog">{c.text}</pre>
          </div>
        ))}
      </section>
    </>
  );
}
