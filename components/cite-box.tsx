import { ACCESS_PLACEHOLDER, citations, type CitationInput } from "@/lib/publish/citation";
import { SiteAddress, SiteScript, markParts } from "@/components/site-js";

const FORMATS = [
  ["plain", "Plain text"],
  ["apa", "APA"],
  ["bibtex", "BibTeX"],
] as const;

/**
 * Every citation as the server knows it: the access date is "[date you viewed it]", so the text is
 * there and selectable without JavaScript. Our script (public/site-js/cite.js) puts the reader's own
 * today in its place, and the reader's origin before a site-relative address, and shows the copy
 * buttons where the browser can copy. The buttons are in the server HTML, hidden, because under
 * `next start` React hydrates this markup and must find no element it did not render.
 */
export function CiteBox(props: Omit<CitationInput, "accessed">) {
  const text = citations({ ...props, accessed: null });
  return (
    <section className="cite-box" aria-labelledby="cite-title">
      <h2 id="cite-title">Cite this chart</h2>
      {FORMATS.map(([key, label]) => (
        <div key={key} className="citation">
          <h3 id={`cite-${key}`}>{label}</h3>
          <pre id={`citation-${key}`} tabIndex={0} aria-labelledby={`cite-${key}`} data-format={key}>
            {markParts(text[key], {
              [ACCESS_PLACEHOLDER]: (p) => (
                <span data-accessed="" suppressHydrationWarning>
                  {p}
                </span>
              ),
              [props.url]: (url) => <SiteAddress>{url}</SiteAddress>,
            })}
          </pre>
          <button type="button" data-copy={`citation-${key}`} hidden suppressHydrationWarning>
            {`Copy ${label}`}
          </button>
        </div>
      ))}
      <SiteScript />
    </section>
  );
}
