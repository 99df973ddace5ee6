import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** lib/'s layers in the order data moves; a module imports only from its own layer or those before it (lib/README.md). */
const LAYERS = ["site", "data", "ledger", "charts", "pages", "publish"] as const;
const LIB = path.join(process.cwd(), "lib");

const modules = (readdirSync(LIB, { recursive: true }) as string[])
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith(".d.mts"))
  .map((f) => f.split(path.sep).join("/"));

const layerOf = (file: string) => LAYERS.indexOf(file.split("/")[0] as (typeof LAYERS)[number]);

/** The lib modules a module imports, as paths relative to lib/ (without extension). */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(LIB, file), "utf8");
  return [...source.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)).replace(/\.(ts|mjs)$/, ""),
  );
}
const strip = (f: string) => f.replace(/\.(ts|mjs)$/, "");

describe("lib/ reads as the data flow", () => {
  it("has at most 6 files directly in lib/, and every module sits in a known layer", () => {
    expect(readdirSync(LIB, { withFileTypes: true }).filter((d) => d.isFile()).length).toBeLessThanOrEqual(6);
    expect(modules.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it.each(modules)("%s imports nothing from a later layer", (file) => {
    const upward = importsOf(file).filter((target) => layerOf(target) > layerOf(file));
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    const graph = new Map(modules.map((f) => [strip(f), importsOf(f)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[][] = [];
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") return void cycles.push([...trail.slice(trail.indexOf(node)), node]);
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, "done");
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
