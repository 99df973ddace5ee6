// The static export: only the pinned charts that exist (a static host answers anything else with 404.html).
export { default, generateMetadata, generateStaticParams } from "./pinned";
export const dynamicParams = false;
