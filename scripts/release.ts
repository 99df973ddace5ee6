// npm run release [-- --summary "…"] [--id YYYY-MM-DD] [--data dir --evidence dir]
// Cuts a data release: copies data/ and evidence/ to releases/<id>/ with a manifest and a changelog
// generated from the diff with the previous release, and freezes what every chart says in every
// language (releases/<id>/charts/, listed with checksums in charts.json; a chart that says what it
// said in the previous release is listed with that release's document, not written again). Refuses, writing nothing,
// when the data is invalid, the id exists or is not after the latest one, or nothing changed.
//
// npm run release -- --freeze <id> --note "…" [--english-only]
// Freezes the charts of a release cut before charts were frozen (never rewrites frozen ones);
// --english-only for a release cut before the site had other languages.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../lib/data/csv-table";
import { FROZEN_MANIFEST, RELEASE_ID, RELEASES_DIR, releaseDir, releaseIds } from "../lib/data/release-ids";
import {
  changeCounts, changelogMarkdown, dataFilesOf, diffSnapshots, evidenceOf, type Manifest, manifestFiles, migrate, readManifest,
  readSnapshot, releaseDataset, releaseSnapshot, schemaOf, validateRelease,
} from "../lib/publish/releases";
import { freezeCharts } from "../lib/publish/frozen-charts";

const { values: args } = parseArgs({
  options: {
    id: { type: "string" },
    summary: { type: "string" },
    data: { type: "string", default: "data" },
    evidence: { type: "string", default: "evidence" },
    freeze: { type: "string" },
    note: { type: "string" },
    "english-only": { type: "boolean", default: false },
  },
});

function refuse(message: string): never {
  console.error(`release refused: ${message}\nNothing was written.`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);

/** Writes `files` (paths inside the release) beside `dir`, then renames them into it: a failure leaves nothing behind. */
function writeInto(dir: string, files: Map<string, Buffer>, rename: "folder" | "charts"): void {
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [p, bytes] of files) {
      mkdirSync(path.dirname(path.join(tmp, p)), { recursive: true });
      writeFileSync(path.join(tmp, p), bytes);
    }
    if (rename === "folder") renameSync(tmp, dir);
    else {
      // Freezing an existing release: its documents first, the manifest that lists them last.
      rmSync(path.join(dir, "charts"), { recursive: true, force: true }); // left by an attempt that failed before its manifest
      renameSync(path.join(tmp, "charts"), path.join(dir, "charts"));
      renameSync(path.join(tmp, FROZEN_MANIFEST), path.join(dir, FROZEN_MANIFEST));
      rmSync(tmp, { recursive: true });
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

if (args.freeze !== undefined) {
  const id = args.freeze;
  if (!releaseIds().includes(id)) refuse(`there is no release ${id}`);
  if (existsSync(path.join(releaseDir(id), FROZEN_MANIFEST))) refuse(`the charts of release ${id} are frozen already, and frozen documents are never rewritten`);
  if (!args.note?.trim()) refuse("say in --note when and how these charts were frozen (they are frozen after the release was cut)");
  const files = freezeCharts(releaseDataset(id), id, today, args.note.trim(), args["english-only"] ? ["en"] : undefined);
  writeInto(releaseDir(id), files, "charts");
  console.log(`release ${id}: ${files.size - 1} chart documents frozen to releases/${id}/charts/ — commit them.`);
  process.exit(0);
}

const snapshot = readSnapshot(args.data, args.evidence);
const files = dataFilesOf(snapshot);
const schema = schemaOf(files);
const { dataset, issues } = validateRelease(files, schema, evidenceOf(snapshot));
if (issues.length) refuse(`the data has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`);

const ids = releaseIds();
const previous = ids[ids.length - 1] ?? null;
// Another release the same day gets the next free suffix: 2026-11-25, 2026-11-25-2, …
const nextFree = () => [today, ...Array.from({ length: 98 }, (_, i) => `${today}-${i + 2}`)].find((id) => !ids.includes(id))!;
const id = args.id ?? nextFree();
if (!RELEASE_ID.test(id)) refuse(`"${id}" is not a release id (YYYY-MM-DD, or YYYY-MM-DD-2 for a second release that day)`);
if (ids.includes(id)) refuse(`release ${id} already exists, and releases are never rewritten`);
if (previous && id <= previous) refuse(`release ${id} would sort before the latest release ${previous}`);

const listed = manifestFiles(snapshot);
let changes: Manifest["changes"] = [];
if (previous) {
  const before = releaseSnapshot(previous);
  const same = JSON.stringify(manifestFiles(before)) === JSON.stringify(listed);
  if (same) refuse(`nothing changed since release ${previous}`);
  changes = diffSnapshots({ files: migrate(dataFilesOf(before), readManifest(previous).schema), snapshot: before }, { files: migrate(files, schema), snapshot });
}

// The human summary: given, or the "## Unreleased" entry of data/CHANGELOG.md, whose heading becomes the release id.
const UNRELEASED = /^## Unreleased[ \t]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m;
const changelog = snapshot.get("data/CHANGELOG.md")?.toString("utf8");
const unreleased = changelog?.match(UNRELEASED);
if (changelog !== undefined && unreleased) snapshot.set("data/CHANGELOG.md", Buffer.from(changelog.replace(UNRELEASED, `## ${id}\n$1`)));
const summary =
  args.summary?.trim() ||
  unreleased?.[1]!.replace(/^- /gm, "").replace(/\s+/g, " ").trim() ||
  (previous ? `${changeCounts(changes).join("; ")}.` : "First release.");

const manifest: Manifest = { version: id, date: id.slice(0, 10), previous, schema, summary, files: manifestFiles(snapshot), changes };

const release = new Map(snapshot);
release.set("release.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
release.set("CHANGES.md", Buffer.from(changelogMarkdown(manifest)));
try {
  const note = "Frozen when the release was cut, by the code of that day, from the release's own files; a chart that says what it said in the release before is that release's document.";
  for (const [p, bytes] of freezeCharts(dataset, id, today, note, undefined, previous)) release.set(p, bytes);
} catch (e) {
  // Every chart is frozen in every language: a figure whose words have no translation yet holds the release back.
  refuse(`its charts cannot be frozen: ${e instanceof Error ? e.message : String(e)}`);
}
writeInto(path.join(RELEASES_DIR, id), release, "folder");
if (unreleased) writeFileSync(path.join(args.data, "CHANGELOG.md"), snapshot.get("data/CHANGELOG.md")!);
console.log(`release ${id}: ${listed.length} files${previous ? `; since ${previous}: ${changeCounts(changes).join("; ") || "no row changes"}` : ""}`);
console.log(`written to releases/${id}/ — commit it; released files are never rewritten.`);
