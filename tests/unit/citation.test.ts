import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexKey, citations } from "../../lib/publish/citation";
import { pinnedRelease, releaseIds } from "../../lib/data/release-ids";
import { ownDocuments, releaseCharts, specOf } from "../../lib/publish/frozen-charts";
import { lang } from "../../lib/site/i18n";

const cite = (spec: { title: string; id: string; permalink: string }, release: string, accessed: string | null = "2026-12-03") =>
  citations({ title: spec.title, siteName: "Kazakhstan accountability dashboard", url: `https://example.org${spec.permalink}`, chartId: spec.id, release, accessed });

describe("citations", () => {
  // Every pinned page's citation: the charts each release froze (a chart a release left unchanged is cited at the release that froze it).
  const all = releaseIds().flatMap((release) => ownDocuments(release).map((doc) => ({ release, spec: specOf(doc) })));

  it("BibTeX of every chart of every release parses with a real BibTeX parser, with its title, version and pinned URL", () => {
    for (const { release, spec } of all) {
      const { entries, errors } = parse(cite(spec, release).bibtex);
      expect(errors, spec.id).toEqual([]);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.key).toBe(bibtexKey(spec.id));
      expect(entries[0]!.fields.title).toBe(spec.title);
      expect(entries[0]!.fields.version).toBe(release);
      expect(entries[0]!.fields.url).toBe(`https://example.org/releases/${release}/charts/${spec.permalink.split("/charts/")[1]}`);
    }
  }, 30_000); // some 650 entries through a full BibTeX parser

  it("gives every chart its own key, the same in every release", () => {
    const latest = releaseIds().at(-1)!;
    const keys = releaseCharts(latest).map((s) => parse(cite(s, latest).bibtex).entries[0]!.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The two charts whose keys used to collide (both ended in "easurekilled").
    const timeline = releaseCharts(latest).find((s) => s.id === "timeline--zhanaozen-2011--deaths--killed")!;
    const claims = releaseCharts(latest).find((s) => s.id === "claims--zhanaozen-2011--deaths--killed--all--all")!;
    expect(bibtexKey(timeline.id)).not.toBe(bibtexKey(claims.id));
    for (const r of releaseIds()) {
      const spec = releaseCharts(r).find((s) => s.id === claims.id)!;
      expect(parse(cite(spec, r).bibtex).entries[0]!.key).toBe("kzaccountability:claims--zhanaozen-2011--deaths--killed--all--all");
    }
  });

  it.each([
    ["2026-12-03", "Retrieved December 3, 2026, from", "(accessed 3 December 2026)"],
    [null, "Retrieved [date you viewed it], from", "(accessed [date you viewed it])"],
  ])("access date %s: APA 7 with the release as version, plain text", (accessed, apa, plain) => {
    const spec = { title: "T", id: "funnel--zhanaozen-2011--state", permalink: "/releases/2026-11-24/charts/funnel/zhanaozen-2011/state" };
    const c = cite(spec, "2026-11-24-2", accessed);
    expect(c.apa).toBe(`Kazakhstan accountability dashboard. (2026). T (Version 2026-11-24-2) [Data set and chart]. ${apa} https://example.org/releases/2026-11-24/charts/funnel/zhanaozen-2011/state`);
    expect(c.plain).toContain(plain);
    expect(c.plain).toContain("data release 2026-11-24-2");
  });
});

describe("citations in the chart's language", () => {
  const latest = releaseIds().at(-1)!;
  it.each([
    ["ru", "2026-12-03", "3 декабря 2026 г.", "(дата обращения: 3 декабря 2026 г.)", "Получено 3 декабря 2026 г. с https://example.org/ru/", "russian"],
    ["kk", "2026-12-03", "2026 ж. 3 желтоқсан", "(қаралған күні: 2026 ж. 3 желтоқсан)", "2026 ж. 3 желтоқсан күні https://example.org/kk/", "kazakh"],
    ["ru", null, "[дата, когда вы его смотрели]", "(дата обращения: [дата, когда вы его смотрели])", "Получено [дата, когда вы его смотрели] с https://example.org/ru/", "russian"],
  ] as const)("%s, accessed %s: its words and dates in the language, BibTeX with a language field", (locale, accessed, _date, plain, apa, language) => {
    const spec = releaseCharts(latest, lang(locale)).find((s) => s.id === "claims--january-2022--deaths--killed--all--all")!;
    // The deaths did not change in the latest release: the chart is cited at the release that froze it.
    const release = pinnedRelease(spec.id, locale);
    expect(release < latest).toBe(true);
    const c = citations({ title: spec.title, siteName: lang(locale).t("term.site"), url: `https://example.org${spec.permalink}`, chartId: spec.id, release, accessed, locale });
    expect(c.plain).toContain(plain);
    expect(c.plain.startsWith(`«${spec.title}». `)).toBe(true);
    expect(c.apa).toContain(apa);
    expect(c.apa).toContain(locale === "ru" ? `(Версия ${release}) [Набор данных и график]` : `(${release} нұсқасы) [Деректер жиыны және график]`);
    const { entries, errors } = parse(c.bibtex);
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe(spec.title);
    expect(entries[0]!.fields.url).toBe(`https://example.org/${locale}/releases/${release}/charts/claims/january-2022/deaths/killed`);
    expect(c.bibtex).toContain(`language     = {${language}}`);
    expect(c.bibtex).toContain(accessed ? "2026-12-03" : "[");
  });
});
