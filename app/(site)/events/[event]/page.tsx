import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CasesTable } from "@/components/cases-table";
import { ChartSections } from "@/components/chart-sections";
import { HeadlineTable } from "@/components/headline-table";
import { getDataset } from "@/lib/dataset";
import { EVENT_IDS, EVENTS, type EventId } from "@/lib/events";
import { headlineRows } from "@/lib/overview";
import { eventSections } from "@/lib/sections";

export const dynamicParams = false;
export const generateStaticParams = () => EVENT_IDS.map((event) => ({ event }));

type Params = Promise<{ event: string }>;
const eventOf = async (params: Params): Promise<EventId> => {
  const { event } = await params;
  if (!(EVENT_IDS as readonly string[]).includes(event)) notFound();
  return event as EventId;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = EVENTS[await eventOf(params)];
  return { title: event.name, description: event.summary };
}

export default async function EventPage({ params }: { params: Params }) {
  const id = await eventOf(params);
  const event = EVENTS[id];
  const dataset = getDataset();
  return (
    <>
      <h1>{event.name}</h1>
      <p className="event-dates">{event.dates}</p>
      <p className="lede">{event.summary}</p>
      <HeadlineTable id={`${id}-headlines`} caption="Latest official and independent figure for each metric" rows={headlineRows(dataset, id)} />
      <ChartSections sections={eventSections(dataset, id)} />
      <section id="cases" aria-labelledby="cases-heading">
        <h2 id="cases-heading">Named cases</h2>
        <p>Who was prosecuted, for what, and with what outcome — officers first — each as its source states it.</p>
        <CasesTable
          caption={`${event.name}: named cases`}
          cases={dataset.cases.filter((c) => c.event === id).sort((a, b) => Number(b.role === "officer") - Number(a.role === "officer"))}
          sources={dataset.sourcesById}
        />
      </section>
    </>
  );
}
