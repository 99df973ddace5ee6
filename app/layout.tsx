import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kazakhstan accountability dashboard", template: "%s · Kazakhstan accountability dashboard" },
  description:
    "Killed, injured, detained and convicted in Zhanaozen 2011 and January 2022 — official figures next to independently reported ones, each traced to its source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Kazakhstan accountability dashboard
          </Link>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Every figure links to the passage of the source that states it. Official and independent figures are shown side by
            side and never averaged.
          </p>
        </footer>
      </body>
    </html>
  );
}
