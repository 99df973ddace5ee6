import { Feed } from "feed";
import { releaseFileUrl, releaseIds } from "../data/release-ids";
import { SITE_NAME, SITE_URL } from "../site/origin";
import { escapeHtml } from "../pages/error-page";
import { changeCounts, readManifest } from "./releases";

/** Where the feed is served, and linked from every page's head. */
export const FEED_PATH = "/releases.xml";

/** A release's id never changes, nor where it is published: its entry id is a URN that no host or mirror changes. */
const entryId = (release: string) => `urn:kz-accountability-dashboard:release:${release}`;

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The feed library takes absolute addresses only. Without SITE_URL the site has no public origin, so
 * the feed is written on a reserved placeholder origin that is then dropped: its links stay relative
 * to the feed's own address (as Atom allows), never a local or made-up host.
 */
const PLACEHOLDER = "https://origin.invalid";
const url = (path: string) => `${SITE_URL ?? PLACEHOLDER}${path}`;

/**
 * The Atom feed of data releases, newest first: one entry per release with its summary, what changed
 * (counted per file), and links to its changes and its files. Dated by the releases themselves, so the
 * same releases always give the same feed.
 */
export function releaseFeed(): string {
  const ids = [...releaseIds()].reverse();
  const latest = readManifest(ids[0]!);
  const feed = new Feed({
    id: "urn:kz-accountability-dashboard:releases",
    title: `${SITE_NAME}: data releases`,
    description: "Each immutable, checksummed release of the data and archived source texts, with what changed.",
    link: url("/data"),
    feedLinks: { atom: url(FEED_PATH) },
    updated: day(latest.date),
    generator: false,
    copyright: "Data and archived texts: CC BY 4.0",
  });
  for (const id of ids) {
    const m = readManifest(id);
    const counts = m.previous ? changeCounts(m.changes) : [];
    const files = m.files
      .filter((f) => f.path.startsWith("data/"))
      .map((f) => `<li><a href="${url(releaseFileUrl(id, f.path))}">${escapeHtml(f.path.slice(5))}</a> — SHA-256 <code>${f.sha256}</code></li>`);
    feed.addItem({
      id: entryId(id),
      title: `Data release ${id}`,
      link: url(`/data#release-${id}`),
      date: day(m.date),
      description: m.summary,
      content: [
        `<p>${escapeHtml(m.summary)}</p>`,
        `<p>${escapeHtml(m.previous ? `Changes since release ${m.previous}: ${counts.join("; ")}.` : "The first release.")}</p>`,
        `<ul>${files.join("")}</ul>`,
        `<p><a href="${url(`/data#release-${id}`)}">Every change, row by row</a> · <a href="${url("/data/releases.json")}">every file of every release, with its checksum</a></p>`,
      ].join(""),
    });
  }
  const xml = feed.atom1();
  return SITE_URL ? xml : xml.replaceAll(PLACEHOLDER, "");
}
