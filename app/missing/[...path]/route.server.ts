import { chartPath, parseChartPath } from "@/lib/charts/state";
import { errorPage, errorWords, escapeHtml } from "@/lib/pages/error-page";
import { pinnedPrefix, releaseIds } from "@/lib/data/release-ids";
import { nearestReleaseWith } from "@/lib/publish/frozen-charts";
import { isRelease, readManifest } from "@/lib/publish/releases";

/**
 * Pinned addresses that match no prerendered page reach here through a fallback rewrite
 * (next.config.mjs), so canonical ones cost nothing extra: an unknown release → 404 listing the
 * releases; a chart that release lacks → 404 linking to the nearest release that has it.
 * (Not in the static export, whose host answers with 404.html, which lists the releases too.)
 */
export async function GET(_req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const [where = "", release = "", charts, chartId = "", ...state] = (await params).path;
  const embed = where === "embed";
  // Only English addresses come here: a pinned address under /ru or /kk that matches no page is the [locale] layout's 404.
  const words = errorWords("en");
  const { t, html, code } = words;
  const list = `<ul>${[...releaseIds()]
    .reverse()
    .map((id) => `<li><a href="/data#release-${id}">${id}</a>: ${escapeHtml(readManifest(id).summary.slice(0, 200))}</li>`)
    .join("")}</ul>`;
  if (!isRelease(release)) {
    return errorPage(404, embed, words, t("errorPage.noRelease.title", { release: release.slice(0, 40) }), `<p>${t("errorPage.noRelease.body")}</p>${list}`);
  }
  const parsed = charts === "charts" ? parseChartPath(chartId, state) : null;
  if (parsed?.kind !== "ok") {
    return errorPage(404, embed, words, t("errorPage.noChart.title"), `<p>${html("errorPage.noChart.body", { release })}</p>${list}`);
  }
  const nearest = nearestReleaseWith(release, parsed.state);
  const href = nearest && chartPath(parsed.state, pinnedPrefix(nearest, embed));
  return errorPage(
    404,
    embed,
    words,
    t("errorPage.releaseLacksChart.title", { release }),
    `<p>${html("errorPage.releaseLacksChart.body", { chart: code(chartPath(parsed.state, "")), release })}</p>
<p>${href ? html("errorPage.releaseLacksChart.nearest", { nearest }, { link: href }) : t("errorPage.releaseLacksChart.none")}</p>
<p>${t("errorPage.releaseLacksChart.releases")}</p>${list}`,
  );
}
