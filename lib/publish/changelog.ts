import { readFileSync } from "node:fs";
import path from "node:path";
import { EN, type Lang } from "../site/i18n";

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

/**
 * Date of the latest change that names `file`, else of the first release: in English the ISO date
 * it has always printed, in another language that language's date.
 */
export function lastChange(file: string, entries = getChangelog(), lang: Lang = EN): string {
  const date = (entries.find((e) => e.text.includes(file)) ?? entries[entries.length - 1])?.date;
  if (!date) return lang.t("dataPage.files.unversioned");
  return lang === EN ? date : lang.date(date);
}
