import type { ReportRow } from "./reports";
import { getEvidence, passageFound } from "./evidence";
import { QUALIFIERS, statedNumber } from "./qualifiers";

const WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // Ukrainian "п’ятьох" (five, genitive), as in the Radio Svoboda report.
  "п’ятьох": 5, "п'ятьох": 5,
};

/** Every number a passage states, in digits ("4,578", "4.578") or words ("Sixty-four", "a hundred", "five thousand"). */
export function numbersIn(passage: string): Set<number> {
  const found = new Set<number>();
  // Thousands separators: comma, dot (German) or space, only between groups of three digits.
  for (const m of passage.matchAll(/\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+/g)) found.add(Number(m[0].replace(/[,. ]/g, "")));
  // "4.6 thousand" (Kazinform): a decimal times a thousand.
  for (const m of passage.matchAll(/(\d+)[.,](\d+) thousand/gi)) found.add(Math.round(Number(`${m[1]}.${m[2]}`) * 1000));
  // "was the only person charged": a count of one, stated without a number word.
  if (/\bthe only (person|officer|one)\b/i.test(passage)) found.add(1);
  const tokens = passage.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const [tens, unit] = token.split("-");
    let n = WORDS[token] ?? (tens && unit && WORDS[tens] !== undefined && WORDS[unit] !== undefined ? WORDS[tens]! + WORDS[unit]! : undefined);
    if (n === undefined) continue;
    const next = tokens[i + 1];
    if (next === "hundred") n *= 100;
    else if (next === "thousand") n *= 1000;
    found.add(n);
  }
  return found;
}

export type AuditProblem = { figureId: string; message: string };

/** What a reader checking a row against its source would object to; empty when the row holds up. */
export function auditRow(row: ReportRow, sourceText: string | null): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const say = (message: string) => problems.push({ figureId: row.figure_id, message });
  if (sourceText === null) say(`no archived text for source ${row.source_id}`);
  else if (!passageFound(sourceText, row.passage)) say(`passage not found in ${row.source_id}`);

  const numbers = numbersIn(row.passage);
  const bounds = { low: row.value_low, high: row.value_high };
  const stated =
    row.qualifier === "range" ? [row.value_low, row.value_high] : [statedNumber(row.qualifier, bounds)];
  for (const n of stated) {
    if (n !== null && !numbers.has(n)) say(`the passage does not state ${n}`);
  }
  const rule = QUALIFIERS[row.qualifier];
  const text = ` ${row.passage.toLowerCase().replace(/\s+/g, " ")} `;
  if (row.qualifier !== "range" && rule.wordings.length && !rule.wordings.some((w) => text.includes(` ${w} `) || text.includes(` ${w}`))) {
    say(`qualifier ${row.qualifier} but the passage has none of: ${rule.wordings.join(", ")}`);
  }
  // A qualifier word right before the number ("at least 225") must be the row's qualifier.
  for (const n of stated) {
    if (n === null) continue;
    const at = new RegExp(`(?<![\\d.,])${String(n).replace(/\B(?=(\d{3})+$)/g, "[,. ]?")}(?![\\d])`).exec(row.passage);
    if (!at) continue;
    const before = ` ${row.passage.slice(0, at.index).toLowerCase().replace(/\s+/g, " ").trim()}`;
    for (const [other, otherRule] of Object.entries(QUALIFIERS)) {
      if (other === row.qualifier || other === "range") continue;
      const word = otherRule.wordings.find((w) => before.endsWith(` ${w}`));
      if (word) say(`the passage says “${word} ${n}” but the qualifier is ${row.qualifier}`);
    }
  }
  return problems;
}

/** The archived text of a source in evidence/, or null when there is none. */
export const archivedText = (sourceId: string): string | null => getEvidence().get(sourceId) ?? null;
