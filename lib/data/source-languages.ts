import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTable, formatIssue, type ValidationIssue } from "./csv-table";
import { getDataset } from "./dataset";
import { slug } from "./reports";

/**
 * The language each source is written in, where it is not English: a quoted passage is marked up as
 * what it is (a quote is never translated), so that a Ukrainian passage on a Russian page is read
 * out as Ukrainian. Kept beside the site's other hand-written content rather than in data/: it
 * changes how a quote is marked up, not what any release says.
 */
export const SOURCE_LANGUAGES = ["ru", "uk", "kk", "de"] as const;
export const sourceLanguageRow = z.object({
  source_id: slug,
  language: z.enum(SOURCE_LANGUAGES, { error: `must be one of ${SOURCE_LANGUAGES.join(", ")} (English sources are not listed)` }),
});

export const SOURCE_LANGUAGES_FILE = "source-languages.csv";
export const SOURCE_LANGUAGES_PATH = path.join(process.cwd(), "content", SOURCE_LANGUAGES_FILE);

/** source_id → language, and every problem: bad cells, unknown or repeated sources. */
export function validateSourceLanguages(text: string, sourceIds: ReadonlySet<string>): { languages: Map<string, string>; issues: ValidationIssue[] } {
  const { rows, issues } = parseTable(SOURCE_LANGUAGES_FILE, text, sourceLanguageRow);
  const languages = new Map<string, string>();
  for (const { value, line } of rows) {
    const at = (message: string) => issues.push({ file: SOURCE_LANGUAGES_FILE, line, column: "source_id", message });
    if (!sourceIds.has(value.source_id)) at(`unknown source_id "${value.source_id}"`);
    else if (languages.has(value.source_id)) at(`source_id "${value.source_id}" is listed twice`);
    else languages.set(value.source_id, value.language);
  }
  return { languages, issues };
}

let cached: Map<string, string> | undefined;
/** The language of a source's text (a BCP 47 tag): English unless content/source-languages.csv says otherwise. */
export function sourceLanguage(sourceId: string): string {
  if (!cached) {
    const { languages, issues } = validateSourceLanguages(readFileSync(SOURCE_LANGUAGES_PATH, "utf8"), new Set(getDataset().sourcesById.keys()));
    if (issues.length) throw new Error(`content/${SOURCE_LANGUAGES_FILE} has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`);
    cached = languages;
  }
  return cached.get(sourceId) ?? "en";
}
