import { describe, expect, it } from "vitest";
import { allChartStates } from "../../lib/charts/registry";
import { chartPath } from "../../lib/charts/state";
import { getDataset } from "../../lib/data/dataset";
import { explorerData } from "../../lib/pages/explorer";
import { choices, findView, fromQuery, resolve, toQuery } from "../../lib/pages/explorer-state";
import { lang } from "../../lib/site/i18n";
import type { Locale } from "../../lib/site/locales";

const dataset = getDataset();
const DATA = { en: explorerData(dataset, lang("en")), ru: explorerData(dataset, lang("ru")), kk: explorerData(dataset, lang("kk")) };
const JAN_KILLED = { event: "january-2022", metric: "deaths", measure: "killed", place: "all", claimant: "all" } as const;

describe("the explorer's marks: the statement's words, claimant, date, kind and reports, in each language", () => {
  it.each([
    // [locale, figure id, what the card says, how many reports it lists]
    ["en", "jan22-killed-gpo-kazinform-2022-12-28", { wording: "238", claimant: "official", claimedBy: "General Prosecutor’s Office", date: "28 Dec 2022", kind: "Total", notCompared: null }, 2],
    ["ru", "jan22-killed-gpo-kazinform-2022-12-28", { wording: "238", claimedBy: "Генеральная прокуратура Республики Казахстан", date: "28 декабря 2022 г.", kind: "Общее число", tag: "ОФИЦИАЛЬНЫЕ" }, 2],
    ["kk", "jan22-killed-gpo-kazinform-2022-12-28", { wording: "238", date: "2022 ж. 28 желтоқсан", kind: "Жалпы саны" }, 2],
    ["en", "jan22-killed-moh-dw-2022-01-09", { wording: "164", claimedBy: "Ministry of Health", date: "9 Jan 2022", kind: "Total" }, 3],
    ["en", "jan22-killed-hrw-2022-05-05", { wording: "more than 200", claimant: "independent", claimedBy: "Human Rights Watch", date: "5 May 2022", openEnded: true, certain: 201 }, 1],
    ["ru", "jan22-killed-hrw-2022-05-05", { wording: "более 200", claimedBy: "Human Rights Watch", date: "5 мая 2022 г." }, 1],
    ["en", "jan22-killed-arrukhhak-2022-07-29", { wording: "221", claimedBy: "Ar.Rukh.Khak foundation", kind: "List of identified people: identified by name", notCompared: "not-a-total" }, 1],
    ["en", "jan22-killed-gpo-hrw-2022-05-05", { wording: "232", date: "about 2022", dateBasis: "approximate" }, 2],
  ] as const)("%s %s", (locale, id, expected, reports) => {
    const mark = DATA[locale as Locale].marks[id]!;
    expect(mark).toMatchObject(expected);
    expect(mark.reports.length).toBe(reports);
  });

  it("lists every report with its source link and our archived copy", () => {
    const [first] = DATA.en.marks["jan22-killed-gpo-kazinform-2022-12-28"]!.reports;
    expect(first).toEqual({
      publisher: "Kazinform",
      title: "Over 1bln tenge of financial aid paid to families affected by January tragedy",
      passage: "238 people died during the riots. Of them, 219 are civilians",
      language: "en",
      passageUrl: expect.stringMatching(/^https:\/\/www\.inform\.kz\/.*#:~:text=238%20people%20died/),
      archive: "/evidence/kazinform-2022-12-28-1bln-tenge-aid-238-died-1222-convicted.txt",
    });
  });

  it("keeps a Russian passage's language on the Kazakh card", () => {
    const mark = Object.values(DATA.kk.marks).find((m) => m.reports.some((r) => r.passage === "15 человек погибли и 75 пострадали"));
    expect(mark?.reports.find((r) => r.passage === "15 человек погибли и 75 пострадали")?.language).toBe("ru");
  });
});

describe("the explorer's views", () => {
  it.each([
    // [locale, selection, marks, first mark, ticks, citable chart pages]
    ["en", JAN_KILLED, 12, "jan22-killed-gpo-hrw-2022-05-05", ["0", "100", "200", "300"], ["/charts/claims/january-2022/deaths/killed"]],
    ["ru", { ...JAN_KILLED, claimant: "independent" }, 3, "jan22-killed-namedlist-jointngo-2022-07-29", ["0", "100", "200", "300"], ["/ru/charts/claims/january-2022/deaths/killed/all/independent"]],
    ["en", { ...JAN_KILLED, event: "both" }, 27, "zh11-killed-unofficial-kostyuchenko-2018-01", ["0", "100", "200", "300"], ["/charts/claims/zhanaozen-2011/deaths/killed", "/charts/claims/january-2022/deaths/killed"]],
    ["en", { ...JAN_KILLED, metric: "detentions", measure: "detained" }, 4, "jan22-detained-authorities-ap-2022-01-09", ["0", "5,000", "10,000"], ["/charts/claims/january-2022/detentions/detained"]],
    ["ru", { ...JAN_KILLED, metric: "detentions", measure: "detained" }, 4, "jan22-detained-authorities-ap-2022-01-09", ["0", "5\u00a0000", "10\u00a0000"], ["/ru/charts/claims/january-2022/detentions/detained"]],
  ] as const)("%s %j", (locale, selection, count, first, ticks, charts) => {
    const view = findView(DATA[locale], selection)!;
    expect(view.marks.length).toBe(count);
    expect(view.marks[0]).toBe(first);
    expect(view.ticks.map((t) => t.label)).toEqual(ticks);
    expect(view.charts.map((c) => c.href)).toEqual(charts);
  });

  it("has one view per claims chart of the gallery, and each links to that chart", () => {
    const claims = allChartStates(dataset).filter((s) => s.chart === "claims");
    const single = DATA.en.views.filter((v) => v.event !== "both");
    expect(single.map((v) => v.charts[0]!.href).sort()).toEqual(claims.map((s) => chartPath(s)).sort());
  });

  it("draws every mark of a view of both events from one of the two events' views", () => {
    for (const view of DATA.en.views.filter((v) => v.event === "both")) {
      const parts = view.charts.map((c) => findView(DATA.en, { ...view, event: c.event })!.marks);
      expect(view.marks).toEqual(parts.flat());
    }
  });
});

describe("the explorer's state in the URL", () => {
  const data = DATA.en;
  it.each([
    ["", "?event=january-2022&metric=deaths&measure=killed"],
    ["?event=both&metric=deaths&measure=killed&claimant=official", "?event=both&metric=deaths&measure=killed&claimant=official"],
    // A place the event does not have falls back to the whole event; a mark not drawn is dropped.
    ["?event=zhanaozen-2011&metric=deaths&measure=killed&place=almaty&mark=jan22-killed-hrw-2022-05-05", "?event=zhanaozen-2011&metric=deaths&measure=killed"],
    ["?event=january-2022&metric=deaths&measure=killed&place=almaty", "?event=january-2022&metric=deaths&measure=killed&place=almaty"],
    ["?EVENT=x&metric=DEATHS&measure=nothing", "?event=january-2022&metric=deaths&measure=killed"],
    ["?event=january-2022&metric=detentions&mark=jan22-detained-hrw-2022-02-09", "?event=january-2022&metric=detentions&measure=detained&mark=jan22-detained-hrw-2022-02-09"],
  ])("%s → %s", (query, canonical) => {
    const s = fromQuery(data, query);
    expect(toQuery(s)).toBe(canonical);
    expect(fromQuery(data, toQuery(s))).toEqual(s);
  });

  it("offers only choices that have data, given the choices before them", () => {
    const s = resolve(data, { event: "zhanaozen-2011" });
    expect(choices(data, s, "event")).toEqual(["zhanaozen-2011", "january-2022", "both"]);
    expect(choices(data, s, "place")).not.toContain("almaty");
    expect(choices(data, { ...s, event: "january-2022" }, "place")).toContain("almaty");
    for (const key of ["metric", "measure", "place", "claimant"] as const) {
      for (const value of choices(data, s, key)) expect(findView(data, resolve(data, { ...s, [key]: value }))).toBeDefined();
    }
  });
});
