"use client";
import { usePathname } from "next/navigation";

/**
 * "Printed from <site>: <address>", on paper only (globals.css). A client component only for
 * usePathname, which Next also answers while prerendering, so the address is in the server HTML.
 * The text comes formatted from the server, in two parts around the address (the date of printing
 * is the footer's next line).
 */
export function PrintedFrom({ origin, before, after }: { origin: string; before: string; after: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <p className="print-only printed-from">
      {before}
      <span className="address">{origin + pathname}</span>
      {after}
    </p>
  );
}
