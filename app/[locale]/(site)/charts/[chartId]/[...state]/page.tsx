// Chart pages in Russian and Kazakh: the English page's code, told its language by the /ru or /kk segment.
export { default, generateMetadata, generateStaticParams } from "../../../../../(en)/(site)/charts/[chartId]/[...state]/page";
export const dynamicParams = false;
