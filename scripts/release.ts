// npm run release [-- --summary "…"] [--id YYYY-MM-DD] [--data dir --evidence dir]
// Cuts a data release: copies data/ and evidence/ to releases/<id>/ with a manifest and a changelog
// generated from the diff with the previous release. Refuses, writing nothing, when the data is
// invalid, the id exists or is not after the latest one, or nothing changed.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../lib/data/csv-table";
import { RELEASE_ID, RELEASES_DIR, releaseIds } from "../lib/data/release-ids";
import {
  changeCounts, changelogMarkdown, dataFilesOf, diffSnapshots, evidenceOf, type Manifest, manifestFiles, migrate, readManifest,
  readSnapshot, releaseSnapshot, schemaOf, validateRelease,
} from "../lib/publish/releases";

const { values: args } = parseArgs({
  options: { id: { type: "string" }, summary: { type: "string" }, data: { type: "string", default: "data" }, evidence: { type: "string", default: "evidence" } },
});

function refuse(message: string): never {
  console.error(`release refused: ${message}\nNothing was written.`);
  process.exit(1);
}

const snapshot = readSnapshot(args.data, args.evidence);
const files = dataFilesOf(snapshot);
const schema = schemaOf(files);
const { issues } = validateRelease(files, schema, evidenceOf(snapshot));
if (issues.length) refuse(`the data has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`);

const ids = releaseIds();
const previous = ids[ids.length - 1] ?? null;
const today = new Date().toISOString().slice(0, 10);
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

// Written beside the final folder, then renamed into place: a failure leaves nothing behind.
const tmp = path.join(RELEASES_DIR, `.tmp-${id}`);
rmSync(tmp, { recursive: true, force: true });
try {
  for (const [p, bytes] of snapshot) {
    mkdirSync(path.dirname(path.join(tmp, p)), { recursive: true });
    writeFileSync(path.join(tmp, p), bytes);
  }
  writeFileSync(path.join(tmp, "release.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(tmp, "CHANGES.md"), changelogMarkdown(manifest));
  renameSync(tmp, path.join(RELEASES_DIR, id));
  if (unreleased) writeFileSync(path.join(args.data, "CHANGELOG.md"), snapshot.get("data/CHANGELOG.md")!);
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  throw e;
}
console.log(`release ${id}: ${listed.length} files${previous ? `; since ${previous}: ${changeCounts(changes).join("; ") || "no row changes"}` : ""}`);
console.log(`written to releases/${id}/ — commit it; released files are never rewritten.`);
