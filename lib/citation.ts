/** Citations of one chart: plain text, APA 7 style and BibTeX. */
export type CitationInput = {
  title: string;
  siteName: string;
  url: string;
  /** The data version the chart was drawn from (date of the latest data change). */
  dataVersion: string;
  /** YYYY-MM-DD */
  accessed: string;
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};
const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, "\\$1");

export function citations(c: CitationInput): { plain: string; apa: string; bibtex: string } {
  const year = c.dataVersion.slice(0, 4);
  const key = `kzaccountability${year}${c.url.replace(/[^a-z0-9]/gi, "").slice(-12)}`;
  return {
    plain: `“${c.title}”. ${c.siteName}, data version ${c.dataVersion}. ${c.url} (accessed ${longDate(c.accessed)}).`,
    apa: `${c.siteName}. (${year}). ${c.title} [Data set and chart; data version ${c.dataVersion}]. Retrieved ${longDate(c.accessed)}, from ${c.url}`,
    bibtex: [
      `@misc{${key},`,
      `  title        = {${bibEscape(c.title)}},`,
      `  author       = {{${bibEscape(c.siteName)}}},`,
      `  year         = {${year}},`,
      `  note         = {Data version ${c.dataVersion}; accessed ${c.accessed}},`,
      `  howpublished = {\\url{${c.url}}},`,
      `  url          = {${c.url}}`,
      `}`,
    ].join("\n"),
  };
}
