// Served by Next: pinned charts that exist are prerendered; other addresses render on request only
// to redirect (a non-canonical spelling → 308; an unknown release or a chart it lacks → app/missing's 404).
export { default, generateMetadata, generateStaticParams } from "./pinned";
export const dynamicParams = true;
