export type Header = { key: string; value: string };
export declare const SITE_HEADERS: Header[];
export declare const EMBED_HEADERS: Header[];
