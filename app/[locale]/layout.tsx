import type { Metadata } from "next";
import { isLocale, PREFIXED_LOCALES } from "@/lib/site/locales";
import { notFound } from "next/navigation";
import { Document, rootMetadata } from "../document";

/** The root layout of the Russian and Kazakh pages (/ru/…, /kk/…), prerendered for each. */
export const dynamicParams = false;
export const generateStaticParams = () => PREFIXED_LOCALES.map((locale) => ({ locale }));

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? rootMetadata(locale) : {};
}

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale) || locale === "en") notFound();
  return <Document locale={locale}>{children}</Document>;
}
