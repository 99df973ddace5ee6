import type { Metadata } from "next";
import { getChangelog, lastChange, dataVersion } from "@/lib/changelog";
import { fileFacts, RESOURCES } from "@/lib/data-package";

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
        The files below are exactly the files the dashboard is built from (data version {dataVersion()}). Each row of a metric file is one
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
