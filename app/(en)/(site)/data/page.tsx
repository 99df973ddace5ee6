import type { Metadata } from "next";
import { Fragment, type ReactNode } from "react";
import { metricFile } from "@/lib/data/dataset";
import { METRIC_IDS, METRICS } from "@/lib/data/metrics";
import { FEED_PATH } from "@/lib/publish/feed";
import { getChangelog, lastChange } from "@/lib/publish/changelog";
import { type DataResource, DESCRIPTION_TERMS, fileFacts, RESOURCES } from "@/lib/publish/data-package";
import { excelName } from "@/lib/publish/downloads";
import { spreadsheetPath } from "@/lib/publish/spreadsheet";
import { FROZEN_MANIFEST, latestRelease, releaseFileUrl, releaseIds } from "@/lib/data/release-ids";
import { changeCounts, readManifest } from "@/lib/publish/releases";
import { lang, type Lang } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";
import { chartDataPaths, releaseCharts } from "@/lib/publish/frozen-charts";
import { SITE_URL } from "@/lib/site/origin";

type Params = Promise<{ locale?: string }>;

/**
 * Names, codes and formats that stay as they are in every language: the catalogue's messages take
 * them as arguments, and its tags are single letters (<c> code, <a> <d> <f> links), so that a
 * Russian or Kazakh message holds no Latin word of its own.
 */


const code = (chunks: ReactNode) => <code>{chunks}</code>;

// Files that share one shape are described once: the five metric files, cases.csv, sources.csv.
const SHAPES = [
  { resource: "deaths", shape: "metric", files: METRIC_IDS.map(metricFile).join(", ") },
  { resource: "cases", shape: "cases", files: "cases.csv" },
  { resource: "sources", shape: "sources", files: "sources.csv" },
] as const;

/**
 * What a file or a column holds. English is read from the Data Package description itself (the
 * datapackage.json download stays English); Russian and Kazakh from the catalogue, where the
 * columns, values and date forms it names are set as code and an example value is marked English.
 */
const inText = { ...DESCRIPTION_TERMS, c: code, e: (chunks: ReactNode) => <span lang="en">{chunks}</span> };
function resourceDescription(r: DataResource, l: Lang): ReactNode {
  if (l.locale === "en") return r.description;
  const measures = r.name in METRICS ? Object.keys(METRICS[r.name as keyof typeof METRICS].measures).join(", ") : "";
  return l.t.rich(`dataPage.resource.${r.name}` as "dataPage.resource.deaths", { ...inText, measures });
}
const fieldDescription = (shape: string, f: DataResource["fields"][number], l: Lang): ReactNode =>
  l.locale === "en" ? f.description : l.t.rich(`dataPage.field.${shape}.${f.name}` as "dataPage.field.metric.note", inText);

/** Allowed values of a column: as plain words in English, as it always was; set as code in the other languages. */
const allowedValues = (values: string[], l: Lang): ReactNode =>
  l.locale === "en" ? values.join(", ") : values.map((v, i) => <Fragment key={v}>{i > 0 && ", "}<code>{v}</code></Fragment>);

/** 12.3 kB · 12,3 КБ: one decimal, by the language's rules. */
const kB = (bytes: number, l: Lang) =>
  l.t("dataPage.files.kB", { size: new Intl.NumberFormat(l.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024) });

/** Release summaries and the changelog are records written in English: marked as English on the other languages' pages. */
const englishRecord = (locale: Locale) => (locale === "en" ? undefined : "en");

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return { title: t("dataPage.title"), description: t("dataPage.description", DESCRIPTION_TERMS), alternates: pageAlternates(locale, "/data") };
}

export default async function DataPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const l = lang(locale);
  const { t } = l;
  const changes = getChangelog();
  return (
    <>
      <h1>{t("dataPage.title")}</h1>
      <p className="lede">
        {t.rich("dataPage.lede", {
          ...DESCRIPTION_TERMS,
          release: latestRelease(),
          file: "datapackage.json",
          a: (chunks) => <a href="#releases">{chunks}</a>,
          d: (chunks) => <a href="/data/datapackage.json">{chunks}</a>,
        })}
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table className="files-table">
          <caption>{t("dataPage.files.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dataPage.files.file")}</th>
              <th scope="col">{t("dataPage.files.holds")}</th>
              <th scope="col">{t("dataPage.files.rows")}</th>
              <th scope="col">{t("dataPage.files.size")}</th>
              <th scope="col">{t("dataPage.files.lastChange")}</th>
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
                      {t("dataPage.files.forExcel", DESCRIPTION_TERMS)}
                    </a>
                    <br />
                    <a href={spreadsheetPath(r, l.locale)} download className="xlsx-link">
                      {t("dataPage.files.xlsx", DESCRIPTION_TERMS)}
                    </a>
                  </th>
                  <td data-label={t("dataPage.files.holds")}>{resourceDescription(r, l)}</td>
                  <td className="num" data-label={t("dataPage.files.rows")}>{l.count(facts.rows)}</td>
                  <td className="num" data-label={t("dataPage.files.size")}>{kB(facts.bytes, l)}</td>
                  <td data-label={t("dataPage.files.lastChange")}>{lastChange(r.path, changes, l)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {SHAPES.map(({ resource, shape, files }) => {
        const r = RESOURCES.find((x) => x.name === resource)!;
        const which = { metrics: shape === "metric" ? "yes" : "no", files };
        return (
          <section key={r.name} aria-labelledby={`columns-${r.name}`}>
            <h2 id={`columns-${r.name}`}>{t("dataPage.columns.heading", which)}</h2>
            <div className="table-wrap" tabIndex={0}>
              <table className="columns-table">
                <caption>{t("dataPage.columns.caption", which)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dataPage.columns.column")}</th>
                    <th scope="col">{t("dataPage.columns.type")}</th>
                    <th scope="col">{t("dataPage.columns.required")}</th>
                    <th scope="col">{t("dataPage.columns.allowed")}</th>
                    <th scope="col">{t("dataPage.columns.meaning")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.fields.map((f) => (
                    <tr key={f.name}>
                      <th scope="row">
                        <code>{f.name}</code>
                      </th>
                      <td data-label={t("dataPage.columns.type")}>{t(`dataPage.columns.${f.type}`)}</td>
                      <td data-label={t("dataPage.columns.required")}>{t(f.constraints.required ? "dataPage.columns.yes" : "dataPage.columns.no")}</td>
                      <td data-label={t("dataPage.columns.allowed")}>
                        {f.constraints.enum ? (
                          allowedValues(f.constraints.enum, l)
                        ) : f.constraints.pattern ? (
                          <code>{f.constraints.pattern}</code>
                        ) : f.constraints.minimum !== undefined ? (
                          t("dataPage.columns.minimum", { n: l.count(f.constraints.minimum) })
                        ) : (
                          t("dataPage.columns.text")
                        )}
                      </td>
                      <td data-label={t("dataPage.columns.meaning")}>{fieldDescription(shape, f, l)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="which-csv">
        <h2 id="which-csv">{t("dataPage.whichCsv.title")}</h2>
        <p>{t.rich("dataPage.whichCsv.body", { ...DESCRIPTION_TERMS, c: code })}</p>
        <p>{t.rich("dataPage.whichCsv.semicolons", { ...DESCRIPTION_TERMS, c: code })}</p>
      </section>
      <ChartDataExamples t={t} />
      <section aria-labelledby="releases">
        <h2 id="releases">{t("dataPage.releases.title")}</h2>
        <p>
          {t.rich("dataPage.releases.intro", {
            ...DESCRIPTION_TERMS,
            pinned: "/releases/<release>/charts/…",
            file: "releases.json",
            c: code,
            a: (chunks) => <a href="/data/releases.json">{chunks}</a>,
            f: (chunks) => <a href={FEED_PATH}>{chunks}</a>,
          })}
        </p>
        {locale !== "en" && <p className="note">{t("dataPage.releases.inEnglish")}</p>}
        {[...releaseIds()].reverse().map((id) => {
          const m = readManifest(id);
          return (
            <section key={id} aria-labelledby={`release-${id}`} className="release" data-release={id}>
              <h3 id={`release-${id}`}>{t("dataPage.releases.heading", { id, latest: id === latestRelease() ? "yes" : "no" })}</h3>
              <p lang={englishRecord(locale)}>{m.summary}</p>
              {m.previous ? (
                <>
                  <p>{t("dataPage.releases.changesSince", { previous: m.previous })}</p>
                  <ul>
                    {changeCounts(m.changes, l).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  {m.changes.map((c) => (
                    <details key={c.file}>
                      <summary>{t("dataPage.releases.eachChange", { file: c.file })}</summary>
                      <ul className="release-changes">
                        {c.added.map((rowId) => (
                          <li key={`a${rowId}`}>{t.rich("dataPage.releases.added", { id: rowId, c: code })}</li>
                        ))}
                        {c.removed.map((rowId) => (
                          <li key={`r${rowId}`}>{t.rich("dataPage.releases.removed", { id: rowId, c: code })}</li>
                        ))}
                        {c.changed.map((r) => (
                          <li key={`c${r.id}`}>
                            {t.rich("dataPage.releases.changed", { id: r.id, c: code })}
                            {r.fields.map((f) => (
                              <span key={f.column} className="release-change">
                                {" "}
                                {t("dataPage.releases.field", { column: f.column, old: f.old, new: f.new })}
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ))}
                </>
              ) : (
                <p>{t("dataPage.releases.first")}</p>
              )}
              <details>
                <summary>{t("dataPage.releases.files", { count: m.files.length, sha: DESCRIPTION_TERMS.sha })}</summary>
                <ul className="release-files">
                  {m.files.map((f) => (
                    <li key={f.path}>
                      <a href={releaseFileUrl(id, f.path)}>{f.path}</a>
                      {f.rows !== null ? t("dataPage.releases.rows", { count: f.rows }) : ""} <code className="sha">{f.sha256}</code>
                    </li>
                  ))}
                </ul>
              </details>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="changes">
        <h2 id="changes">{t("dataPage.changes.title")}</h2>
        <p>{t.rich("dataPage.changes.intro", { file: "CHANGELOG.md", a: (chunks) => <a href="/data/CHANGELOG.md">{chunks}</a> })}</p>
        {locale !== "en" && <p className="note">{t("dataPage.changes.inEnglish")}</p>}
        {changes.map((c) => (
          <div key={c.date}>
            <h3>{locale === "en" ? c.date : l.date(c.date)}</h3>
            <pre className="changelog" lang={englishRecord(locale)}>
              {c.text}
            </pre>
          </div>
        ))}
      </section>
    </>
  );
}

/** Where a copy built without SITE_URL tells the reader to put its address (copied code must not hold a site-relative address). */
const ORIGIN_PLACEHOLDER = "https://ADDRESS-OF-THIS-SITE";

/** How a program reads a chart's rows and metadata: a pinned chart of the latest release, from a terminal and from pandas. */
function ChartDataExamples({ t }: { t: Lang["t"] }) {
  const origin = SITE_URL ?? ORIGIN_PLACEHOLDER;
  const chart = releaseCharts(latestRelease()).find((s) => s.state.chart === "claims")!;
  const at = chartDataPaths(`${origin}${chart.permalink}`);
  const shell = [`curl -O ${at.csv}`, `curl ${at.metadata}`].join("\n");
  const pandas = [
    "import json, urllib.request",
    "import pandas as pd",
    "",
    `chart = "${origin}${chart.permalink}"`,
    '# Text stays text: "2022-12" is a month, and an empty bound is unknown, never 0.',
    'rows = pd.read_csv(chart + ".csv", dtype=str, keep_default_na=False)',
    'meta = json.load(urllib.request.urlopen(chart + ".metadata.json"))',
    'print(meta["title"], meta["citation"]["plain"], sep="\\n")',
  ].join("\n");
  return (
    <section aria-labelledby="chart-data">
      <h2 id="chart-data">{t("dataPage.chartData.title")}</h2>
      <p>{t.rich("dataPage.chartData.body", { ...DESCRIPTION_TERMS, pandas: "pandas", csvExt: ".csv", metadataExt: ".metadata.json", frozenManifest: FROZEN_MANIFEST, c: code })}</p>
      <pre className="code-example" tabIndex={0} data-format="shell">
        {shell}
      </pre>
      <pre className="code-example" tabIndex={0} data-format="python">
        {pandas}
      </pre>
      {!SITE_URL && <p className="site-url-note">{t("dataPage.chartData.noOrigin", { placeholder: ORIGIN_PLACEHOLDER })}</p>}
    </section>
  );
}
