import { SiteChrome } from "@/components/site-chrome";

/** The site's chrome; embeds (app/embed) go without it. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
