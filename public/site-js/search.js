// The site search, the same under `next start` and in the static bundle: a plain file, no framework
// and no build step (plain ES2020). Without it the header's box is a form that leads to the search
// page, which lists every chart and source (components/site-search.tsx).
//
// Pagefind's own script (/pagefind/pagefind.js, an ES module; the index is built by
// scripts/search-index.ts) is imported only when the reader first focuses or types in the box, so a
// page that nobody searches loads nothing more. Pagefind searches the index of the page's <html lang>.
// Every word shown is the server's (data attributes of the form and of the search page's results,
// counts included): nothing is formatted here. The result containers are rendered by React with an
// empty dangerouslySetInnerHTML, so that under `next start` React leaves what is put in them alone.
(() => {
  "use strict";
  /** Results listed under the header's box; the search page lists up to PAGE_LIMIT under its count. */
  const BOX_LIMIT = 5;
  const PAGE_LIMIT = 50;
  let pagefind = null;
  const load = () => (pagefind ??= import("/pagefind/pagefind.js"));

  /** The result's address: the part of the page (a heading with an id) whose text matched, if Pagefind found one. */
  const best = (data) => data.sub_results?.find((s) => s.excerpt.includes("<mark>") && s.url !== data.url) ?? data;

  const list = (results) => {
    const ol = document.createElement("ol");
    for (const data of results) {
      const part = best(data);
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = part.url;
      a.textContent = part === data || part.title === data.meta.title ? data.meta.title : `${data.meta.title} — ${part.title}`;
      const excerpt = document.createElement("p");
      // Pagefind's excerpt is the page's own text, escaped, with <mark> around the words found.
      excerpt.innerHTML = part.excerpt;
      li.append(a, excerpt);
      ol.append(li);
    }
    return ol;
  };

  const paragraph = (text) => Object.assign(document.createElement("p"), { textContent: text });

  async function show(form, query) {
    const page = document.getElementById("search-page-results");
    const target = page ?? form.querySelector(".site-search-results");
    if (!query) {
      target.replaceChildren();
      return;
    }
    const search = await (await load()).debouncedSearch(query);
    // null: a later keystroke replaced this search.
    if (search === null) return;
    const results = await Promise.all(search.results.slice(0, page ? PAGE_LIMIT : BOX_LIMIT).map((r) => r.data()));
    // The box was emptied or changed while the results loaded.
    if (form.elements.namedItem("q").value.trim() !== query) return;
    if (page) {
      target.replaceChildren(paragraph(JSON.parse(page.dataset.counts)[search.results.length]), list(results));
      history.replaceState(history.state, "", `?q=${encodeURIComponent(query)}`);
    } else if (!results.length) {
      target.replaceChildren(paragraph(form.dataset.none));
    } else {
      const all = Object.assign(document.createElement("a"), { href: `${form.action}?q=${encodeURIComponent(query)}`, textContent: form.dataset.all });
      target.replaceChildren(list(results), all);
    }
  }

  function start() {
    const form = document.querySelector("form.site-search");
    if (!form) return;
    const input = form.elements.namedItem("q");
    input.addEventListener("focus", load, { once: true });
    input.addEventListener("input", () => show(form, input.value.trim()));
    // The box's list closes when focus leaves the form and on Escape; the search page's stays.
    const close = () => form.querySelector(".site-search-results").replaceChildren();
    form.addEventListener("focusout", (e) => !form.contains(e.relatedTarget) && close());
    form.addEventListener("keydown", (e) => e.key === "Escape" && close());
    const query = new URLSearchParams(location.search).get("q");
    if (query && document.getElementById("search-page-results")) {
      input.value = query;
      show(form, query.trim());
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
