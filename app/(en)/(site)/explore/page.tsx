import type { Metadata } from "next";
import Link from "next/link";
import { Explorer } from "@/components/explorer";
import { lang } from "@/lib/site/i18n";
import { localePath } from "@/lib/site/locales";
import { pageLocale } from "../../../page-locale";
import { pageAlternates } from "@/app/document";
import { explorerDataPath } from "@/app/explore-data";

type Params = Promise<{ locale?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  return { title: t("explore.title"), description: t("explore.description"), alternates: pageAlternates(locale, "/explore") };
}

/**
 * The explorer: the one page that needs JavaScript (scripts/strip-export.ts keeps its scripts). The
 * server HTML says what it is and links to the gallery, where every chart it draws is a static page;
 * its data, every word already in the page's language, is a static file the client reads.
 */
export default async function ExplorePage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { t } = lang(locale);
  const gallery = (chunks: React.ReactNode) => <Link href={localePath(locale, "/charts")} prefetch={false}>{chunks}</Link>;
  return (
    <>
      <h1>{t("explore.title")}</h1>
      <p className="lede">{t("explore.lede")}</p>
      <p className="explore-gallery">{t.rich("explore.gallery", { a: gallery })}</p>
      <noscript>
        <p className="explore-noscript">{t("explore.noScript")}</p>
      </noscript>
      <Explorer src={explorerDataPath(locale)} />
    </>
  );
}
