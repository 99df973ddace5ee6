// Prints every problem in data/ as file:line:column: reason and exits non-zero if there is any.
// Every passage is checked against the archived texts in evidence/ (or EVIDENCE beside DIR).
// Usage: npm run validate [-- DIR [EVIDENCE]]
import path from "node:path";
import { formatIssue } from "../lib/data/csv-table";
import { readFileSync } from "node:fs";
import { CONTEXT_PATH, validateContext } from "../lib/data/context";
import { DATA_DIR, evidenceDirOf, readDataFiles, validateDataset } from "../lib/data/dataset";
import { readEvidence } from "../lib/data/evidence";
import { SOURCE_LANGUAGES_PATH, validateSourceLanguages } from "../lib/data/source-languages";

const dir = path.resolve(process.argv[2] ?? "data");
const evidenceDir = path.resolve(process.argv[3] ?? evidenceDirOf(dir));
const evidence = readEvidence(evidenceDir);
const { dataset, issues } = validateDataset(readDataFiles(dir), evidence);
// The site's hand-written context (and the languages of the sources) is checked with the project's own data, not with another folder's.
if (dir === DATA_DIR) {
  const context = validateContext(readFileSync(CONTEXT_PATH, "utf8"), new Set(dataset.sourcesById.keys()), evidence);
  issues.push(...context.issues.map((i) => ({ ...i, file: path.relative(dir, CONTEXT_PATH) })));
  const languages = validateSourceLanguages(readFileSync(SOURCE_LANGUAGES_PATH, "utf8"), new Set(dataset.sourcesById.keys()));
  issues.push(...languages.issues.map((i) => ({ ...i, file: path.relative(dir, SOURCE_LANGUAGES_PATH) })));
}
for (const issue of issues) console.error(formatIssue({ ...issue, file: path.join(path.relative(process.cwd(), dir) || ".", issue.file) }));
if (issues.length) {
  console.error(`\n${issues.length} problem(s) in ${dir}; nothing was changed.`);
  process.exit(1);
}
console.log(
  `data OK: ${dataset.statements.length} statements in ${dataset.rows.length} reports from ${dataset.sources.length} sources; ` +
    `${dataset.rows.length + dataset.cases.reduce((n, c) => n + c.reports.length, 0)} passages and ${dataset.rows.filter((r) => r.date_passage).length} dating passages found in ${path.relative(process.cwd(), evidenceDir) || "."}`,
);
