import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { drawSlide, svgDocument } from "../../components/chart-image";
import { currentCharts } from "../../lib/publish/releases";
import type { ChartSpec } from "../../lib/charts/registry";
import { lang } from "../../lib/site/i18n";
import type { Locale } from "../../lib/site/locales";

const slideOf = (locale: Locale, spec: ChartSpec) =>
  renderToStaticMarkup(svgDocument(drawSlide(spec, { siteName: lang(locale).t("term.site"), releaseId: "2026-11-29", url: spec.permalink })));
const slideMarkup = (locale: Locale, id: string): string => slideOf(locale, currentCharts(lang(locale)).find((s) => s.id === id)!);

const fontSizes = (markup: string) => [...markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

/** The chart inside the slide is drawn in its own units and scaled: its type's size on the slide is size × scale. */
function splitPlot(markup: string) {
  const start = markup.indexOf('<g class="slide-plot"');
  const [, left, scale] = /translate\(([\d.]+) [\d.]+\) scale\(([\d.]+)\)/.exec(markup.slice(start))!.map(Number);
  // The plot's group ends where the footer's text begins: the last <text> of the slide.
  const end = markup.lastIndexOf("<text");
  return { left: left!, scale: scale!, plot: markup.slice(start, end), around: markup.slice(markup.indexOf(">") + 1, start) + markup.slice(end) };
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

  it("fills the slide: a chart of many statements is drawn wider rather than only smaller, and its axis ends near its largest value", () => {
    // Kazakh, every count of the killed in January 2022: 12 statements, the largest 241.
    const markup = slideMarkup("kk", "claims--january-2022--deaths--killed--all--all");
    const { left, scale, plot } = splitPlot(markup);
    expect(left).toBeLessThan(1);
    expect(scale).toBeLessThan(28 / 13);
    const ticks = [...plot.matchAll(/<text[^>]*text-anchor="middle"[^>]*>([\d\s ]+)<\/text>/g)].map((m) => Number(m[1]!.replace(/\s/g, "")));
    expect(ticks).toEqual([0, 50, 100, 150, 200, 250]);
  });

  // Every slide of the site. A chart of nine or more statements with long labels cannot hold every
  // label in full at 28 px within 1080 px (15 one-line rows alone are 680 px at that size); it is
  // drawn as large as fits rather than losing a statement or a word of its labels.
  const slides = (["en", "ru", "kk"] as const).flatMap((locale) => currentCharts(lang(locale)).map((spec) => ({ locale, spec, markup: slideOf(locale, spec) })));
  it("every slide in every language: the chart's type is at least 28 px, or at least 20 px for nine statements or more", () => {
    const small = slides.flatMap(({ locale, spec, markup }) => {
      const { scale, plot } = splitPlot(markup);
      const px = Math.min(...fontSizes(plot)) * scale;
      return px >= 28 ? [] : [{ chart: `${locale} ${spec.id}`, statements: spec.data.length, px: Math.round(px) }];
    });
    expect(slides.length).toBe(3 * currentCharts(lang("en")).length);
    expect(small.filter((s) => s.statements < 9 || s.px < 20)).toEqual([]);
    // Which these are is known: the charts of every count of the killed and of criminal cases.
    expect(small.length).toBeLessThanOrEqual(14);
  });
});
