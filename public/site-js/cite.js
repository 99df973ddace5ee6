// The reader's-today conveniences of every page (a chart page's citations, the printed date in the
// footer), the same under `next start` and in the static bundle: a plain file,
// no framework and no build step (plain ES2020). Without it the page is complete: citations say
// "[date you viewed it]" and, on a copy built without SITE_URL, addresses are relative to the site.
//
// It only changes what the server marked (components/site-js.tsx, components/cite-box.tsx):
// - [data-accessed]: the access date (or the date of printing), in the reader's own calendar, in the
//   form of the citation format around it (data-format): the same forms as lib/publish/citation.ts;
// - [data-site-address]: a site-relative address, which gets the reader's location.origin before it;
// - [data-site-address-note]: the note saying addresses are relative, reworded once they are not;
// - button[data-copy]: copy buttons, rendered hidden and shown only where navigator.clipboard exists.
// Under `next start` React owns these elements, so the script changes text in place (the same text
// node) and attributes only, never adds or removes nodes: the server renders the buttons, hidden.
(() => {
  "use strict";
  const now = new Date();
  const [y, m, d] = [now.getFullYear(), now.getMonth(), now.getDate()];
  const parts = { y: String(y), d: String(d), mm: String(m + 1).padStart(2, "0"), dd: String(d).padStart(2, "0") };
  /**
   * The reader's today in a citation format's form, by the patterns and month names the cite box
   * carries (data-date-forms, data-months: lib/publish/citation.ts, in the page's language).
   */
  const dateFor = (el, format) => {
    const box = el.closest("[data-date-forms]");
    const forms = box && JSON.parse(box.getAttribute("data-date-forms"));
    const months = box && JSON.parse(box.getAttribute("data-months"));
    if (!forms || !(format in forms)) return null;
    return forms[format].replace(/\{(\w+)\}/g, (_, k) => (k === "month" ? months[m] : parts[k]));
  };
  // A page opened from a file has no origin to put before an address.
  const origin = /^https?:$/.test(location.protocol) ? location.origin : null;
  const done = new WeakSet();

  /** Replaces the text of an element whose only child is one text node, keeping that node. */
  const setText = (el, text) => {
    const node = el.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) node.nodeValue = text;
  };

  /** The elements matching `selector` in `root`, root included. */
  const within = (root, selector) => [...(root.matches?.(selector) ? [root] : []), ...root.querySelectorAll(selector)];

  function fill(root) {
    for (const el of within(root, "[data-accessed]")) {
      const format = el.closest("[data-format]")?.getAttribute("data-format");
      const date = format && dateFor(el, format);
      if (done.has(el) || !date) continue;
      done.add(el);
      setText(el, date);
    }
    if (origin) {
      for (const el of within(root, "[data-site-address]")) {
        if (done.has(el) || !el.textContent.startsWith("/")) continue;
        done.add(el);
        setText(el, origin + el.textContent);
      }
      for (const el of within(root, "[data-site-address-note]")) {
        if (done.has(el)) continue;
        done.add(el);
        setText(el, el.getAttribute("data-site-address-note").replace("{origin}", origin));
      }
    }
    if (navigator.clipboard) {
      for (const button of within(root, "button[data-copy]")) {
        if (done.has(button)) continue;
        done.add(button);
        const source = document.getElementById(button.getAttribute("data-copy"));
        if (!source) continue;
        const label = button.textContent;
        button.addEventListener("click", () =>
          navigator.clipboard.writeText(source.textContent).then(
            () => setText(button, button.getAttribute("data-copied")),
            () => setText(button, label),
          ),
        );
        button.hidden = false;
      }
    }
  }

  function start() {
    fill(document);
    // Under `next start` a chart page may also arrive without a new document (a client-side
    // navigation), after this script ran: fill in whatever is added later.
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) fill(n);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
