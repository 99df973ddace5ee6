import { Document, rootMetadata } from "../document";

/** The root layout of the English pages, which keep the addresses they have always had. */
export const metadata = rootMetadata("en");

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <Document locale="en">{children}</Document>;
}
