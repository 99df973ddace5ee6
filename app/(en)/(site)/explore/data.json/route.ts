import { explorerDataResponse } from "@/app/explore-data";

export const dynamic = "force-static";

/** The explorer's data in English (app/explore-data.ts). */
export function GET() {
  return explorerDataResponse("en");
}
