import { Fragment, type ReactNode } from "react";

/**
 * Our own script for a page's conveniences (public/site-js/cite.js): a plain file under /site-js/,
 * which is how scripts/strip-export.ts knows to keep it in the static bundle. `async` lets React
 * hoist it into the head once per document, on client-side navigations under `next start` too.
 */
export function SiteScript() {
  return <script async src="/site-js/cite.js" />;
}

/**
 * An address of this site as text. Built without SITE_URL it is site-relative, and marked so that the
 * script puts the reader's own origin before it; React is told the text may differ from the server's.
 */
export function SiteAddress({ children }: { children: string }) {
  return children.startsWith("/") ? (
    <span data-site-address="" suppressHydrationWarning>
      {children}
    </span>
  ) : (
    <>{children}</>
  );
}

/** `text`, each occurrence of a key of `parts` rendered by its function (for the parts the script fills in). */
export function markParts(text: string, parts: Record<string, (part: string) => ReactNode>): ReactNode[] {
  const keys = Object.keys(parts).filter(Boolean);
  const out: ReactNode[] = [];
  let rest = text;
  for (;;) {
    const found = keys.map((k) => [rest.indexOf(k), k] as const).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0])[0];
    if (!found) break;
    const [at, key] = found;
    out.push(rest.slice(0, at), <Fragment key={out.length}>{parts[key]!(key)}</Fragment>);
    rest = rest.slice(at + key.length);
  }
  out.push(rest);
  return out;
}

/** `text` with the site address `address` in it marked (see SiteAddress). */
export const withSiteAddress = (text: string, address: string): ReactNode[] =>
  markParts(text, { [address]: (a) => <SiteAddress>{a}</SiteAddress> });
