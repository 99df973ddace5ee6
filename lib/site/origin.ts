/**
 * The public origin, from SITE_URL at build time (e.g. https://example.org). Without it nothing a
 * reader may copy carries an origin at all: addresses stay site-relative, never localhost, and the
 * build warns (next.config.mjs).
 */
export const SITE_URL: string | null = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/+$/, "") : null;
export const SITE_NAME = "Kazakhstan accountability dashboard";

/** An address to show or copy: absolute on SITE_URL when it is set, else site-relative. */
export const publicUrl = (path: string): string => `${SITE_URL ?? ""}${path}`;

