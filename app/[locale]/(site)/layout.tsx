import { SiteChrome } from "@/components/site-chrome";
import { isLocale } from "@/lib/site/locales";

export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return <SiteChrome locale={isLocale(locale) ? locale : "en"}>{children}</SiteChrome>;
}
