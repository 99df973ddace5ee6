import { explorerDataResponse } from "@/app/explore-data";
import { isLocale, PREFIXED_LOCALES } from "@/lib/site/locales";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => PREFIXED_LOCALES.map((locale) => ({ locale }));

/** The explorer's data in Russian or Kazakh (app/explore-data.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return explorerDataResponse(isLocale(locale) ? locale : "en");
}
