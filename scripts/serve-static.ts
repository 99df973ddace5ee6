// npm run serve:static [-- serve's options, e.g. --listen tcp://127.0.0.1:8080]: serves the static bundle
// (out/) locally as a host that reads out/_headers would, with the `serve` package: its config
// (.generated/serve.json) is made from out/_headers, so the headers are exactly those of the bundle.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const OUT = path.resolve("out");
const CONFIG = path.resolve(".generated", "serve.json");

type Rule = { pattern: string; headers: Record<string, string> };

/** The rules of a _headers file (scripts/host-config.ts writes it): a pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(":");
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * serve matches a rule against the path of the file it sends, as a glob: `/folder/*` (the folder and
 * all below it) is `/folder/**`, a page `/folder/` is its `/folder/index.html`, a file is itself.
 */
export function serveGlob(pattern: string): string {
  const literal = (p: string) => decodeURIComponent(p).replace(/[[\]()!*?+@{},\\]/g, "\\$&");
  if (pattern === "/*") return "**";
  if (pattern.endsWith("/*")) return `${literal(pattern.slice(0, -1))}**`;
  if (pattern.endsWith("/")) return `${literal(pattern)}index.html`;
  return literal(pattern);
}

/**
 * serve's config takes at most 50 header rules, each glob at most 100 characters: rules that set the
 * same headers are packed into alternations (`{a,b}`) within that length. serve applies every rule
 * whose glob matches the file it sends, like the hosts do.
 */
export function serveHeaders(rules: Rule[]): { source: string; headers: { key: string; value: string }[] }[] {
  const MAX = 100;
  const groups = new Map<string, string[][]>();
  for (const r of rules) {
    const key = JSON.stringify(Object.entries(r.headers));
    const packs = groups.get(key) ?? [];
    const glob = serveGlob(r.pattern);
    const last = packs.at(-1);
    if (last && [...last, glob].join(",").length + 2 <= MAX) last.push(glob);
    else packs.push([glob]);
    groups.set(key, packs);
  }
  const out = [...groups].flatMap(([key, packs]) =>
    packs.map((globs) => ({
      source: globs.length === 1 ? globs[0]! : `{${globs.join(",")}}`,
      headers: (JSON.parse(key) as [string, string][]).map(([k, value]) => ({ key: k, value })),
    })),
  );
  if (out.some((r) => r.source.length > MAX) || out.length > 50) throw new Error("serve cannot hold these header rules");
  return out;
}

function main() {
  const rules = parseHeadersFile(readFileSync(path.join(OUT, "_headers"), "utf8"));
  const config = {
    // Next's export writes pages as folder/index.html and links to folder/ (trailingSlash). Only addresses
    // without an extension look for a folder's index.html: a file's address (/404.html) is served as it is.
    cleanUrls: ["/", "/**/!(*.*)"],
    trailingSlash: true,
    directoryListing: false,
    headers: serveHeaders(rules),
  };
  mkdirSync(path.dirname(CONFIG), { recursive: true });
  writeFileSync(CONFIG, `${JSON.stringify(config, null, 2)}\n`);
  const bin = path.resolve("node_modules", ".bin", "serve");
  const child = spawn(bin, [OUT, "--config", CONFIG, "--no-clipboard", "--no-port-switching", ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (process.argv[1]?.endsWith("serve-static.ts")) main();
