import path from "node:path";
// The Frictionless reference implementation for JavaScript validates against the official profiles.
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { latestRelease } from "../../lib/data/release-ids";
import { dataPackage, RESOURCES } from "../../lib/publish/data-package";
import { DATA_FILES } from "../../lib/data/dataset";

const descriptor = dataPackage(latestRelease()) as { resources: { name: string; schema: { fields: { name: string; type: string }[] } }[] };

describe("datapackage.json", () => {
  it("describes every data file", () => {
    expect(RESOURCES.map((r) => r.path).sort()).toEqual([...DATA_FILES].sort());
  });

  it("is a valid tabular data package, and every file's rows cast under its table schema", async () => {
    const pkg = await Package.load(descriptor, { basePath: path.resolve("data") });
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const resource of pkg.resources) {
      const rows = await resource.read({ cast: true, keyed: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it("is rejected by the validator when broken (the check can fail)", async () => {
    const broken = structuredClone(descriptor);
    broken.resources[1]!.schema.fields[0]!.type = "not-a-type";
    const pkg = await Package.load(broken, { basePath: path.resolve("data") });
    expect(pkg.valid).toBe(false);
  });

  it("types bounds as integers and takes enums from the zod schemas", () => {
    const deaths = RESOURCES.find((r) => r.name === "deaths")!;
    const field = (n: string) => deaths.fields.find((f) => f.name === n)!;
    expect(field("value_low")).toMatchObject({ type: "integer", constraints: { minimum: 0 } });
    expect(field("value_low").constraints.required).toBeUndefined();
    expect(field("claimant").constraints).toEqual({ required: true, enum: ["official", "independent"] });
    expect(field("figure_id").constraints.required).toBe(true);
  });
});
