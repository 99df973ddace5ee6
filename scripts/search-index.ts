// The site search's index (Pagefind), built from the prerendered pages after `next build`: from
// .next/server/app into public/pagefind for `next start` (which serves public/ as it finds it when it
// starts), or, when exporting (NEXT_OUTPUT=export), from out/ into out/pagefind for the static bundle,
// where the addresses end in "/" as the bundle's do. Only the pages of lib/pages/search.ts are indexed.
// Pagefind splits the index by each page's <html lang>: a page searches in its own language only.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parse, serializeOuter } from "parse5";
import { escapeHtml } from "../lib/pages/error-page";
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

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const find = (node: Node, test: (n: Node) => boolean): Node[] => [...(test(node) ? [node] : []), ...(node.childNodes ?? []).flatMap((c) => find(c, test))];
const text = (node: Node): string => (node.nodeName === "#text" ? node.value! : (node.childNodes ?? []).map(text).join(""));

/**
 * Each named case of an event page (a row of components/cases-table.tsx) as a result of its own, at
 * its row's address, holding the row as the page shows it: titled by its first cell (who was tried;
 * their role, the place, how many were convicted) and the table's caption, and weighted above a
 * chart's title, so that a search for a name or a place lists the case before the charts that count it.
 */
function namedCases(url: string, content: string, language: string): { url: string; content: string }[] {
  const table = find(parse(content) as Node, (n) => n.nodeName === "table" && attr(n, "class") === "cases-table")[0];
  if (!table) return [];
  const caption = text(find(table, (n) => n.nodeName === "caption")[0]!);
  return find(table, (n) => n.nodeName === "tr" && attr(n, "data-case-id") !== undefined).map((row) => {
    const [who, note] = find(row, (n) => n.nodeName === "td")[0]!.childNodes!.map(text) as [string, string];
    const title = escapeHtml(`${who} (${note}) — ${caption}`);
    return {
      url: `${url}#${attr(row, "id")}`,
      content: `<html lang="${language}"><body><main data-pagefind-body=""><h1 data-pagefind-weight="10">${title}</h1><table>${serializeOuter(row as never)}</table></main></body></html>`,
    };
  });
}

async function main() {
  // Pagefind's package is an ES module only: imported, not required (tsx runs this file as CommonJS).
  const pagefind = await import("pagefind");
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
    const language = /<html lang="([^"]+)"/.exec(content)?.[1] ?? "?";
    for (const record of [{ url, content }, ...namedCases(url, content, language)]) {
      const added = await index.addHTMLFile(record);
      if (added.errors.length) throw new Error(`${file}: ${added.errors.join("; ")}`);
      languages.set(language, (languages.get(language) ?? 0) + 1);
    }
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
