import Link from "next/link";
import { SiteChrome } from "@/components/site-chrome";
import { EVENT_IDS, EVENTS } from "@/lib/data/events";
import { METRIC_IDS, METRICS } from "@/lib/data/metrics";
import { releaseIds } from "@/lib/data/release-ids";

const PAGES = [
  ...EVENT_IDS.map((e) => ({ href: `/events/${e}`, label: EVENTS[e].name })),
  ...METRIC_IDS.map((m) => ({ href: `/metrics/${m}`, label: METRICS[m].name })),
  { href: "/charts", label: "All charts" },
  { href: "/sources", label: "Sources" },
  { href: "/methodology", label: "Methodology" },
  { href: "/data", label: "Data and downloads" },
];

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>
          There is no page at this address. If you followed a chart link, the chart it names is not in the data; it was not replaced by
          another one. The pages of the site:
        </p>
        <ul>
          {PAGES.map((p) => (
            <li key={p.href}>
              <Link href={p.href}>{p.label}</Link> <code>{p.href}</code>
            </li>
          ))}
        </ul>
        <h2>Data releases</h2>
        <p>A pinned chart address names one of these releases:</p>
        <ul>
          {[...releaseIds()].reverse().map((id) => (
            <li key={id}>
              <a href={`/data#release-${id}`}>{id}</a>
            </li>
          ))}
        </ul>
        <p>
          Or start from the <Link href="/">overview</Link>.
        </p>
      </div>
    </SiteChrome>
  );
}
