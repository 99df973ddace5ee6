import type { Metadata } from "next";
import Link from "next/link";
import { chartPath } from "@/lib/chart-state";
import { allChartStates, chartSpec } from "@/lib/charts/registry";
import { getDataset } from "@/lib/dataset";
import { EVENT_IDS, EVENTS } from "@/lib/events";

export const metadata: Metadata = { title: "All charts", description: "Every chart of the dashboard with its permalink." };

export default function ChartsIndexPage() {
  const dataset = getDataset();
  const specs = allChartStates(dataset).map((s) => chartSpec(dataset, s)!);
  return (
    <>
      <h1>All charts</h1>
      <p>Every chart the dashboard draws, each with a permanent link that always shows the same chart.</p>
      {EVENT_IDS.map((event) => (
        <section key={event} aria-labelledby={`charts-${event}`}>
          <h2 id={`charts-${event}`}>{EVENTS[event].name}</h2>
          <ul className="chart-index">
            {specs
              .filter((s) => s.state.event === event)
              .map((s) => (
                <li key={s.permalink}>
                  <Link href={chartPath(s.state)} prefetch={false}>
                    {s.title}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
