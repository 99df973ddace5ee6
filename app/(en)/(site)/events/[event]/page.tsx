import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CasesTable } from "@/components/cases-table";
import { ChartFigure } from "@/components/chart-figure";
import { ContextParagraph } from "@/components/context-paragraph";
import { HeadlineTable } from "@/components/headline-table";
import { KeySources } from "@/components/key-sources";
import { MetricSections, PageNav } from "@/components/metric-sections";
import { contextOf, getContext } from "@/lib/data/context";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS, type EventId } from "@/lib/data/events";
import { eventKeyFigures, headlineRows, keySources } from "@/lib/pages/overview";
import { accountabilitySection, eventMetricSections } from "@/lib/pages/sections";
import { lang } from "@/lib/site/i18n";
import { pageLocale } from "../../../../page-locale";
import { pageAlternates } from "@/app/document";

export const dynamicParams = false;
export const generateStaticParams = () => EVENT_IDS.map((event) => ({ event }));

type Params = Promise<{ event: string; locale?: string }>;
const eventOf = async (params: Params): Promise<EventId> => {
  const { event } = await params;
  if (!(EVENT_IDS as readonly string[]).includes(event)) notFound();
  return event as EventId;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = await eventOf(params);
  const locale = await pageLocale(params);
  const l = lang(locale);
  return {
    title: l.t(`term.event.${id}`),
    description: eventKeyFigures(getDataset(), id, l).map((f) => f.text).join(" "),
    alternates: pageAlternates(locale, `/events/${id}`),
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const id = await eventOf(params);
  const locale = await pageLocale(params);
  const l = lang(locale);
  const { t } = l;
  const name = t(`term.event.${id}`);
  const dataset = getDataset();
  const accountability = accountabilitySection(dataset, id, l);
  const metrics = eventMetricSections(dataset, id, l);
  const cases = dataset.cases.filter((c) => c.event === id).sort((a, b) => Number(b.role === "officer") - Number(a.role === "officer"));
  const headlines = headlineRows(dataset, id, l);
  // A printed page is a handout of at most four A4 pages (globals.css, @media print): the key
  // figures, the headline table, the section's first chart and the sources of both. The background,
  // the named cases, the other charts and every data table stay on screen.
  const [printedChart] = accountability.charts;
  return (
    <>
      <h1>{name}</h1>
      <div className="screen-only">
        <ContextParagraph sentences={contextOf(getContext(), id)} sources={dataset.sourcesById} locale={locale} />
      </div>
      <ul className="key-figures" data-testid="key-figures">
        {eventKeyFigures(dataset, id, l).map((f) => (
          <li key={f.text} data-ratio={f.ratio} data-tally={f.tally ? "officers-convicted" : undefined}>
            {f.text}
          </li>
        ))}
      </ul>
      <PageNav
        locale={locale}
        items={[
          { id: "headlines", title: t("page.event.headlines") },
          { id: "accountability", title: t("page.event.accountability") },
          { id: "cases", title: t("page.event.cases") },
          ...metrics.map((m) => ({ id: m.id, title: m.title })),
        ]}
      />
      <section id="headlines" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">{t("page.event.headlines")}</h2>
        <p className="note">{t.rich("page.event.headlinesNote", { em: (chunks) => <em>{chunks}</em> })}</p>
        <HeadlineTable id={`${id}-headlines`} caption={t("page.event.headlineCaption")} rows={headlines} locale={locale} />
      </section>
      <section id="accountability" aria-labelledby="accountability-heading">
        <h2 id="accountability-heading">{t("page.event.accountability")}</h2>
        {accountability.ratios.length ? <p className="note">{t("page.event.ratiosNote")}</p> : <p>{t("page.event.noRatio")}</p>}
        {accountability.charts.map((spec) => (
          <ChartFigure key={spec.id} spec={spec} onPaper={spec === printedChart} />
        ))}
      </section>
      <section id="cases" aria-labelledby="cases-heading" className="screen-only">
        <h2 id="cases-heading">{t("page.event.cases")}</h2>
        <p>{t("page.event.casesIntro")}</p>
        <CasesTable caption={t("page.event.casesCaption", { event: name })} cases={cases} sources={dataset.sourcesById} locale={locale} />
      </section>
      <div className="screen-only">
        <MetricSections sections={metrics} locale={locale} />
      </div>
      <KeySources sources={keySources(dataset, headlines, printedChart)} locale={locale} />
    </>
  );
}
