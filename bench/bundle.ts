// The static bundle's size and file count per language and data release, against the budget:
// at most 40 MB per language and release, at most 20,000 files in all (common free static hosts
// stop at 20,000 files and 1 GB). Usage: tsx bench/bundle.ts [out]  (also part of `npm run bench`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { latestRelease, releaseIds } from "../lib/data/release-ids";

export const BUDGET = { bytesPerLanguageAndRelease: 40 * 1024 * 1024, files: 20_000 } as const;

export type Bucket = { language: string; release: string; files: number; bytes: number };
export type BundleSize = { buckets: Bucket[]; shared: { files: number; bytes: number }; files: number; bytes: number; withinBudget: boolean };

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** The language and release a file of the bundle belongs to, from its address; null for what every page shares (scripts, styles). */
function ownerOf(address: string, drawings: Map<string, string>): string | null {
  const drawing = drawings.get(address);
  if (drawing) return drawing;
  if (address.startsWith("/_next/") || /^\/[^/]+\.(svg|ico|css|js)$/.test(address)) return null;
  // The search index (scripts/search-index.ts) holds the latest pages only. Each language's part is
  // named after it (fragment/ru_….pf_fragment, pagefind.ru_….pf_meta, wasm.ru.pagefind); Pagefind's
  // scripts and its WebAssembly for languages it has no stemmer for (wasm.unknown.pagefind) are shared.
  if (address.startsWith("/pagefind/")) {
    const language = /^\/pagefind\/(?:[^/]+\/)?(?:pagefind\.|wasm\.)?(en|ru|kk)[_.]/.exec(address)?.[1];
    return language ? `${language} ${latestRelease()}` : null;
  }
  const [, language = "en"] = /^\/(ru|kk)\//.exec(address) ?? [];
  const release = /\/releases\/(\d{4}-\d{2}-\d{2}(?:-\d+)?)\//.exec(address)?.[1] ?? latestRelease();
  return `${language} ${release}`;
}

const LANGUAGE_ORDER = ["en", "ru", "kk"];

/**
 * Each drawing counts once, for the first language and release whose pages use it (releases oldest
 * first): a release adds only the drawings that changed. Read off the bundle's own pages, not the
 * build's list of drawings, which a later build (with another SITE_URL on its slides) may have replaced.
 */
function drawingOwners(paths: readonly string[], out: string, drawingsOf: (address: string) => string | null): Map<string, string> {
  const rank = (owner: string) => {
    const [language, release] = owner.split(" ") as [string, string];
    return releaseIds().indexOf(release) * LANGUAGE_ORDER.length + LANGUAGE_ORDER.indexOf(language);
  };
  const owners = new Map<string, string>();
  for (const file of paths.filter((f) => f.endsWith(".html"))) {
    const owner = drawingsOf(`/${path.relative(out, file).split(path.sep).join("/")}`);
    if (!owner) continue;
    for (const [drawing] of readFileSync(file, "utf8").matchAll(/\/chart-img\/[0-9a-f]+\.(?:svg|png)/g)) {
      const known = owners.get(drawing);
      if (!known || rank(owner) < rank(known)) owners.set(drawing, owner);
    }
  }
  return owners;
}

export function bundleSize(out = "out"): BundleSize {
  const paths = walk(out);
  const drawings = drawingOwners(paths, out, (address) => ownerOf(address, new Map()));
  const buckets = new Map<string, Bucket>();
  const shared = { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const file of paths) {
    const size = statSync(file).size;
    files++;
    bytes += size;
    const owner = ownerOf(`/${path.relative(out, file).split(path.sep).join("/")}`, drawings);
    if (!owner) {
      shared.files++;
      shared.bytes += size;
      continue;
    }
    const [language, release] = owner.split(" ") as [string, string];
    const b = buckets.get(owner) ?? { language, release, files: 0, bytes: 0 };
    b.files++;
    b.bytes += size;
    buckets.set(owner, b);
  }
  const sorted = [...buckets.values()].sort((a, b) => a.release.localeCompare(b.release) || a.language.localeCompare(b.language));
  const withinBudget = files <= BUDGET.files && sorted.every((b) => b.bytes <= BUDGET.bytesPerLanguageAndRelease);
  return { buckets: sorted, shared, files, bytes, withinBudget };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function bundleTable(s: BundleSize): string {
  return [
    "| language | data release | files | MB |",
    "|---|---|---:|---:|",
    ...s.buckets.map((b) => `| ${b.language} | ${b.release} | ${b.files} | ${mb(b.bytes)} |`),
    `| (every page) | scripts, styles, icons | ${s.shared.files} | ${mb(s.shared.bytes)} |`,
    `| **all** | | **${s.files}** | **${mb(s.bytes)}** |`,
    "",
    `Budget: at most ${mb(BUDGET.bytesPerLanguageAndRelease)} MB per language and release, at most ${BUDGET.files} files in all — ${s.withinBudget ? "within budget" : "OVER BUDGET"}.`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(bundleTable(bundleSize(process.argv[2] ?? "out")));
