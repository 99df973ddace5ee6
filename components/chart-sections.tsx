import type { ChartSection } from "@/lib/sections";
import { ChartFigure } from "./chart-figure";

export function ChartSections({ sections }: { sections: ChartSection[] }) {
  return (
    <>
      <nav aria-label="On this page" className="toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
          {s.charts.map((spec) => (
            <ChartFigure key={spec.id} spec={spec} />
          ))}
        </section>
      ))}
    </>
  );
}
