import Link from "next/link";
import { EVENT_IDS, EVENTS } from "@/lib/events";
import { METRIC_IDS, METRICS } from "@/lib/metrics";
import { releaseIds } from "@/lib/release-ids";

export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <p>
        <Link href="/">Kazakhstan accountability dashboard</Link>
      </p>
      <h1>Page not found</h1>
      <p>There is no page at this address. If you followed a chart link, the chart it names has no data; it was not replaced by another one.</p>
      <h2>Events</h2>
      <ul>
        {EVENT_IDS.map((e) => (
          <li key={e}>
            <Link href={`/events/${e}`}>{EVENTS[e].name}</Link>
          </li>
        ))}
      </ul>
      <h2>Metrics</h2>
      <ul>
        {METRIC_IDS.map((m) => (
          <li key={m}>
            <Link href={`/metrics/${m}`}>{METRICS[m].name}</Link>
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
        Or see <Link href="/charts">all charts</Link>, <Link href="/sources">all sources</Link>, or the <Link href="/">overview</Link>.
      </p>
    </main>
  );
}
