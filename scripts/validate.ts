// Prints every problem in data/ as file:line:column: reason and exits non-zero if there is any.
// Every passage is checked against the archived texts in evidence/ (or EVIDENCE beside DIR).
// Usage: npm run validate [-- DIR [EVIDENCE]]
import path from "node:path";
import { formatIssue } from "../lib/csv-table";
import { evidenceDirOf, readDataFiles, validateDataset } from "../lib/dataset";
import { readEvidence } from "../lib/evidence";

const dir = path.resolve(process.argv[2] ?? "data");
const evidenceDir = path.resolve(process.argv[3] ?? evidenceDirOf(dir));
const { dataset, issues } = validateDataset(readDataFiles(dir), readEvidence(evidenceDir));
for (const issue of issues) console.error(formatIssue({ ...issue, file: path.join(path.relative(process.cwd(), dir) || ".", issue.file) }));
if (issues.length) {
  console.error(`\n${issues.length} problem(s) in ${dir}; nothing was changed.`);
  process.exit(1);
}
console.log(
  `data OK: ${dataset.statements.length} statements in ${dataset.claims.length} reports from ${dataset.sources.length} sources; ` +
    `${dataset.claims.length + dataset.cases.length} passages found in ${path.relative(process.cwd(), evidenceDir) || "."}`,
);
