import { NotFoundBody } from "@/components/not-found-body";
import { SiteChrome } from "@/components/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome locale="en">
      <NotFoundBody locale="en" />
    </SiteChrome>
  );
}
