// Embeds in Russian and Kazakh: the English embed's code, told its language by the /ru or /kk segment.
export { default, generateMetadata, generateStaticParams } from "../../../../../(en)/embed/charts/[chartId]/[...state]/page";
export const dynamicParams = false;
