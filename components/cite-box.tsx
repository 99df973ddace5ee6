"use client";

import { useEffect, useState } from "react";
import { citations, type CitationInput } from "@/lib/publish/citation";

const FORMATS = [
  ["plain", "Plain text"],
  ["apa", "APA"],
  ["bibtex", "BibTeX"],
] as const;

/**
 * Server-rendered with "[date you viewed it]" for the access date, so the text is there and
 * selectable without JavaScript; with JavaScript the reader's own today fills it in and the copy buttons work.
 */
export function CiteBox(props: Omit<CitationInput, "accessed">) {
  const [accessed, setAccessed] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [canCopy, setCanCopy] = useState(false);
  useEffect(() => {
    const now = new Date(); // the reader's local calendar date
    setAccessed(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`);
    setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard);
  }, []);
  const text = citations({ ...props, accessed });
  return (
    <section className="cite-box" aria-labelledby="cite-title">
      <h2 id="cite-title">Cite this chart</h2>
      {FORMATS.map(([key, label]) => (
        <div key={key} className="citation">
          <h3 id={`cite-${key}`}>{label}</h3>
          <pre tabIndex={0} aria-labelledby={`cite-${key}`} data-format={key}>
            {text[key]}
          </pre>
          {canCopy && (
            <button type="button" onClick={() => navigator.clipboard.writeText(text[key]).then(() => setCopied(key))}>
              {copied === key ? "Copied" : `Copy ${label}`}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
