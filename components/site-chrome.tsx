import Link from "next/link";
import { latestRelease } from "@/lib/data/release-ids";

/** The site's header, navigation and footer, around every page but embeds (and around the 404 page). */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          Kazakhstan accountability dashboard
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li><Link href="/events/zhanaozen-2011">Zhanaozen 2011</Link></li>
            <li><Link href="/events/january-2022">January 2022</Link></li>
            <li><Link href="/metrics/deaths">Deaths</Link></li>
            <li><Link href="/metrics/injuries">Injuries</Link></li>
            <li><Link href="/metrics/detentions">Detentions</Link></li>
            <li><Link href="/metrics/protester-convictions">People prosecuted</Link></li>
            <li><Link href="/metrics/officer-prosecutions">Officers prosecuted</Link></li>
            <li><Link href="/charts">All charts</Link></li>
            <li><Link href="/sources">Sources</Link></li>
            <li><Link href="/methodology">Methodology</Link></li>
            <li><Link href="/data">Data</Link></li>
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          Every figure links to the passage of the source that states it. Official and independent figures are shown side by side and
          never averaged.
        </p>
        <p>
          Data release <Link href="/data#releases">{latestRelease()}</Link> · Data and archived texts:{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a> · Code: MIT ·{" "}
          <Link href="/methodology">How the figures are chosen</Link>
        </p>
      </footer>
    </>
  );
}
