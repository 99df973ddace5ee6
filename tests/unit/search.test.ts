import { describe, expect, it } from "vitest";
import { getDataset } from "../../lib/data/dataset";
import { isSearchable, resultCounts, searchablePageCount } from "../../lib/pages/search";
import { lang } from "../../lib/site/i18n";

describe("the pages the site search indexes", () => {
  it.each([
    ["/", true],
    ["/ru", true],
    ["/kk/", true],
    ["/events/january-2022", true],
    ["/ru/events/zhanaozen-2011/", true],
    ["/metrics/deaths", true],
    ["/charts", true],
    ["/kk/charts/claims/january-2022/deaths/killed", true],
    ["/charts/claims/january-2022/deaths/killed/all/official", false],
    ["/ru/charts/claims/january-2022/deaths/killed/almaty/independent/", false],
    ["/charts/funnel/january-2022/protesters", true],
    ["/sources", true],
    ["/methodology", true],
    ["/releases/2026-11-29/charts/claims/january-2022/deaths/killed", false],
    ["/ru/releases/2026-11-29/charts/claims/january-2022/deaths/killed", false],
    ["/embed/charts/claims/january-2022/deaths/killed", false],
    ["/explore", false],
    ["/data", false],
    ["/search", false],
    ["/ru/search/", false],
  ])("%s → %s", (address, expected) => expect(isSearchable(address)).toBe(expected));
});

describe("the result count, formatted on the server", () => {
  const counts = (locale: "en" | "ru" | "kk") => resultCounts(getDataset(), lang(locale));
  it("has a message for every count the index can give", () => {
    expect(counts("en")).toHaveLength(searchablePageCount(getDataset()) + 1);
    expect(searchablePageCount(getDataset())).toBeGreaterThan(100);
  });
  it("takes each language's plurals", () => {
    expect([0, 1, 2, 5, 21].map((n) => counts("en")[n])).toEqual(["Nothing found.", "1 page found", "2 pages found", "5 pages found", "21 pages found"]);
    expect([0, 1, 2, 5, 21].map((n) => counts("ru")[n])).toEqual(["Ничего не найдено.", "Найдена 1 страница", "Найдены 2 страницы", "Найдено 5 страниц", "Найдена 21 страница"]);
    expect([1, 5].map((n) => counts("kk")[n])).toEqual(["1 бет табылды", "5 бет табылды"]);
  });
});
