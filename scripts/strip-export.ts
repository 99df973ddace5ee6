// Run by `npm run export` after `next build` has written out/: the static bundle ships no framework
// JavaScript, but on the pages that need it. Every other page works without JavaScript; the
// framework's scripts only hydrate it for client-side navigation, which a mirror does not need.
// The pages listed in SCRIPTED_PAGES (lib/site/security-headers.mjs: the explorer, in each language)
// draw their content in the browser with React, so they keep every script, and the chunks they load
// stay in the bundle; their host headers allow their inline scripts (scripts/host-config.ts). This step
// - removes from every other HTML file each <script> that is not ours, and each preload of a script that is not ours;
// - deletes Next's per-segment flight payloads (index.txt and __next.*.txt beside a page's index.html),
//   which only client-side navigation fetches;
// - deletes the JavaScript files under /_next/ that no page references any more.
// Usage: tsx scripts/strip-export.ts [out-dir]
import { readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { isScriptedPage } from "../lib/site/security-headers.mjs";

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["document"];
type Element = DefaultTreeAdapterMap["element"];

/** Where our own scripts live (public/site-js/): the only scripts a page of the bundle keeps. */
export const OWN_SCRIPTS = "/site-js/";
const BASE = "https://bundle.invalid/";

/** The site path an attribute's address names, or null when it names another site (or nothing). */
const sitePath = (url: string | undefined): string | null => {
  if (url === undefined) return null;
  try {
    const u = new URL(url, BASE);
    return u.origin === new URL(BASE).origin ? u.pathname : null;
  } catch {
    return null;
  }
};
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const own = (url: string | undefined) => sitePath(url)?.startsWith(OWN_SCRIPTS) ?? false;

/**
 * What to drop. The rule names what we keep, not what Next writes: any script that is not a file of
 * ours goes (inline flight data, Next's and React's chunks, whatever a later Next adds), so the rule
 * does not depend on the framework's markup, which changes between versions.
 */
function drops(el: Element): boolean {
  if (el.tagName === "script") return !own(attr(el, "src"));
  if (el.tagName === "link") {
    const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
    const script = rel.includes("modulepreload") || (rel.includes("preload") && (attr(el, "as") ?? "").toLowerCase() === "script");
    return script && !own(attr(el, "href"));
  }
  return false;
}

/** Attributes that hold addresses a kept element may load. */
const URL_ATTRIBUTES = new Set(["src", "href", "srcset", "imagesrcset", "poster"]);

/**
 * Removes the dropped elements from `html`, byte for byte everything else: parse5 (the WHATWG parsing
 * algorithm, as a browser builds the tree) gives each element's source offsets, and the original text
 * is cut at those offsets, never serialised again. Also returns the site paths the kept elements name.
 */
export function stripHtml(html: string, { keepScripts = false } = {}): { html: string; removed: number; referenced: string[] } {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const cuts: [number, number][] = [];
  const referenced: string[] = [];
  const walk = (node: Node) => {
    if ("tagName" in node) {
      if (!keepScripts && drops(node)) {
        const loc = node.sourceCodeLocation;
        if (!loc) throw new Error(`<${node.tagName}> without a source location`);
        cuts.push([loc.startOffset, loc.endOffset]);
        return;
      }
      for (const a of node.attrs) {
        if (!URL_ATTRIBUTES.has(a.name)) continue;
        // srcset: "url 1x, url 2x"
        for (const part of a.name.endsWith("srcset") ? a.value.split(",").map((s) => s.trim().split(/\s+/)[0]) : [a.value]) {
          const p = sitePath(part);
          if (p) referenced.push(p);
        }
      }
      if ("content" in node) walk(node.content as unknown as Node);
    }
    if ("childNodes" in node) for (const child of node.childNodes) walk(child);
  };
  walk(doc);
  // A page that keeps its scripts also loads the chunks its inline payload names ("static/chunks/…js"),
  // which no attribute holds: they must not be deleted as unreferenced.
  if (keepScripts) for (const m of html.matchAll(/(?:\/_next\/)?(static\/chunks\/[^"'\\\s<>]+?\.js)(?![\w.])/g)) referenced.push(`/_next/${m[1]}`);
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of cuts) {
    out += html.slice(at, start);
    at = end;
  }
  return { html: out + html.slice(at), removed: cuts.length, referenced };
}

const walkFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/**
 * Next's flight payloads: `index.txt` and `__next.<segment>.txt` files, each in the folder of a page
 * (beside its index.html). Archived source texts (evidence/*.txt) and released files are not beside a page.
 */
const isPayload = (file: string) => {
  const name = path.basename(file);
  return (name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"))) && existsFile(path.join(path.dirname(file), "index.html"));
};
const existsFile = (f: string) => {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
};

function removeEmptyDirs(dir: string): boolean {
  const empty = readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? removeEmptyDirs(path.join(dir, e.name)) : false))
    .every(Boolean);
  if (empty) rmdirSync(dir);
  return empty;
}

const mB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function main(out = process.argv[2] ?? "out") {
  const before = walkFiles(out);
  const size = (files: string[]) => files.reduce((s, f) => s + statSync(f).size, 0);
  const beforeBytes = size(before);
  const referenced = new Set<string>();
  let scripts = 0;
  let pages = 0;
  // The page an HTML file is: out/explore/index.html → /explore/.
  const pageOf = (file: string) => `/${path.relative(out, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");
  let kept = 0;
  for (const file of before.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(file, "utf8");
    const keepScripts = isScriptedPage(pageOf(file));
    kept += keepScripts ? 1 : 0;
    const stripped = stripHtml(html, { keepScripts });
    stripped.referenced.forEach((p) => referenced.add(p));
    if (stripped.removed) {
      writeFileSync(file, stripped.html);
      scripts += stripped.removed;
      pages++;
    }
  }
  // Stylesheets may load files too (fonts): none of them is JavaScript, and only JavaScript is deleted.
  const urlOf = (file: string) => `/${path.relative(out, file).split(path.sep).join("/")}`;
  const payloads = before.filter(isPayload);
  const chunks = before.filter((f) => urlOf(f).startsWith("/_next/") && f.endsWith(".js") && !referenced.has(urlOf(f)));
  for (const f of [...payloads, ...chunks]) rmSync(f);
  removeEmptyDirs(out);
  const after = walkFiles(out);
  console.log(
    `strip-export: kept the scripts of ${kept} pages that need them; removed ${scripts} script elements from ${pages} pages; deleted ${payloads.length} flight payloads and ${chunks.length} JavaScript files. ` +
      `out/: ${before.length} files, ${mB(beforeBytes)} → ${after.length} files, ${mB(size(after))}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
