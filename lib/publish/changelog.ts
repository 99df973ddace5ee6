import { readFileSync } from "node:fs";
import path from "node:path";

export type ChangelogEntry = { date: string; text: string };

/** Entries of data/CHANGELOG.md ("## YYYY-MM-DD" headings), newest first. */
export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  for (const block of markdown.split(/^## /m).slice(1)) {
    const [heading = "", ...rest] = block.split("\n");
    if (/^\d{4}-\d{2}-\d{2}$/.test(heading.trim())) entries.push({ date: heading.trim(), text: rest.join("\n").trim() });
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : -1));
}

let cached: ChangelogEntry[] | undefined;
export function getChangelog(): ChangelogEntry[] {
  cached ??= parseChangelog(readFileSync(path.join(process.cwd(), "data", "CHANGELOG.md"), "utf8"));
  return cached;
}

/** Date of the latest change that names `file`, else of the first release. */
export function lastChange(file: string, entries = getChangelog()): string {
  return (entries.find((e) => e.text.includes(file)) ?? entries[entries.length - 1])?.date ?? "unversioned";
}
