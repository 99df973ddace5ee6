import Link from "next/link";
import type { ChartLink, MetricSection } from "@/lib/pages/sections";
import { ChartFigure } from "./chart-figure";
import { ChartThumb } from "./chart-thumb";

/** Charts a page links to rather than draws, each with a small thumbnail. */
export function ChartLinks({ links, label }: { links: ChartLink[]; label: string }) {
  if (!links.length) return null;
  return (
    <nav aria-label={label} className="chart-links">
      <h3>More charts</h3>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false}>
              <ChartThumb chartId={l.spec.id} />
              <span>{l.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One section per metric (or event): its main chart drawn, the rest linked. */
export function MetricSections({ sections }: { sections: MetricSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
          {s.main && <ChartFigure spec={s.main} />}
          <ChartLinks links={s.more} label={`More charts: ${s.title}`} />
        </section>
      ))}
    </>
  );
}

/** The page's own table of contents, listing every section. */
export function PageNav({ items }: { items: { id: string; title: string }[] }) {
  return (
    <nav aria-label="On this page" className="toc">
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
