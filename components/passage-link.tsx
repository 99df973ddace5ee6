import type { ReactNode } from "react";

/**
 * A link to the passage of a source that states a figure: the source's address with a text
 * fragment (lib/data/sources.ts passageLink). On paper the address is printed after the link
 * (globals.css) only up to the "#": a text fragment does nothing on paper and can triple the
 * address's length. (A link to this site's own archived copy is printed like every other link of
 * the site's: with the site's origin.) A passage no address can point into (`href` null) leaves
 * its publisher's name unlinked.
 */
export function PassageLink({ href, className, title, children }: { href: string | null; className?: string; title?: string; children: ReactNode }) {
  if (!href) return children;
  return (
    <a href={href} className={className} title={title} data-print-href={href.startsWith("/") ? undefined : href.split("#")[0]}>
      {children}
    </a>
  );
}
