import Link from "next/link";
import { ChartFigure } from "@/components/chart-figure";
import { ContextParagraph } from "@/components/context-paragraph";
import { HeadlineTable } from "@/components/headline-table";
import { contextOf, getContext } from "@/lib/data/context";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS } from "@/lib/data/events";
import { eventKeyFigures, eventOverview } from "@/lib/pages/overview";

export default function OverviewPage() {
  const dataset = getDataset();
  const context = getContext();
  return (
    <>
      <h1>How many were killed, detained and convicted — and how few officers were prosecuted</h1>
      <p className="lede">
        Zhanaozen in December 2011 and the country-wide unrest of January 2022 in Kazakhstan. Each figure is shown as the state gave it and
        as independent monitors, NGOs and journalists reported it, with the gap left visible and every figure linked to the passage that
        states it.
      </p>
      <div className="events">
        {EVENT_IDS.map((id) => {
          const { event, headlines, deathsChart, accountabilityChart } = eventOverview(dataset, id);
          return (
            <section key={id} className="event" aria-labelledby={`${id}-heading`}>
              <h2 id={`${id}-heading`}>
                <Link href={`/events/${id}`}>{event.name}</Link>
              </h2>
              <ContextParagraph sentences={contextOf(context, id).slice(0, 1)} sources={dataset.sourcesById} />
              <ul className="key-figures" data-testid={`${id}-key-figures`}>
                {eventKeyFigures(dataset, id).map((f) => (
                  <li key={f.text}>{f.text}</li>
                ))}
              </ul>
              <HeadlineTable id={`${id}-headlines`} caption={`${event.name}: latest official and independent figures`} rows={headlines} />
              {deathsChart && <ChartFigure spec={deathsChart} />}
              {accountabilityChart && <ChartFigure spec={accountabilityChart} />}
              <p>
                <Link href={`/events/${id}`}>Everything on {event.name}</Link>
              </p>
            </section>
          );
        })}
      </div>
    </>
  );
}
