/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The valid value a reader most likely meant ("did you mean …?"), or null when none is close:
 * the one it begins ("zhanaozen" → "zhanaozen-2011"), else the one within a quarter of its length
 * in edits (at least 2), case ignored. Only ever a suggestion,
 * never a redirect: a cited address must show what it names or nothing.
 */
export function didYouMean(value: string, options: readonly string[]): string | null {
  const v = value.toLowerCase();
  const prefixed = v.length >= 4 ? options.find((o) => o.toLowerCase().startsWith(v)) : undefined;
  if (prefixed) return prefixed;
  let best: { option: string; d: number } | null = null;
  for (const option of options) {
    const d = editDistance(v, option.toLowerCase());
    if (!best || d < best.d) best = { option, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.option.length / 4)) ? best.option : null;
}
