import { type FrozenEntry, type FrozenManifest, frozenDocuments, nearest, readFrozenManifest } from "../../lib/publish/frozen-charts";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentPath, FROZEN_MANIFEST, latestRelease, releaseDir, releaseIds, sha256 } from "../../lib/data/release-ids";
import {
  type FileChanges, dataFilesOf, diffSnapshots, manifestFiles, migrate, readManifest, readSnapshot, releaseDataset, releaseSnapshot,
  releasesJson, type Snapshot,
} from "../../lib/publish/releases";
import { countRecords } from "../../lib/publish/data-package";

const ids = releaseIds();

describe("data releases", () => {
  it("starts with 2026-11-24 and has at least two releases, ids sorting as text", () => {
    expect(ids[0]).toBe("2026-11-24");
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect([...ids].sort()).toEqual(ids);
  });

  it.each(ids)("release %s: every listed file is unchanged (sha256 and rows recomputed), and nothing unlisted is there", (id) => {
    const m = readManifest(id);
    for (const f of m.files) {
      const bytes = readFileSync(path.join(releaseDir(id), f.path));
      expect(sha256(bytes), f.path).toBe(f.sha256);
      expect(f.rows, f.path).toBe(f.path.endsWith(".csv") ? countRecords(bytes.toString("utf8")) : null);
    }
    const onDisk = (dir: string): string[] =>
      readdirSync(path.join(releaseDir(id), dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const frozen = readFrozenManifest(id);
    // A chart the release left as the release before froze it is listed, not written again.
    const written = frozen.documents.filter((d) => !d.same_as).map((d) => d.path);
    expect(onDisk(".").sort()).toEqual([...m.files.map((f) => f.path), ...written, "CHANGES.md", "release.json", FROZEN_MANIFEST].sort());
  });

  it.each(ids)("release %s: every frozen chart document matches its sha256, and there is one per chart and language", (id) => {
    const frozen = readFrozenManifest(id);
    // A document listed as the same as an earlier release's is read there; that release froze it itself.
    const home = (d: FrozenEntry) => d.same_as ?? id;
    for (const d of frozen.documents) {
      expect(sha256(readFileSync(path.join(releaseDir(home(d)), d.path))), d.path).toBe(d.sha256);
      if (d.same_as) expect(readFrozenManifest(d.same_as).documents.find((e) => e.path === d.path)).toEqual({ path: d.path, sha256: d.sha256 });
    }
    const entries = new Map(frozen.documents.map((d) => [d.path, d]));
    for (const locale of frozen.languages) {
      const docs = frozenDocuments(id, locale);
      expect(docs.length).toBe(frozenDocuments(id, "en").length);
      for (const doc of docs) expect([doc.release, doc.language]).toEqual([home(entries.get(documentPath(locale, doc.chart))!), locale]);
    }
  });

  it.each(ids.filter((id) => readManifest(id).previous))("release %s: its recorded changes are the diff of its files with the release before", (id) => {
    const m = readManifest(id);
    const prev = releaseSnapshot(m.previous!);
    const now = releaseSnapshot(id);
    const changes = diffSnapshots(
      { files: migrate(dataFilesOf(prev), readManifest(m.previous!).schema), snapshot: prev },
      { files: migrate(dataFilesOf(now), m.schema), snapshot: now },
    );
    expect(m.changes).toEqual(changes);
  });

  it("data/ and evidence/ are exactly the latest release: cut one with `npm run release` after changing the data", () => {
    const latest = readManifest(ids.at(-1)!);
    expect(manifestFiles(readSnapshot("data", "evidence"))).toEqual(latest.files);
  });

  it("reads 2026-11-24 in its own schema: no statement_id column, each row its own statement", () => {
    const deaths = readFileSync(path.join(releaseDir("2026-11-24"), "data/deaths.csv"), "utf8");
    expect(deaths.split("\n")[0]).not.toContain("statement_id");
    expect(readManifest("2026-11-24").schema).toBe(1);
    const d = releaseDataset("2026-11-24");
    expect(d.rows).toHaveLength(197);
    expect(d.statements).toHaveLength(197);
    // Counted twice then, once since: the 2026-11-24 release keeps what was published.
    expect(d.statementOf.get("jan22-death-investigations-gpo-hrw-2022-08")!.figure_id).toBe("jan22-death-investigations-gpo-hrw-2022-08");
  });

  it("lists every release in releases.json with each file's address, sha256 and rows", () => {
    const json = releasesJson();
    expect(json.releases.map((r) => r.version)).toEqual([...ids].reverse());
    const first = json.releases.find((r) => r.version === "2026-11-24")!;
    expect(first.date).toBe("2026-11-24");
    expect(first.files.find((f) => f.path === "/data/releases/2026-11-24/deaths.csv")).toMatchObject({ rows: 74 });
    expect(first.files.find((f) => f.path === "/data/releases/2026-11-24/evidence/hrw-2022-12-20-no-justice.txt")).toMatchObject({ rows: null });
  });
});

describe("the nearest release that has a chart", () => {
  const ids = ["2026-01-01", "2026-02-01", "2026-02-01-2", "2026-03-01", "2026-04-01"];
  it.each<[string, string[], string | null]>([
    ["2026-02-01-2", ["2026-02-01", "2026-03-01"], "2026-03-01"],
    ["2026-02-01-2", ["2026-01-01", "2026-04-01"], "2026-04-01"],
    ["2026-02-01-2", ["2026-01-01"], "2026-01-01"],
    ["2026-01-01", ["2026-04-01"], "2026-04-01"],
    ["2026-09-09", ["2026-02-01"], "2026-02-01"],
    ["2026-03-01", ["2026-03-01"], null],
  ])("asked for %s, with the chart in %o → %s", (id, having, expected) => {
    expect(nearest(ids, id, (r) => having.includes(r))).toBe(expected);
  });
});

describe("migrate and diff", () => {
  const header = "figure_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,as_of,source_id,passage,note";
  it("schema 1 → 3 adds statement_id = figure_id, then scope total and no date basis; quoting kept", () => {
    const files = migrate({ "deaths.csv": `${header}\na,january-2022,all,killed,official,"X, Y",1,1,exact,2022,s,"p, q r",\n` }, 1);
    expect(files["deaths.csv"]).toBe(
      `figure_id,statement_id,event,place,measure,claimant,claimed_by,value_low,value_high,qualifier,scope,scope_label,as_of,as_of_basis,date_passage,source_id,passage,note\na,a,january-2022,all,killed,official,"X, Y",1,1,exact,total,,2022,,,s,"p, q r",\n`,
    );
    expect(migrate({ "deaths.csv": "x" }, 3)).toEqual({ "deaths.csv": "x" });
  });

  it("schema 2 → 3 makes each named case its own case, reported once, with no counts", () => {
    const cases = "case_id,event,person,role,place,charge,verdict_date,sentence,outcome,source_id,passage,note\nc1,january-2022,A,officer,Taraz,torture,2023,3 years,convicted,s,p q r,\n";
    expect(migrate({ "cases.csv": cases }, 2)["cases.csv"]).toBe(
      "report_id,case_id,event,person,role,place,charge,defendants,convicted,verdict_date,sentence,outcome,source_id,passage,note\nc1,c1,january-2022,A,officer,Taraz,torture,,,2023,3 years,convicted,s,p q r,\n",
    );
  });

  const snap = (entries: [string, string][]): Snapshot => new Map(entries.map(([p, t]) => [p, Buffer.from(t)]));
  it.each<[string, string, string, FileChanges[]]>([
    ["nothing changed", "figure_id,v\na,1\n", "figure_id,v\na,1\n", []],
    ["added, removed, changed", "figure_id,v\na,1\nb,2\n", "figure_id,v\nb,3\nc,4\n", [{ file: "deaths.csv", added: ["c"], removed: ["a"], changed: [{ id: "b", fields: [{ column: "v", old: "2", new: "3" }] }] }]],
  ])("%s", (_name, before, after, expected) => {
    expect(diffSnapshots({ files: { "deaths.csv": before }, snapshot: snap([]) }, { files: { "deaths.csv": after }, snapshot: snap([]) })).toEqual(expected);
  });

  it("reports archived texts added, removed and changed", () => {
    const before = snap([["evidence/a.txt", "x"], ["evidence/b.txt", "y"]]);
    const after = snap([["evidence/b.txt", "z"], ["evidence/c.txt", "w"]]);
    expect(diffSnapshots({ files: {}, snapshot: before }, { files: {}, snapshot: after })).toEqual([
      { file: "evidence/", added: ["c.txt"], removed: ["a.txt"], changed: [{ id: "b.txt", fields: [] }] },
    ]);
  });
});

// Each case runs the script (tsx) a few times: generous timeouts on a busy 2-core machine.
describe("npm run release", { timeout: 300_000 }, () => {
  /** A copy of the project's data, evidence and releases, where the script can run. */
  function sandbox(): string {
    const dir = mkdtempSync(path.join(tmpdir(), "release-"));
    for (const d of ["data", "evidence", "releases"]) cpSync(d, path.join(dir, d), { recursive: true });
    return dir;
  }
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/release.ts"), ...args], { cwd: dir, encoding: "utf8" });
  const releasesIn = (dir: string) => readdirSync(path.join(dir, "releases")).sort();

  it("refuses when nothing changed, for an existing id, and on invalid data, writing nothing", () => {
    const dir = sandbox();
    const before = releasesIn(dir);
    const same = run(dir);
    expect(same.status).toBe(1);
    expect(same.stderr).toContain(`nothing changed since release ${ids.at(-1)}`);
    const existing = run(dir, "--id", "2026-11-24");
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain("release 2026-11-24 already exists");
    writeFileSync(path.join(dir, "data/deaths.csv"), readFileSync(path.join(dir, "data/deaths.csv"), "utf8").replace(",killed,official,", ",killed,officia,"));
    const invalid = run(dir, "--id", "2099-01-01");
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/deaths\.csv:\d+:claimant: must be official or independent/);
    expect(releasesIn(dir)).toEqual(before);
  });

  it("refuses a release whose new note has no Russian or Kazakh translation, writing nothing", () => {
    const dir = sandbox();
    const file = path.join(dir, "data/deaths.csv");
    const text = readFileSync(file, "utf8");
    const row = text.split("\n").find((l) => l.startsWith("zh11-killed-residents-kommersant-2011-12,"))!;
    writeFileSync(file, text.replace(row, row.replace("Eyewitness estimate", "An eyewitness estimate")));
    const before = releasesIn(dir);
    const refused = run(dir, "--id", "2099-01-01");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("messages/ru: no translation of note “An eyewitness estimate");
    expect(releasesIn(dir)).toEqual(before);
  });

  it("cuts a release of a change, with the changed value old → new, and freezes its charts in every language", () => {
    const dir = sandbox();
    const file = path.join(dir, "data/sources.csv");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("Annual Report: Kazakhstan 2013,", "Annual Report 2013: Kazakhstan,"));
    const first = run(dir, "--id", "2099-01-01", "--summary", "Test.");
    expect(first.stderr).toBe("");
    const m = JSON.parse(readFileSync(path.join(dir, "releases/2099-01-01/release.json"), "utf8"));
    expect(m.summary).toBe("Test.");
    expect(m.changes).toEqual([
      { file: "sources.csv", added: [], removed: [], changed: [{ id: "ai-2013-annual-report", fields: [{ column: "title", old: "Annual Report: Kazakhstan 2013", new: "Annual Report 2013: Kazakhstan" }] }] },
    ]);
    const frozen: FrozenManifest = JSON.parse(readFileSync(path.join(dir, "releases/2099-01-01", FROZEN_MANIFEST), "utf8"));
    expect(frozen.languages).toEqual(["en", "ru", "kk"]);
    expect(frozen.documents.length).toBe(3 * frozenDocuments(latestRelease(), "en").length);
    // Only the charts that cite the retitled source say something new: they are frozen again; every
    // other chart is the latest release's document, which the new release names rather than copies.
    const citing = new Set(frozenDocuments(latestRelease(), "en").filter((d) => d.sources.some((s) => s.source_id === "ai-2013-annual-report")).map((d) => d.chart));
    const written = frozen.documents.filter((d) => !d.same_as);
    expect(written.length).toBe(3 * citing.size);
    expect(citing.size).toBe(18);
    expect(new Set(written.map((d) => path.basename(d.path, ".json")))).toEqual(citing);
    for (const d of written) expect(sha256(readFileSync(path.join(dir, "releases/2099-01-01", d.path)))).toBe(d.sha256);
    expect(readdirSync(path.join(dir, "releases/2099-01-01/charts/kk")).length).toBe(citing.size);
    const before = new Map(readFrozenManifest(latestRelease()).documents.map((d) => [d.path, d]));
    for (const d of frozen.documents.filter((d) => d.same_as)) {
      expect(d.same_as).toBe(before.get(d.path)!.same_as ?? latestRelease());
      expect(d.sha256).toBe(before.get(d.path)!.sha256);
    }
    // The site built from the sandbox: the new release has pinned pages for the changed charts only, and
    // each chart page gives out the address where its document is pinned.
    writeFileSync(
      path.join(dir, "site.mts"),
      `import { currentCharts } from ${JSON.stringify(path.resolve("lib/publish/releases.ts"))};
      import { lang } from ${JSON.stringify(path.resolve("lib/site/i18n.ts"))};
      import { generatePinnedParams, loadPinned } from ${JSON.stringify(path.resolve("app/chart-params.ts"))};
      import { inLatest, releaseCharts } from ${JSON.stringify(path.resolve("lib/publish/frozen-charts.ts"))};
      const pages = generatePinnedParams({ params: { locale: "kk" } }).filter((p) => p.release === "2099-01-01");
      const unchanged = releaseCharts(${JSON.stringify(latestRelease())}, lang("kk")).filter((s) => inLatest(${JSON.stringify(latestRelease())}, s).unchanged).map((s) => s.id);
      // What \`next start\` answers at the new release's address of a chart it left unchanged (Next's redirect is an error that carries it).
      const answer = (embed) => loadPinned(Promise.resolve({ release: "2099-01-01", chartId: "claims", state: ["january-2022", "deaths", "killed"], locale: "kk" }), embed).then(() => "a page", (e) => e.digest);
      console.log(JSON.stringify({ pages: pages.length, permalinks: currentCharts(lang("kk")).map((c) => [c.id, c.permalink]), unchanged, redirects: [await answer(false), await answer(true)] }));`,
    );
    const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
    const site = spawnSync(process.execPath, [tsx, "--tsconfig", path.resolve("tsconfig.json"), "site.mts"], { cwd: dir, encoding: "utf8" });
    expect(site.stderr).toBe("");
    const built: { pages: number; permalinks: [string, string][]; unchanged: string[]; redirects: string[] } = JSON.parse(site.stdout);
    expect(citing.has("claims--january-2022--deaths--killed--all--all")).toBe(false);
    // Where the latest release's document of a chart is (an earlier release's when it left the chart unchanged).
    const home = (locale: string, id: string) => before.get(`charts/${locale}/${id}.json`)!.same_as ?? latestRelease();
    const killed = home("kk", "claims--january-2022--deaths--killed--all--all");
    expect(built.redirects).toEqual([
      `NEXT_REDIRECT;replace;/kk/releases/${killed}/charts/claims/january-2022/deaths/killed;308;`,
      `NEXT_REDIRECT;replace;/kk/embed/releases/${killed}/charts/claims/january-2022/deaths/killed;308;`,
    ]);
    expect(built.pages).toBe(citing.size);
    // A pinned page of the release before says the new release has its chart as it is, or that it changed.
    expect(built.unchanged.length).toBe(before.size / 3 - citing.size);
    expect(built.unchanged.some((id) => citing.has(id))).toBe(false);
    expect(built.permalinks.length).toBe(before.size / 3);
    for (const [id, permalink] of built.permalinks) {
      expect(permalink).toMatch(new RegExp(`^/kk/releases/${citing.has(id) ? "2099-01-01" : home("kk", id)}/charts/`));
    }
    expect(readFileSync(path.join(dir, "releases/2099-01-01/CHANGES.md"), "utf8")).toContain("- changed `ai-2013-annual-report`:");
    expect(existsSync(path.join(dir, "releases/2099-01-01.tmp"))).toBe(false);
  });

  it("names a release by today's date, and a second one that day with -2", () => {
    const dir = sandbox();
    // A line appended to the changelog is a change to a released file whatever the data's last row looks like.
    const file = path.join(dir, "data/CHANGELOG.md");
    const today = new Date().toISOString().slice(0, 10);
    const cut = (note: string) => {
      writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}${note}\n`);
      const before = releasesIn(dir);
      expect(run(dir).status).toBe(0);
      return releasesIn(dir).filter((d) => !before.includes(d))[0]!;
    };
    const first = cut(" (a)");
    const second = cut(" (b)");
    expect(first.startsWith(today)).toBe(true);
    expect(second).toBe(first === today ? `${today}-2` : `${today}-${Number(first.slice(11)) + 1}`);
    // The changelog is no chart's input: neither release froze a chart again, and the second names the
    // release that holds each document, never the first, which holds none.
    for (const id of [first, second]) {
      const frozen: FrozenManifest = JSON.parse(readFileSync(path.join(dir, "releases", id, FROZEN_MANIFEST), "utf8"));
      expect(existsSync(path.join(dir, "releases", id, "charts"))).toBe(false);
      expect(frozen.documents.every((d) => d.same_as !== undefined && d.same_as <= latestRelease())).toBe(true);
    }
  });
});
