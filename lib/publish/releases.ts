import { EN, type Lang } from "../site/i18n";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { type ChartState } from "../charts/state";
import { type ChartSpec, allChartStates, chartSpec } from "../charts/registry";
import { countRecords } from "./data-package";
import type { ValidationIssue } from "../data/csv-table";
import { CASES_FILE, DATA_FILES, type DataFiles, type Dataset, InvalidDataError, metricFile, validateDataset } from "../data/dataset";
import { METRIC_IDS } from "../data/metrics";
import { latestRelease, releaseDir, releaseFileUrl, releaseIds, sha256 } from "../data/release-ids";

/**
 * A data release: an immutable snapshot of data/ and evidence/ under releases/<id>/, with a
 * manifest (release.json: every file's sha256 and row count, and the changes since the release
 * before). Released files are never rewritten; a file read in an older shape is migrated in memory.
 */
export type ReleaseFile = { path: string; sha256: string; rows: number | null };
export type RowChange = { id: string; fields: { column: string; old: string; new: string }[] };
export type FileChanges = { file: string; added: string[]; removed: string[]; changed: RowChange[] };
export type Manifest = {
  version: string;
  /** The day the release was cut. */
  date: string;
  previous: string | null;
  /** Shape of the data files: 1 before statement_id existed, 2 before scope and date bases, 3 since. */
  schema: number;
  summary: string;
  files: ReleaseFile[];
  changes: FileChanges[];
};

export const CURRENT_SCHEMA = 3;
/** Files of data/ that a release holds, besides the archived texts in evidence/. */
export const RELEASED_DATA_FILES = [...DATA_FILES, "CHANGELOG.md"] as const;


/** Path inside a release (data/x.csv, evidence/x.txt) → its bytes: what a release holds. */
export type Snapshot = Map<string, Buffer>;

export function readSnapshot(dataDir: string, evidenceDir: string): Snapshot {
  const files: Snapshot = new Map();
  for (const f of RELEASED_DATA_FILES) {
    const p = path.join(dataDir, f);
    if (existsSync(p)) files.set(`data/${f}`, readFileSync(p));
  }
  if (existsSync(evidenceDir)) {
    for (const f of readdirSync(evidenceDir).sort()) if (f.endsWith(".txt")) files.set(`evidence/${f}`, readFileSync(path.join(evidenceDir, f)));
  }
  return files;
}

export const manifestFiles = (snapshot: Snapshot): ReleaseFile[] =>
  [...snapshot].map(([p, bytes]) => ({ path: p, sha256: sha256(bytes), rows: p.endsWith(".csv") ? countRecords(bytes.toString("utf8")) : null }));

/** The data files of a snapshot as text, keyed by file name as validation expects them. */
export function dataFilesOf(snapshot: Snapshot): DataFiles {
  const files: DataFiles = {};
  for (const [p, bytes] of snapshot) if (p.startsWith("data/") && p.endsWith(".csv")) files[p.slice(5)] = bytes.toString("utf8");
  return files;
}

export function evidenceOf(snapshot: Snapshot): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [p, bytes] of snapshot) if (p.startsWith("evidence/")) texts.set(p.slice(9, -4), bytes.toString("utf8"));
  return texts;
}

/** The schema of a release's files, read off the metric files' header. */
export function schemaOf(files: DataFiles): number {
  const header = (files[metricFile(METRIC_IDS[0])] ?? "").split(/\r?\n/, 1)[0]?.split(",") ?? [];
  return header.includes("scope") ? 3 : header.includes("statement_id") ? 2 : 1;
}

/** Rewrites a CSV text: `edit` gets the header and returns, for each row, its new cells. */
function rewriteCsv(text: string, edit: (header: string[]) => { header: string[]; row: (r: string[]) => string[] }): string {
  const [header = [], ...body] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const e = edit(header);
  return `${Papa.unparse([e.header, ...body.map(e.row)], { newline: "\n" })}\n`;
}

/** Inserts `columns` after the column `after`, each row's cells given by `cells`. */
const insertAfter = (after: string, columns: string[], cells: (r: string[], header: string[]) => string[]) => (header: string[]) => {
  const at = header.indexOf(after) + 1;
  return { header: [...header.slice(0, at), ...columns, ...header.slice(at)], row: (r: string[]) => [...r.slice(0, at), ...cells(r, header), ...r.slice(at)] };
};

/**
 * Each step reads files of one schema as the next, in memory only.
 * 1 → 2: before statement_id existed every row was its own statement, so statement_id is the row's
 * figure_id; a named case's role "protester" was renamed "defendant" (the sources do not say every
 * person tried had protested).
 * 2 → 3: before scope and date bases existed every figure was read as a total, with no record of how
 * its date was known; each row of cases.csv was its own case (report_id = case_id), with no counts.
 */
const MIGRATIONS: Record<number, (files: DataFiles) => DataFiles> = {
  1: (files) => {
    const out: DataFiles = { ...files };
    for (const metric of METRIC_IDS) {
      const text = files[metricFile(metric)];
      if (text !== undefined) out[metricFile(metric)] = rewriteCsv(text, insertAfter("figure_id", ["statement_id"], (r) => [r[0] ?? ""]));
    }
    const cases = files[CASES_FILE];
    if (cases !== undefined) {
      out[CASES_FILE] = rewriteCsv(cases, (header) => {
        const role = header.indexOf("role");
        return { header, row: (r) => r.map((v, i) => (i === role && v === "protester" ? "defendant" : v)) };
      });
    }
    return out;
  },
  2: (files) => {
    const out: DataFiles = { ...files };
    for (const metric of METRIC_IDS) {
      const text = files[metricFile(metric)];
      if (text === undefined) continue;
      const withScope = rewriteCsv(text, insertAfter("qualifier", ["scope", "scope_label"], () => ["total", ""]));
      out[metricFile(metric)] = rewriteCsv(withScope, insertAfter("as_of", ["as_of_basis", "date_passage"], () => ["", ""]));
    }
    const cases = files[CASES_FILE];
    if (cases !== undefined) {
      const ids = rewriteCsv(cases, (header) => ({ header: ["report_id", ...header], row: (r) => [r[0] ?? "", ...r] }));
      out[CASES_FILE] = rewriteCsv(ids, insertAfter("charge", ["defendants", "convicted"], () => ["", ""]));
    }
    return out;
  },
};

export function migrate(files: DataFiles, schema: number): DataFiles {
  let out = files;
  for (let s = schema; s < CURRENT_SCHEMA; s++) {
    const step = MIGRATIONS[s];
    if (!step) throw new Error(`unknown data schema ${s}`);
    out = step(out);
  }
  return out;
}

/**
 * Validates files of any schema by the rules of their time: schema 1 had no statements, so the
 * rule that one statement must not be listed twice (a statement_id issue) did not apply to it;
 * before schema 3 a date needed no evidence of how it was known (an as_of_basis issue), and an archive
 * of passages only did not keep a figure out of headlines — so that a pinned chart of those
 * releases says what it said.
 */
export function validateRelease(files: DataFiles, schema: number, evidence: ReadonlyMap<string, string>): { dataset: Dataset; issues: ValidationIssue[] } {
  const { dataset, issues } = validateDataset(migrate(files, schema), evidence);
  if (schema < CURRENT_SCHEMA) for (const s of dataset.statements) s.legacy = true;
  const ofItsTime = (i: ValidationIssue) => !(schema === 1 && i.column === "statement_id") && !(schema < 3 && i.column === "as_of_basis");
  return { dataset, issues: issues.filter(ofItsTime) };
}

const rowsById = (text: string | undefined): Map<string, Record<string, string>> => {
  const parsed = Papa.parse<Record<string, string>>(text ?? "", { header: true, skipEmptyLines: true });
  const key = parsed.meta.fields?.[0] ?? "";
  return new Map(parsed.data.map((r) => [r[key] ?? "", r]));
};

/**
 * What changed between two releases' files (both already in the current schema): rows added,
 * removed and changed, by their identifier (the first column: figure_id, case_id, source_id),
 * with old → new values; and archived texts added, removed or changed.
 */
export function diffSnapshots(before: { files: DataFiles; snapshot: Snapshot }, after: { files: DataFiles; snapshot: Snapshot }): FileChanges[] {
  const changes: FileChanges[] = [];
  for (const file of DATA_FILES) {
    const a = rowsById(before.files[file]);
    const b = rowsById(after.files[file]);
    const added = [...b.keys()].filter((id) => !a.has(id));
    const removed = [...a.keys()].filter((id) => !b.has(id));
    const changed: RowChange[] = [];
    for (const [id, row] of b) {
      const old = a.get(id);
      if (!old) continue;
      const fields = [...new Set([...Object.keys(old), ...Object.keys(row)])]
        .filter((c) => (old[c] ?? "") !== (row[c] ?? ""))
        .map((column) => ({ column, old: old[column] ?? "", new: row[column] ?? "" }));
      if (fields.length) changed.push({ id, fields });
    }
    if (added.length || removed.length || changed.length) changes.push({ file, added, removed, changed });
  }
  const texts = (s: Snapshot) => new Map([...s].filter(([p]) => p.startsWith("evidence/")).map(([p, bytes]) => [p.slice(9), sha256(bytes)]));
  const ta = texts(before.snapshot);
  const tb = texts(after.snapshot);
  const evidence: FileChanges = {
    file: "evidence/",
    added: [...tb.keys()].filter((f) => !ta.has(f)),
    removed: [...ta.keys()].filter((f) => !tb.has(f)),
    changed: [...tb].filter(([f, h]) => ta.has(f) && ta.get(f) !== h).map(([id]) => ({ id, fields: [] })),
  };
  if (evidence.added.length || evidence.removed.length || evidence.changed.length) changes.push(evidence);
  return changes;
}

/** One line per file: how many rows (archived texts, for evidence/) were added, removed and changed, in a language. */
export function changeCounts(changes: readonly FileChanges[], lang: Lang = EN): string[] {
  return changes.map((c) => {
    const texts = c.file === "evidence/" ? "yes" : "no";
    const parts = (["added", "removed", "changed"] as const)
      .filter((kind) => c[kind].length)
      .map((kind) => lang.t(`dataPage.counts.${kind}`, { texts, count: c[kind].length }));
    return `${c.file}: ${parts.join(", ")}`;
  });
}

/** The release's changelog as Markdown: the summary, then every change, generated from the diff. */
export function changelogMarkdown(m: Manifest): string {
  const lines = [`# Release ${m.version}`, "", m.summary, ""];
  if (!m.previous) lines.push("First release: every file as it was.", "");
  else lines.push(`Changes since release ${m.previous}:`, "", ...changeCounts(m.changes).map((l) => `- ${l}`), "");
  for (const c of m.changes) {
    lines.push(`## ${c.file}`, "");
    for (const id of c.added) lines.push(`- added \`${id}\``);
    for (const id of c.removed) lines.push(`- removed \`${id}\``);
    for (const r of c.changed) {
      lines.push(`- changed \`${r.id}\`${r.fields.length ? ":" : ""}`);
      for (const f of r.fields) lines.push(`  - ${f.column}: “${f.old}” → “${f.new}”`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

// ---- Reading the releases in releases/ ----


const manifests = new Map<string, Manifest>();
export function readManifest(id: string): Manifest {
  let m = manifests.get(id);
  if (!m) {
    m = JSON.parse(readFileSync(path.join(releaseDir(id), "release.json"), "utf8")) as Manifest;
    manifests.set(id, m);
  }
  return m;
}

/** The release's files as listed in its manifest, read from disk. */
export function releaseSnapshot(id: string): Snapshot {
  return new Map(readManifest(id).files.map((f) => [f.path, readFileSync(path.join(releaseDir(id), f.path))]));
}

const datasets = new Map<string, Dataset>();
/** A release's data read in its own schema, migrated and validated against its own archived texts. */
export function releaseDataset(id: string): Dataset {
  let d = datasets.get(id);
  if (!d) {
    const snapshot = releaseSnapshot(id);
    const { dataset, issues } = validateRelease(dataFilesOf(snapshot), readManifest(id).schema, evidenceOf(snapshot));
    if (issues.length) throw new InvalidDataError(issues);
    d = dataset;
    datasets.set(id, d);
  }
  return d;
}

export const isRelease = (id: string) => releaseIds().includes(id);

/**
 * A chart as today's code draws it from the latest release's data: what the unpinned pages show.
 * Pinned pages show the release's frozen documents instead (lib/publish/frozen-charts.ts). Its
 * permalink is where the latest release's document of it is pinned: the latest release's address,
 * or an earlier release's when the latest left the chart as that one froze it.
 */
export const currentChart = (state: ChartState, lang: Lang = EN): ChartSpec | null => chartSpec(releaseDataset(latestRelease()), state, undefined, lang);

/** Every chart of the latest release as today's code draws it, in a language. */
export const currentCharts = (lang: Lang = EN): ChartSpec[] => allChartStates(releaseDataset(latestRelease())).map((s) => currentChart(s, lang)!);


/** GET /data/releases.json: every release, newest first, each file with its address, sha256 and row count. */
export function releasesJson() {
  return {
    releases: [...releaseIds()].reverse().map((id) => {
      const m = readManifest(id);
      return { version: m.version, date: m.date, files: m.files.map((f) => ({ path: releaseFileUrl(id, f.path), sha256: f.sha256, rows: f.rows })), summary: m.summary };
    }),
  };
}
