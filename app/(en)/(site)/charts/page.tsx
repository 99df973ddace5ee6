import type { Metadata } from "next";
import Link from "next/link";
import { ChartThumb } from "@/components/chart-thumb";
import { getDataset } from "@/lib/data/dataset";
import { gallery } from "@/lib/pages/gallery";

export const metadata: Metadata = { title: "All charts", description: "Every chart of the dashboard, by event and metric, with its permalink." };

export default function ChartsIndexPage() {
  const events = gallery(getDataset());
  return (
    <>
      <h1>All charts</h1>
      <p className="lede">Every chart the dashboard draws, by event and metric. Each has a permanent link that always shows the same chart.</p>
      <nav aria-label="Events" className="toc">
        <ul>
          {events.map((e) => (
            <li key={e.event}>
              <a href={`#charts-${e.event}`}>{e.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {events.map((e) => (
        <section key={e.event} id={`charts-${e.event}`} aria-labelledby={`charts-${e.event}-heading`}>
          <h2 id={`charts-${e.event}-heading`}>{e.title}</h2>
          {e.groups.map((g) => (
            <div key={g.id} className="gallery-group">
              <h3 id={`charts-${e.event}-${g.id}`}>{g.title}</h3>
              <ul className="gallery">
                {g.items.map((i) => (
                  <li key={i.href} className="gallery-item">
                    <Link href={i.href} prefetch={false}>
                      <ChartThumb chartId={i.spec.id} />
                      <span>{i.title}</span>
                    </Link>
                    <span className="gallery-count">
                      {" "}
                      — {i.spec.data.length} {i.spec.data.length === 1 ? "figure" : "figures"}
                    </span>
                    {i.variants.length > 0 && (
                      <span className="gallery-variants">
                        {" · "}
                        {i.variants.map((v, n) => (
                          <span key={v.href}>
                            {n > 0 && " · "}
                            <Link href={v.href} prefetch={false}>
                              {v.label}
                            </Link>
                          </span>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
