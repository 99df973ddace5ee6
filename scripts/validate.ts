// Prints every problem in data/ as file:line:column: reason and exits non-zero if there is any.
// Usage: npm run validate [-- DIR]
import path from "node:path";
import { formatIssue } from "../lib/csv-table";
import { readDataFiles, validateDataset } from "../lib/dataset";

const dir = path.resolve(process.argv[2] ?? "data");
const { dataset, issues } = validateDataset(readDataFiles(dir));
for (const issue of issues) console.error(formatIssue({ ...issue, file: path.join(path.relative(process.cwd(), dir) || ".", issue.file) }));
if (issues.length) {
  console.error(`\n${issues.length} problem(s) in ${dir}; nothing was changed.`);
  process.exit(1);
}
console.log(`data OK: ${dataset.claims.length} figures from ${dataset.sources.length} sources`);
