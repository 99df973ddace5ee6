import { EN, type Lang } from "../site/i18n";
import { z } from "zod";
import { optionalDate, slug } from "./reports";

// State-owned outlets (Kazinform, Sputnik) are their own type: they mostly relay the state.
export const PUBLISHER_TYPES = ["official", "state-media", "media", "ngo", "intergovernmental"] as const;

/** One row of sources.csv. */
export const sourceRow = z.object({
  source_id: slug,
  title: z.string().trim().min(1, "title is empty"),
  publisher: z.string().trim().min(1, "publisher is empty"),
  publisher_type: z.enum(PUBLISHER_TYPES, { error: `must be one of ${PUBLISHER_TYPES.join(", ")}` }),
  published: optionalDate,
  // Empty only when the archived copy records no address (e.g. a PDF extract).
  url: z.string().refine((s) => s === "" || isHttpUrl(s), "must be an http(s) URL, or empty if unknown"),
});

export type Source = z.infer<typeof sourceRow>;

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * A link that opens the original at the quoted passage (URL text fragment).
 * Text fragments reserve "-", "," and "&", so they are percent-encoded too.
 */
export const passageLink = (url: string, passage: string): string | null =>
  url === "" ? null : `${url.split("#")[0]}#:~:text=${encodeURIComponent(passage).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** The source line under a chart: "Sources: Amnesty International (2013); Human Rights Watch (2022)." */
export function sourceLine(sources: readonly Source[], lang: Lang = EN): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of sources) {
    const part = `${lang.name("publisher", s.publisher)} (${s.published ? s.published.slice(0, 4) : lang.t("term.date.noDate")})`;
    if (!seen.has(part)) {
      seen.add(part);
      parts.push(part);
    }
  }
  return parts.length ? lang.t("term.sourceLine", { count: parts.length, list: parts.join("; ") }) : "";
}
