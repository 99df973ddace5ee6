import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/chart-figure";
import { ContextParagraph } from "@/components/context-paragraph";
import { HeadlineTable } from "@/components/headline-table";
import { contextOf, getContext } from "@/lib/data/context";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS } from "@/lib/data/events";
import { eventKeyFigures, eventOverview } from "@/lib/pages/overview";
import { lang } from "@/lib/site/i18n";
import { localePath } from "@/lib/site/locales";
import { pageLocale } from "../../page-locale";
import { pageAlternates } from "@/app/document";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { alternates: pageAlternates(await pageLocale(params), "/") };
}

export default async function OverviewPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const l = lang(locale);
  const { t } = l;
  const dataset = getDataset();
  const context = getContext();
  return (
    <>
      <h1>{t("page.overview.title")}</h1>
      <p className="lede">{t("page.overview.lede")}</p>
      <div className="events">
        {EVENT_IDS.map((id) => {
          const { headlines, deathsChart, accountabilityChart } = eventOverview(dataset, id, l);
          const name = t(`term.event.${id}`);
          const href = localePath(locale, `/events/${id}`);
          return (
            <section key={id} className="event" aria-labelledby={`${id}-heading`}>
              <h2 id={`${id}-heading`}>
                <Link href={href}>{name}</Link>
              </h2>
              <ContextParagraph sentences={contextOf(context, id).slice(0, 1)} sources={dataset.sourcesById} locale={locale} />
              <ul className="key-figures" data-testid={`${id}-key-figures`}>
                {eventKeyFigures(dataset, id, l).map((f) => (
                  <li key={f.text}>{f.text}</li>
                ))}
              </ul>
              <HeadlineTable id={`${id}-headlines`} caption={t("page.overview.headlineCaption", { event: name })} rows={headlines} locale={locale} />
              {deathsChart && <ChartFigure spec={deathsChart} />}
              {accountabilityChart && <ChartFigure spec={accountabilityChart} />}
              <p>
                <Link href={href}>{t("page.overview.everything", { event: name })}</Link>
              </p>
            </section>
          );
        })}
      </div>
    </>
  );
}
