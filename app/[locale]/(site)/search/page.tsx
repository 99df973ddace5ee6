// The search page in Russian and Kazakh: the English page's code, told its language by the /ru or /kk segment.
export { default, generateMetadata } from "../../../(en)/(site)/search/page";
