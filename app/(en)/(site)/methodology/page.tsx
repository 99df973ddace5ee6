import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { RATIO_PAIRS } from "@/lib/ledger/accountability";
import { HEADLINE_MEASURES } from "@/lib/ledger/headline";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS } from "@/lib/data/events";
import { measureCoverage, officialTolls } from "@/lib/pages/methodology";
import { METRIC_IDS, measureName } from "@/lib/data/metrics";
import { QUALIFIER_IDS, QUALIFIERS, wording, type Qualifier } from "@/lib/data/qualifiers";
import { SCOPE_IDS } from "@/lib/data/reports";
import { lang } from "@/lib/site/i18n";
import { localePath, type Locale } from "@/lib/site/locales";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return {
    title: t("methodology.title"),
    description: t("methodology.description"),
    alternates: pageAlternates(locale, "/methodology"),
  };
}

/**
 * What a source says for each qualifier, quoted in the source's own language on every page (a
 * quote is never translated in place); where the reader's language differs, the project's
 * translation (methodology.bounds.gloss) follows in brackets.
 */
const EXAMPLES: Record<Qualifier, { low: number | null; high: number | null; source: string; language: Locale }> = {
  exact: { low: 238, high: 238, source: "238 people died", language: "en" },
  about: { low: 9900, high: 9900, source: "some 9,900 people are in detention", language: "en" },
  at_least: { low: 15, high: null, source: "At least 15 people were killed", language: "en" },
  more_than: { low: 101, high: null, source: "more than 100 seriously injured", language: "en" },
  almost: { low: null, high: 10000, source: "almost 10,000 people have been arrested", language: "en" },
  up_to: { low: null, high: 700, source: "as many as 700 individuals detained", language: "en" },
  range: { low: 30, high: 70, source: "от 30 до 70", language: "ru" },
  dozens: { low: 24, high: null, source: "wounding dozens", language: "en" },
  hundreds: { low: 200, high: null, source: "hundreds were seriously wounded", language: "en" },
  thousands: { low: 2000, high: null, source: "Thousands of people were detained", language: "en" },
};

/** The code a rule lives in, named as it is (an argument, so that no message carries an English file name). */
const HEADLINE_CODE = "lib/ledger/headline.ts";

// The catalogues' inline tags are one letter (<b>, <c>, <a>) or <em>: tag names are words of the
// message, and a Russian or Kazakh message may carry no English word (tests/unit/i18n.test.ts).
const b = (chunks: ReactNode) => <strong>{chunks}</strong>;
const em = (chunks: ReactNode) => <em>{chunks}</em>;
const c = (chunks: ReactNode) => <code>{chunks}</code>;

export default async function MethodologyPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const l = lang(locale);
  const { t } = l;
  const dataset = getDataset();
  const show = (n: number | null) => (n === null ? t("methodology.bounds.open") : l.count(n));
  const quote = (ex: (typeof EXAMPLES)[Qualifier], q: Qualifier) =>
    ex.language === locale
      ? t("methodology.bounds.quote", { quote: ex.source })
      : t("methodology.bounds.quoteGloss", { quote: ex.source, gloss: t(`methodology.bounds.gloss.${q}`) });
  return (
    <article className="prose">
      <h1>{t("methodology.title")}</h1>
      <h2>{t("methodology.statements.title")}</h2>
      <p>{t.rich("methodology.statements.body", { b, em, a: (chunks) => <Link href={localePath(locale, "/sources")}>{chunks}</Link> })}</p>
      <h2>{t("methodology.sides.title")}</h2>
      <p>{t.rich("methodology.sides.body", { b, em })}</p>
      <h2 id="scope">{t("methodology.counts.title")}</h2>
      <p>{t("methodology.counts.intro")}</p>
      <ul>
        {SCOPE_IDS.map((scope) => (
          <li key={scope}>
            {t.rich("methodology.counts.item", { b, name: t(`term.scope.${scope}`), definition: t(`methodology.scope.${scope}`) })}
          </li>
        ))}
      </ul>
      <p>{t("methodology.counts.rule")}</p>
      <h2 id="dates">{t("methodology.dates.title")}</h2>
      <p>{t.rich("methodology.dates.body", { em })}</p>
      <p>{t("methodology.dates.passageOnly")}</p>
      <h2 id="named-cases">{t("methodology.cases.title")}</h2>
      <p>{t("methodology.cases.body")}</p>
      <h2>{t("methodology.bounds.title")}</h2>
      <p>{t("methodology.bounds.body")}</p>
      <table>
        <caption>{t("methodology.bounds.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("methodology.bounds.qualifier")}</th>
            <th scope="col">{t("methodology.bounds.sourceSays")}</th>
            <th scope="col">{t("methodology.bounds.low")}</th>
            <th scope="col">{t("methodology.bounds.high")}</th>
            <th scope="col">{t("methodology.bounds.shownAs")}</th>
          </tr>
        </thead>
        <tbody>
          {QUALIFIER_IDS.map((q) => {
            const ex = EXAMPLES[q];
            return (
              <tr key={q}>
                <td><code>{q}</code></td>
                <td>{quote(ex, q)}</td>
                <td>{show(ex.low)}</td>
                <td>{show(ex.high)}</td>
                <td>{wording(q, ex, l)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t("methodology.bounds.accepts", {
          list: QUALIFIER_IDS.filter((q) => QUALIFIERS[q].wordings.length).map((q) => `${q}: ${QUALIFIERS[q].wordings.join(", ")}`).join("; "),
        })}
      </p>
      <h2 id="headline-rule">{t("methodology.headline.title")}</h2>
      <p>{t.rich("methodology.headline.intro", { c, file: HEADLINE_CODE })}</p>
      <ol>
        <li>{t.rich("methodology.headline.rule.totals", { b })}</li>
        <li>{t.rich("methodology.headline.rule.latest", { b })}</li>
        <li>{t.rich("methodology.headline.rule.definite", { b })}</li>
        <li>{t("methodology.headline.rule.bounds")}</li>
        <li>{t("methodology.headline.rule.id")}</li>
      </ol>
      <p>{t("methodology.headline.measuresIntro")}</p>
      <ul>
        {METRIC_IDS.map((m) => (
          <li key={m}>
            {t("methodology.headline.measures", {
              metric: t(`term.metric.${m}`),
              measures: HEADLINE_MEASURES[m].map((x) => measureName(m, x, l)).join(t("methodology.headline.then")),
            })}
          </li>
        ))}
      </ul>
      <h2>{t("methodology.ratios.title")}</h2>
      <p>
        {t("methodology.ratios.body", {
          pairs: RATIO_PAIRS.map((p) =>
            t("methodology.ratios.pair", {
              numerator: t(`ledger.noun.${p.numerator.noun}`, { count: 100 }),
              denominator: t(`ledger.noun.${p.denominator.noun}`, { count: 100 }),
            }),
          ).join("; "),
        })}
      </p>
      <h2>{t("methodology.tolls.title")}</h2>
      <p>{t("methodology.tolls.intro")}</p>
      {EVENT_IDS.map((e) => (
        <p key={e} data-testid={`tolls-${e}`}>
          {t.rich("methodology.tolls.event", {
            b,
            event: t(`term.event.${e}`),
            list: officialTolls(dataset, e, l)
              .map((toll) => t("charts.said", { wording: toll.wording, claimedBy: toll.claimedBy, date: toll.asOf }))
              .join("; "),
          })}
        </p>
      ))}
      <h2>{t("methodology.counted.title")}</h2>
      <p>{t("methodology.counted.body", { zhanaozen: t("term.event.zhanaozen-2011-short"), january: t("term.event.january-2022-short") })}</p>
      <dl>
        {METRIC_IDS.map((m) => (
          <div key={m}>
            <dt>
              <Link href={localePath(locale, `/metrics/${m}`)}>{t(`term.metric.${m}`)}</Link>
            </dt>
            <dd>
              <ul className="measure-list">
                {measureCoverage(dataset, m, l).map((cov) => (
                  <li key={cov.measure}>
                    <code>{cov.measure}</code>: {cov.description} — {l.count(cov.statements["zhanaozen-2011"])} / {l.count(cov.statements["january-2022"])}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("methodology.gaps.title")}</h2>
      <ul>
        <li>{t("methodology.gaps.verdicts")}</li>
        <li>{t("methodology.gaps.reposts")}</li>
        <li>{t.rich("methodology.gaps.excluded", { a: (chunks) => <Link href={localePath(locale, "/data#changes")}>{chunks}</Link> })}</li>
      </ul>
      <h2>{t("methodology.editorial.title")}</h2>
      <p>{t.rich("methodology.editorial.body", { a: (chunks) => <a href="/editorial.md">{chunks}</a> })}</p>
      <h2 id="translation">{t("methodology.translation.title")}</h2>
      <p>{t("methodology.translation.languages")}</p>
      <p>{t("methodology.translation.quotes")}</p>
      <p>{t("methodology.translation.errors")}</p>
    </article>
  );
}
