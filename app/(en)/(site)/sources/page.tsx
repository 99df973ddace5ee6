import type { Metadata } from "next";
import { getDataset } from "@/lib/data/dataset";
import { sourcesByPublisherType } from "@/lib/ledger/source-figures";
import { lang } from "@/lib/site/i18n";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";
import { PassageLink } from "@/components/passage-link";
import { Passage } from "@/components/passage";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return { title: t("sources.title"), description: t("sources.description"), alternates: pageAlternates(locale, "/sources") };
}

/** Every source with the figures it carries. Titles and passages stay in their source's language: they are what a reader searches for and quotes. */
export default async function SourcesPage({ params }: { params: Params }) {
  const l = lang(await pageLocale(params));
  const { t } = l;
  const groups = sourcesByPublisherType(getDataset(), l);
  const count = groups.reduce((n, g) => n + g.sources.length, 0);
  return (
    <>
      <h1>{t("sources.title")}</h1>
      <p className="lede">{t("sources.lede", { count })}</p>
      <nav aria-label={t("sources.types")} className="toc">
        <ul>
          {groups.map((g) => (
            <li key={g.type}>
              <a href={`#type-${g.type}`}>
                {t(`sources.type.${g.type}`)} ({l.count(g.sources.length)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.type} id={`type-${g.type}`} aria-labelledby={`type-${g.type}-heading`}>
          <h2 id={`type-${g.type}-heading`}>{t(`sources.type.${g.type}`)}</h2>
          <ol className="source-list">
            {g.sources.map(({ source, figures }) => (
              <li key={source.source_id} id={source.source_id} data-publisher-type={source.publisher_type}>
                <h3>
                  <a href={source.url || `/evidence/${source.source_id}.txt`}>{source.title}</a>
                </h3>
                <p className="source-meta">
                  {l.name("publisher", source.publisher)} · {source.published ? l.date(source.published) : t("sources.dateUnknown")} ·{" "}
                  <a href={`/evidence/${source.source_id}.txt`}>{t("sources.archived")}</a>
                  {!source.url && t("sources.noAddress")}
                </p>
                <ul>
                  {figures.map((f) => (
                    <li key={f.figureId} data-figure-id={f.figureId}>
                      <strong>{f.wording}</strong> {f.measure}
                      {t("sources.figure", { inPlace: f.place === "all" ? "no" : "yes", place: f.placeName, event: t(`term.event.${f.event}`) })}{" "}
                      <span className={`tag tag--${f.claimant}`}>{t(`table.side.${f.claimant}`)}</span> ({f.claimedBy}):{" "}
                      {f.passageUrl ? (
                        <PassageLink href={f.passageUrl}>
                          <Passage sourceId={source.source_id} inline>{f.passage}</Passage>
                        </PassageLink>
                      ) : (
                        <Passage sourceId={source.source_id} inline>{f.passage}</Passage>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
