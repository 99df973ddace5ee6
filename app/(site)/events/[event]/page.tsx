import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CasesTable } from "@/components/cases-table";
import { ChartFigure } from "@/components/chart-figure";
import { ContextParagraph } from "@/components/context-paragraph";
import { HeadlineTable } from "@/components/headline-table";
import { MetricSections, PageNav } from "@/components/metric-sections";
import { contextOf, getContext } from "@/lib/data/context";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS, EVENTS, type EventId } from "@/lib/data/events";
import { eventKeyFigures, headlineRows } from "@/lib/pages/overview";
import { accountabilitySection, eventMetricSections } from "@/lib/pages/sections";

export const dynamicParams = false;
export const generateStaticParams = () => EVENT_IDS.map((event) => ({ event }));

type Params = Promise<{ event: string }>;
const eventOf = async (params: Params): Promise<EventId> => {
  const { event } = await params;
  if (!(EVENT_IDS as readonly string[]).includes(event)) notFound();
  return event as EventId;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = await eventOf(params);
  return { title: EVENTS[id].name, description: eventKeyFigures(getDataset(), id).map((f) => f.text).join(" ") };
}

export default async function EventPage({ params }: { params: Params }) {
  const id = await eventOf(params);
  const event = EVENTS[id];
  const dataset = getDataset();
  const accountability = accountabilitySection(dataset, id);
  const metrics = eventMetricSections(dataset, id);
  const cases = dataset.cases.filter((c) => c.event === id).sort((a, b) => Number(b.role === "officer") - Number(a.role === "officer"));
  return (
    <>
      <h1>{event.name}</h1>
      <ContextParagraph sentences={contextOf(getContext(), id)} sources={dataset.sourcesById} />
      <ul className="key-figures" data-testid="key-figures">
        {eventKeyFigures(dataset, id).map((f) => (
          <li key={f.text} data-ratio={f.ratio} data-tally={f.tally ? "officers-convicted" : undefined}>
            {f.text}
          </li>
        ))}
      </ul>
      <PageNav
        items={[
          { id: "headlines", title: "Headline figures" },
          { id: "accountability", title: "Accountability" },
          { id: "cases", title: "Named cases" },
          ...metrics.map((m) => ({ id: m.id, title: m.title })),
        ]}
      />
      <section id="headlines" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headline figures</h2>
        <p className="note">
          Each side’s latest <em>total</em> — a count of the whole event — by the headline rule (see the methodology). Lists of people identified by
          name, single trials and part-counts are not totals: they are named beside the totals and drawn in the charts below, never set against them.
        </p>
        <HeadlineTable id={`${id}-headlines`} caption="The latest official and independent total for each metric" rows={headlineRows(dataset, id)} />
      </section>
      <section id="accountability" aria-labelledby="accountability-heading">
        <h2 id="accountability-heading">Accountability</h2>
        {accountability.ratios.length ? (
          <p className="note">
            The ratios at the top of the page divide one side’s figure by the same side’s — never an official figure by an independent one — and
            compare people sentenced to prison with officers sentenced to prison, or people convicted with officers convicted. Both figures of every
            ratio are in the table above.
          </p>
        ) : (
          <p>
            No ratio is stated: no side has published totals of both the people and the officers convicted or sentenced to prison, and a ratio of
            one trial, or of part of a count, to a total would mislead. The chart below draws what each side has, each figure labelled with what it
            counts.
          </p>
        )}
        {accountability.charts.map((spec) => (
          <ChartFigure key={spec.id} spec={spec} />
        ))}
      </section>
      <section id="cases" aria-labelledby="cases-heading">
        <h2 id="cases-heading">Named cases</h2>
        <p>
          Who was prosecuted, for what, and with what outcome — officers first. One row per proceeding (a trial of one or more defendants; an appeal
          is listed with the trial it reviews), with every source that reports it.
        </p>
        <CasesTable caption={`${event.name}: named cases`} cases={cases} sources={dataset.sourcesById} />
      </section>
      <MetricSections sections={metrics} />
    </>
  );
}
