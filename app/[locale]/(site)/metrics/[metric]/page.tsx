// A metric page in Russian and Kazakh: the English page's code, told its language by the /ru or /kk segment.
export { default, generateMetadata, generateStaticParams } from "../../../../(en)/(site)/metrics/[metric]/page";
export const dynamicParams = false;
