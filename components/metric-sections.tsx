import Link from "next/link";
import type { ChartLink, MetricSection } from "@/lib/pages/sections";
import { ChartFigure } from "./chart-figure";
import { ChartThumb } from "./chart-thumb";
import { lang } from "@/lib/site/i18n";
import type { Locale } from "@/lib/site/locales";

/** Charts a page links to rather than draws, each with a small thumbnail. */
export function ChartLinks({ links, label, locale }: { links: ChartLink[]; label: string; locale: Locale }) {
  if (!links.length) return null;
  return (
    <nav aria-label={label} className="chart-links">
      <h3>{lang(locale).t("table.figure.moreCharts")}</h3>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false}>
              <ChartThumb chartId={l.spec.id} locale={locale} />
              <span>{l.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One section per metric (or event): its main chart drawn, the rest linked. */
export function MetricSections({ sections, locale }: { sections: MetricSection[]; locale: Locale }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
          {s.main && <ChartFigure spec={s.main} />}
          <ChartLinks links={s.more} label={lang(locale).t("table.figure.moreChartsOf", { title: s.title })} locale={locale} />
        </section>
      ))}
    </>
  );
}

/** The page's own table of contents, listing every section. */
export function PageNav({ items, locale }: { items: { id: string; title: string }[]; locale: Locale }) {
  return (
    <nav aria-label={lang(locale).t("table.figure.onThisPage")} className="toc">
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
