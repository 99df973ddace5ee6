import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { passage, slug } from "./reports";
import { formatIssue, parseTable, type ValidationIssue } from "./csv-table";
import { EVENT_IDS, type EventId } from "./events";
import { getDataset } from "./dataset";
import { closestText, getEvidence, passageFound } from "./evidence";

/**
 * Hand-written background, one sentence per row, each with the passage of an archived source that
 * supports it (see docs/EDITORIAL.md): prose that is not generated from the ledger is still sourced,
 * and checked against evidence/ like every figure.
 */
export const contextRow = z.object({
  event: z.enum(EVENT_IDS, { error: `must be one of ${EVENT_IDS.join(", ")}` }),
  text: z.string().trim().min(1, "text is empty"),
  source_id: slug,
  passage,
});
export type ContextSentence = z.infer<typeof contextRow>;

export const CONTEXT_FILE = "context.csv";
export const CONTEXT_PATH = path.join(process.cwd(), "content", CONTEXT_FILE);

/** Every sentence, and every problem: bad cells, unknown sources, passages not found in their archived text. */
export function validateContext(
  text: string,
  sourceIds: ReadonlySet<string>,
  evidence: ReadonlyMap<string, string>,
): { sentences: ContextSentence[]; issues: ValidationIssue[] } {
  const { rows, issues } = parseTable(CONTEXT_FILE, text, contextRow);
  const sentences: ContextSentence[] = [];
  for (const { value, line } of rows) {
    const at = (column: string, message: string) => issues.push({ file: CONTEXT_FILE, line, column, message });
    const archived = evidence.get(value.source_id);
    if (!sourceIds.has(value.source_id) || archived === undefined) at("source_id", `unknown source_id "${value.source_id}"`);
    else if (!passageFound(archived, value.passage)) {
      at("passage", `passage not found in evidence/${value.source_id}.txt; closest text there: "${closestText(archived, value.passage)}"`);
    } else sentences.push(value);
  }
  return { sentences, issues };
}

let cached: ContextSentence[] | undefined;
/** The context sentences of every event, validated once per process against the dataset's sources. */
export function getContext(): ContextSentence[] {
  if (!cached) {
    const sourceIds = new Set(getDataset().sourcesById.keys());
    const { sentences, issues } = validateContext(readFileSync(CONTEXT_PATH, "utf8"), sourceIds, getEvidence());
    if (issues.length) throw new Error(`content/${CONTEXT_FILE} has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`);
    cached = sentences;
  }
  return cached;
}

export const contextOf = (sentences: readonly ContextSentence[], event: EventId) => sentences.filter((s) => s.event === event);
