/** Where the site is served; permalinks in citations and previews are absolute URLs on it. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const SITE_NAME = "Kazakhstan accountability dashboard";

export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;
