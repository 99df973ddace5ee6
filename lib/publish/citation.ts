/** Citations of one chart: plain text, APA 7 and BibTeX, pinned to a data release. */
export type CitationInput = {
  title: string;
  siteName: string;
  /** The pinned URL of the chart in `release` (absolute when SITE_URL is set). */
  url: string;
  /** The chart's id (lib/charts/registry.ts): the same chart has the same id in every release. */
  chartId: string;
  /** The data release the chart is drawn from, e.g. 2026-11-24 or 2026-11-24-2. */
  release: string;
  /** YYYY-MM-DD, the reader's today; null without JavaScript, when only the reader knows it. */
  accessed: string | null;
};

/** What a reader without JavaScript sees instead of the access date, to fill in themselves. */
export const ACCESS_PLACEHOLDER = "[date you viewed it]";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const longDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
/** APA 7 writes retrieval dates Month Day, Year. */
const apaDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, "\\$1");

/**
 * The BibTeX key: from the chart's id, not its title or URL, so it is unique across charts and the
 * same in every release (a later release of the same chart is a new version of the same work).
 */
export const bibtexKey = (chartId: string): string => `kzaccountability:${chartId}`;

export function citations(c: CitationInput): { plain: string; apa: string; bibtex: string } {
  const year = c.release.slice(0, 4);
  return {
    plain: `“${c.title}”. ${c.siteName}, data release ${c.release}. ${c.url} (accessed ${c.accessed ? longDate(c.accessed) : ACCESS_PLACEHOLDER}).`,
    apa: `${c.siteName}. (${year}). ${c.title} (Version ${c.release}) [Data set and chart]. Retrieved ${c.accessed ? apaDate(c.accessed) : ACCESS_PLACEHOLDER}, from ${c.url}`,
    bibtex: [
      `@misc{${bibtexKey(c.chartId)},`,
      `  title        = {${bibEscape(c.title)}},`,
      `  author       = {{${bibEscape(c.siteName)}}},`,
      `  year         = {${year}},`,
      `  version      = {${c.release}},`,
      `  note         = {Data release ${c.release}; accessed ${c.accessed ?? ACCESS_PLACEHOLDER}},`,
      `  howpublished = {\\url{${c.url}}},`,
      `  url          = {${c.url}}`,
      `}`,
    ].join("\n"),
  };
}
