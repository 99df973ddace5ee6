import type { Metadata } from "next";
import "./globals.css";
import { FEED_PATH } from "@/lib/publish/feed";
import { SITE_URL } from "@/lib/site/origin";

export const metadata: Metadata = {
  // Without SITE_URL no absolute address is emitted at all (see lib/site/origin.ts).
  metadataBase: SITE_URL ? new URL(SITE_URL) : undefined,
  title: { default: "Kazakhstan accountability dashboard", template: "%s · Kazakhstan accountability dashboard" },
  description:
    "Killed, injured, detained and convicted in Zhanaozen 2011 and January 2022 — official figures next to independently reported ones, each traced to its source.",
  alternates: { types: { "application/atom+xml": [{ url: FEED_PATH, title: "Data releases (Atom)" }] } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
