// Served by Next: see the English page.server.tsx. A release frozen without this language redirects to its English page.
export { default, generateMetadata, generateStaticParams } from "../../../../../../../(en)/embed/releases/[release]/charts/[chartId]/[...state]/pinned";
export const dynamicParams = true;
