// The site search's index (Pagefind), built from the prerendered pages after `next build`: from
// .next/server/app into public/pagefind for `next start` (which serves public/ as it finds it when it
// starts), or, when exporting (NEXT_OUTPUT=export), from out/ into out/pagefind for the static bundle,
// where the addresses end in "/" as the bundle's do. Only the pages of lib/pages/search.ts are indexed.
// Pagefind splits the index by each page's <html lang>: a page searches in its own language only.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { isSearchable } from "../lib/pages/search";

const exporting = process.env.NEXT_OUTPUT === "export";
const SITE = exporting ? "out" : path.join(".next", "server", "app");
const OUTPUT = exporting ? path.join("out", "pagefind") : path.join("public", "pagefind");
/** What Pagefind writes that the site does not use: its ready-made interfaces (public/site-js/search.js draws ours). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** A prerendered file's address: out/charts/x/index.html → /charts/x/, .next/server/app/charts/x.html → /charts/x (index.html → /). */
const addressOf = (file: string): string => {
  const relative = path.relative(SITE, file).split(path.sep).join("/");
  if (exporting) return `/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
  return relative === "index.html" ? "/" : `/${relative.replace(/\.html$/, "")}`;
};

async function main() {
  if (!existsSync(SITE)) throw new Error(`${SITE} does not exist: run next build first`);
  rmSync(OUTPUT, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("\n"));
  const languages = new Map<string, number>();
  for (const file of walk(SITE).filter((f) => f.endsWith(".html"))) {
    const url = addressOf(file);
    if (!isSearchable(url)) continue;
    const content = readFileSync(file, "utf8");
    // A retired chart's page says where it was last published and asks not to be indexed: nor is it here.
    if (/<meta name="robots" content="noindex/.test(content)) continue;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`${file}: ${added.errors.join("; ")}`);
    const language = /<html lang="([^"]+)"/.exec(content)?.[1] ?? "?";
    languages.set(language, (languages.get(language) ?? 0) + 1);
  }
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length) throw new Error(written.errors.join("\n"));
  await pagefind.close();
  for (const f of readdirSync(OUTPUT).filter((f) => UNUSED.test(f))) rmSync(path.join(OUTPUT, f));
  const files = walk(OUTPUT);
  const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024;
  const pages = [...languages].map(([l, n]) => `${l} ${n}`).join(", ");
  console.log(`search index: ${pages} pages → ${OUTPUT}: ${files.length} files, ${mb.toFixed(1)} MB`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
