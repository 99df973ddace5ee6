import type { Metadata } from "next";
import Link from "next/link";
import { ChartThumb } from "@/components/chart-thumb";
import { getDataset } from "@/lib/data/dataset";
import { gallery } from "@/lib/pages/gallery";
import { lang } from "@/lib/site/i18n";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return { title: t("gallery.title"), description: t("gallery.description"), alternates: pageAlternates(locale, "/charts") };
}

export default async function ChartsIndexPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  const events = gallery(getDataset(), lang(locale));
  return (
    <>
      <h1>{t("gallery.title")}</h1>
      <p className="lede">{t("gallery.lede")}</p>
      <nav aria-label={t("gallery.events")} className="toc">
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
                      <ChartThumb chartId={i.spec.id} locale={locale} />
                      <span>{i.title}</span>
                    </Link>
                    <span className="gallery-count"> — {t("gallery.count", { count: i.spec.data.length })}</span>
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
