import { chartPath, parseChartPath } from "@/lib/charts/state";
import { errorPage, escapeHtml } from "@/lib/pages/error-page";
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
  const list = `<ul>${[...releaseIds()]
    .reverse()
    .map((id) => `<li><a href="/data#release-${id}">${id}</a>: ${escapeHtml(readManifest(id).summary.slice(0, 200))}</li>`)
    .join("")}</ul>`;
  if (!isRelease(release)) {
    return errorPage(404, embed, `There is no data release “${release.slice(0, 40)}”`, `<p>Pinned chart addresses name a data release. These are the releases there are:</p>${list}`);
  }
  const parsed = charts === "charts" ? parseChartPath(chartId, state) : null;
  if (parsed?.kind !== "ok") {
    return errorPage(404, embed, "There is no such chart", `<p>Data release ${release} has no chart at this address. The data releases:</p>${list}`);
  }
  const nearest = nearestReleaseWith(release, parsed.state);
  const href = nearest && chartPath(parsed.state, pinnedPrefix(nearest, embed));
  return errorPage(
    404,
    embed,
    `Data release ${release} has no such chart`,
    `<p>The chart <code>${escapeHtml(chartPath(parsed.state, ""))}</code> has no figures in data release ${release}; it was not replaced by another chart.</p>
${href ? `<p>The nearest release that has it is ${nearest}: <a href="${href}">see the chart in release ${nearest}</a>.</p>` : "<p>No data release has this chart.</p>"}
<p>The data releases:</p>${list}`,
  );
}
