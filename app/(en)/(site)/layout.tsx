import { SiteChrome } from "@/components/site-chrome";

/** The site's chrome; embeds (app/(en)/embed) go without it. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome locale="en">{children}</SiteChrome>;
}
