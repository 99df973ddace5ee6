import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The releases in releases/, by id. Kept apart from lib/publish/releases.ts (which reads and validates
 * their data) so that chart specs can name the latest release without loading any release.
 */
export const RELEASES_DIR = path.join(process.cwd(), "releases");

/** `YYYY-MM-DD`, and `-2`, `-3`… for further releases cut the same day: ids sort as text. */
export const RELEASE_ID = /^\d{4}-\d{2}-\d{2}(-[1-9]\d*)?$/;

let cached: string[] | undefined;

/** Every release id, oldest first. */
export function releaseIds(): string[] {
  cached ??= existsSync(RELEASES_DIR)
    ? readdirSync(RELEASES_DIR)
        .filter((d) => RELEASE_ID.test(d))
        .sort()
    : [];
  return cached;
}

export function latestRelease(): string {
  const ids = releaseIds();
  const latest = ids[ids.length - 1];
  if (!latest) throw new Error("releases/ holds no release: run `npm run release`");
  return latest;
}

/** Where the pinned charts of a release live. */
export const pinnedPrefix = (release: string, embed = false): string => `${embed ? "/embed" : ""}/releases/${release}/charts`;

/** Where a release's files are on disk. */
export const releaseDir = (id: string) => path.join(RELEASES_DIR, id);

/** Where a released file downloads: data/deaths.csv → /data/releases/<id>/deaths.csv, evidence/x.txt → /data/releases/<id>/evidence/x.txt. */
export const releaseFileUrl = (id: string, file: string): string => `/data/releases/${id}/${file.replace(/^data\//, "")}`;

/** The checksum of a released file or a frozen document. */
export const sha256 = (bytes: Buffer | string): string => createHash("sha256").update(bytes).digest("hex");

/** A release's list of its charts' frozen documents (lib/publish/frozen-charts.ts), and where each document is in a release. */
export const FROZEN_MANIFEST = "charts.json";
export const documentPath = (locale: string, chartId: string) => `charts/${locale}/${chartId}.json`;

let pinnedIn: Map<string, string> | undefined;
/**
 * The release whose pinned address a chart of the latest release has, in a language: the latest, or
 * the earlier release whose document the latest lists as the same (a release pins only the charts it
 * changes). Read from the latest release's list, so that a chart drawn anywhere links where it is pinned.
 */
export function pinnedRelease(chartId: string, locale: string): string {
  const latest = latestRelease();
  if (!pinnedIn) {
    const file = path.join(releaseDir(latest), FROZEN_MANIFEST);
    const documents: { path: string; same_as?: string }[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).documents : [];
    pinnedIn = new Map(documents.flatMap((d) => (d.same_as ? [[d.path, d.same_as] as const] : [])));
  }
  return pinnedIn.get(documentPath(locale, chartId)) ?? latest;
}
