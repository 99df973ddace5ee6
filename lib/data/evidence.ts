import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The archived source texts, one file per source (evidence/<source_id>.txt): a header (ID, TITLE,
 * PUBLISHER, DATE, URL, NOTE), then the full text or whole sentences around every figure. They travel
 * with the data so that a clone verifies every passage by itself.
 */
export const EVIDENCE_DIR = path.join(process.cwd(), "evidence");

/** The matching rule of the passage check: letters and digits only, lower case, so line breaks, hyphens and quotes do not matter. */
export const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** source_id → archived text, for every evidence file in `dir`. */
export function readEvidence(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".txt")) texts.set(name.slice(0, -4), readFileSync(path.join(dir, name), "utf8"));
  }
  return texts;
}

let cached: ReadonlyMap<string, string> | undefined;
/** The project's archive, read once per process. */
export function getEvidence(): ReadonlyMap<string, string> {
  cached ??= readEvidence(EVIDENCE_DIR);
  return cached;
}

/** The body of an archived text, after its header and the blank line that ends it: a passage must be in what the source says, not in our title for it. */
export function evidenceBody(text: string): string {
  const unix = text.replace(/\r\n/g, "\n");
  const end = unix.indexOf("\n\n");
  return end < 0 ? unix : unix.slice(end + 2);
}

/**
 * How much of a source the archive holds: its full text, whole sentences or paragraphs around
 * each figure, or only the short passages themselves — which locate a figure but cannot show
 * what it counts or when it was said.
 */
export type EvidenceKind = "full" | "excerpts" | "passages";
export function evidenceKind(text: string): EvidenceKind {
  const body = evidenceBody(text).trimStart();
  return body.startsWith("PASSAGES") ? "passages" : body.startsWith("EXCERPTS") ? "excerpts" : "full";
}

// An archived text reduced to letters and digits, once per text however many passages point into it.
const squashedBodies = new Map<string, string>();

/** Whether `passage` is in the body of an archived text, by the passage check's rule (see squash). */
export function passageFound(text: string, passage: string): boolean {
  let body = squashedBodies.get(text);
  if (body === undefined) squashedBodies.set(text, (body = squash(evidenceBody(text))));
  return body.includes(squash(passage));
}

const bigrams = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
};

const dice = (a: Map<string, number>, b: Map<string, number>, size: number): number => {
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return size ? (2 * shared) / size : 0;
};

/**
 * The run of words in `text` most like `passage` (bigram overlap), to tell whoever fixes a
 * passage that is not found what the source actually says there. Runs only on failures.
 */
export function closestText(text: string, passage: string): string {
  const words = evidenceBody(text).split(/\s+/).filter(Boolean);
  const n = Math.max(1, passage.split(/\s+/).filter(Boolean).length);
  const target = bigrams(squash(passage));
  const targetSize = Math.max(0, squash(passage).length - 1);
  let best = { score: -1, at: 0 };
  for (let i = 0; i + n <= Math.max(n, words.length); i++) {
    const window = squash(words.slice(i, i + n).join(" "));
    const score = dice(target, bigrams(window), targetSize + Math.max(0, window.length - 1));
    if (score > best.score) best = { score, at: i };
  }
  return words.slice(best.at, best.at + n).join(" ");
}
