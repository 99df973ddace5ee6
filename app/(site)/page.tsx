import { ChartFigure } from "@/components/chart-figure";
import { HeadlineTable } from "@/components/headline-table";
import { getDataset } from "@/lib/dataset";
import { EVENT_IDS } from "@/lib/events";
import { eventOverview } from "@/lib/overview";

export default function OverviewPage() {
  const dataset = getDataset();
  const overviews = EVENT_IDS.map((id) => eventOverview(dataset, id));
  return (
    <>
      <h1>How many were killed, detained and convicted — and how few officers were held to account</h1>
      <p className="lede">
        Two crackdowns in Kazakhstan: Zhanaozen in December 2011 and the country-wide unrest of January 2022. Each figure is
        shown as the state gave it and as independent monitors, NGOs and journalists reported it, with the gap left visible.
      </p>
      <div className="events">
        {overviews.map(({ event, deathsChart, headlines, accountabilityChart }) => (
          <section key={event.id} className="event" aria-labelledby={`${event.id}-heading`}>
            <h2 id={`${event.id}-heading`}>{event.name}</h2>
            <p className="event-dates">{event.dates}</p>
            <p>{event.summary}</p>
            {accountabilityChart && (
              <p className="ratio" data-testid={`${event.id}-ratio`}>
                <strong>{accountabilityChart.takeaway}</strong>
              </p>
            )}
            <HeadlineTable id={`${event.id}-headlines`} caption={`${event.name}: latest official and independent figures`} rows={headlines} />
            {deathsChart && <ChartFigure spec={deathsChart} />}
            {accountabilityChart && <ChartFigure spec={accountabilityChart} />}
          </section>
        ))}
      </div>
    </>
  );
}
