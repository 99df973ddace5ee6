import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { drawSlide, svgDocument } from "../../components/chart-image";
import { currentCharts } from "../../lib/publish/releases";
import { lang } from "../../lib/site/i18n";
import type { Locale } from "../../lib/site/locales";

function slideMarkup(locale: Locale, id: string): string {
  const words = lang(locale);
  const spec = currentCharts(words).find((s) => s.id === id)!;
  return renderToStaticMarkup(svgDocument(drawSlide(spec, { siteName: words.t("term.site"), releaseId: "2026-11-29", url: spec.permalink })));
}

const fontSizes = (markup: string) => [...markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

/** The chart inside the slide is drawn in its own units and scaled: its type's size on the slide is size × scale. */
function splitPlot(markup: string) {
  const start = markup.indexOf('<g class="slide-plot"');
  const scale = Number(/scale\(([\d.]+)\)/.exec(markup.slice(start))![1]);
  // The plot's group ends where the footer's text begins: the last <text> of the slide.
  const end = markup.lastIndexOf("<text");
  return { scale, plot: markup.slice(start, end), around: markup.slice(markup.indexOf(">") + 1, start) + markup.slice(end) };
}

describe("a chart's slide is 16:9 at 1920 × 1080, in type large enough for a room, in the chart's language", () => {
  it.each([
    ["en", "claims--january-2022--detentions--detained--all--all"],
    ["ru", "claims--january-2022--detentions--detained--all--all"],
    ["kk", "claims--january-2022--detentions--detained--all--all"],
    ["kk", "timeline--january-2022--deaths--killed"],
  ] as const)("%s %s", (locale, id) => {
    const markup = slideMarkup(locale, id);
    expect(markup).toMatch(/^<svg[^>]* width="1920" height="1080" viewBox="0 0 1920 1080"/);
    const { scale, plot, around } = splitPlot(markup);
    const title = /<text[^>]*font-size="([\d.]+)"[^>]*font-weight="700"/.exec(around)!;
    expect(Number(title[1])).toBeGreaterThanOrEqual(48);
    // Subtitle and footer, then every label, tick, value and legend entry of the chart.
    expect(Math.min(...fontSizes(around))).toBeGreaterThanOrEqual(28);
    expect(fontSizes(plot).length).toBeGreaterThan(5);
    expect(Math.min(...fontSizes(plot)) * scale).toBeGreaterThanOrEqual(28);
  });

  it("says nothing in English on a Kazakh or Russian slide, and ends with the site, the release and the address", () => {
    for (const locale of ["ru", "kk"] as const) {
      const markup = slideMarkup(locale, "claims--january-2022--detentions--detained--all--all");
      const text = markup.replace(/<title>.*?<\/title>/g, "").replace(/<[^>]*>/g, " ");
      expect(text).not.toMatch(/statement|official|independent|data release|people/i);
      const footer = markup.slice(markup.lastIndexOf("<text"));
      expect(footer).toContain(lang(locale).t("term.site"));
      expect(footer).toContain("2026-11-29");
      expect(footer).toContain(`/${locale}/releases/2026-11-29/charts/claims/january-2022/detentions/detained`);
    }
  });
});
