import { dataVersion } from "../changelog";

/**
 * The id of the data release the charts are drawn from, printed on every downloadable chart image.
 * Today the site's data version (the date of the latest changelog entry); the releases work points
 * this at the latest release id.
 */
export const chartReleaseId = (): string => dataVersion();
