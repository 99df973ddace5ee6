import Link from "next/link";
import { EVENT_IDS } from "@/lib/data/events";
import { METRIC_IDS } from "@/lib/data/metrics";
import { releaseIds } from "@/lib/data/release-ids";
import { lang } from "@/lib/site/i18n";
import { type Locale, localePath } from "@/lib/site/locales";

/** "Page not found" with every page of the site and every data release, in one language. */
export function NotFoundBody({ locale, heading = "h1" }: { locale: Locale; heading?: "h1" | "h2" }) {
  const { t } = lang(locale);
  const Heading = heading;
  const pages = [
    ...EVENT_IDS.map((e) => ({ href: localePath(locale, `/events/${e}`), label: t(`term.event.${e}`) })),
    ...METRIC_IDS.map((m) => ({ href: localePath(locale, `/metrics/${m}`), label: t(`term.metric.${m}`) })),
    { href: localePath(locale, "/charts"), label: t("notFound.allCharts") },
    { href: localePath(locale, "/sources"), label: t("chrome.sources") },
    { href: localePath(locale, "/methodology"), label: t("chrome.methodology") },
    { href: localePath(locale, "/data"), label: t("notFound.data") },
  ];
  return (
    <div className="not-found" lang={locale}>
      <Heading>{t("notFound.title")}</Heading>
      <p>{t("notFound.lost")}</p>
      <ul>
        {pages.map((p) => (
          <li key={p.href}>
            <Link href={p.href}>{p.label}</Link> <code>{p.href}</code>
          </li>
        ))}
      </ul>
      <p>{t("notFound.releases")}</p>
      <ul>
        {[...releaseIds()].reverse().map((id) => (
          <li key={id}>
            <a href={localePath(locale, `/data#release-${id}`)}>{id}</a>
          </li>
        ))}
      </ul>
      <p>
        <Link href={localePath(locale, "/")}>{t("notFound.overview")}</Link>
      </p>
    </div>
  );
}
