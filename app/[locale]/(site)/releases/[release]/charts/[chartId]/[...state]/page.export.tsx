// The static export: the pinned charts of the releases frozen in this language.
export { default, generateMetadata, generateStaticParams } from "../../../../../../../(en)/(site)/releases/[release]/charts/[chartId]/[...state]/pinned";
export const dynamicParams = false;
