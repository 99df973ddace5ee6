import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { getContext } from "../../lib/data/context";
import { getDataset } from "../../lib/data/dataset";
import { METRIC_IDS, METRICS } from "../../lib/data/metrics";
import { lang, type Vocabulary } from "../../lib/site/i18n";
import { languageAlternates, localePath, PREFIXED_LOCALES, splitLocale, switchPath } from "../../lib/site/locales";

const MESSAGES = path.join(process.cwd(), "messages");
const CATALOGUES = readdirSync(path.join(MESSAGES, "en")).filter((f) => f.endsWith(".json"));
const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")) as Record<string, unknown>;

/** Every message of a catalogue by its dotted key. */
function leaves(tree: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The names of a message's arguments ({event}, {count, plural…}), from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

// Words that are the same in every language: names of formats, licences and of organisations that
// the Russian and Kazakh press leave in Latin letters (messages/*/names.json keeps those as they are).
const LATIN_ALLOWED = new Set(["Atom", "CSV", "SVG", "PNG", "MIT", "CC", "BY", "em"]);

describe("message catalogues", () => {
  for (const file of CATALOGUES) {
    const en = leaves(read("en", file));
    for (const locale of PREFIXED_LOCALES) {
      const other = leaves(read(locale, file));
      it(`${locale}/${file} has exactly the keys of en/${file}`, () => {
        expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
        expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
      });
      it(`${locale}/${file}: every message parses, takes the arguments the English one takes, and has no English word`, () => {
        for (const [key, message] of other) {
          expect(argumentsOf(message, locale), `${locale} ${key}`).toEqual(argumentsOf(en.get(key)!, "en"));
          const words = message
            .replace(/\{[a-zA-Z]+(, (plural|select)(, [^{]*)?)?/g, " ") // argument names and formats
            .replace(/\b(one|few|many|other|official|independent|yes|no|totals|month|all|more|changed|same)\s*\{/g, " ") // selector keys
            .replace(/<\/?[a-z]+>/g, " ") // rich-text tags
            .match(/[A-Za-z]{2,}/g) ?? [];
          expect(words.filter((w) => !LATIN_ALLOWED.has(w)), `${locale} ${key}: ${message}`).toEqual([]);
        }
      });
    }
  }
});

describe("the data's own words in Russian and Kazakh", () => {
  const dataset = getDataset();
  const values: [Vocabulary, string][] = [
    ...dataset.rows.flatMap((r) => [["claimed_by", r.claimed_by], ["place", r.place], ["scope_label", r.scope_label], ["note", r.note]] as [Vocabulary, string][]),
    ...dataset.cases.flatMap((c) => [["case_person", c.person], ["place", c.place], ["case_charge", c.charge], ["case_sentence", c.sentence], ["note", c.note]] as [Vocabulary, string][]),
    ...[...dataset.sourcesById.values()].map((s): [Vocabulary, string] => ["publisher", s.publisher]),
    ...getContext().map((s): [Vocabulary, string] => ["context", s.text]),
  ].filter(([, v]) => v !== "");
  for (const locale of PREFIXED_LOCALES) {
    it(`${locale}: every value of the data and every measure has a translation`, () => {
      const l = lang(locale);
      const missing: string[] = [];
      for (const [kind, value] of values) {
        try {
          expect(l.name(kind, value)).not.toBe("");
        } catch {
          missing.push(`${kind}: ${value}`);
        }
      }
      for (const metric of METRIC_IDS) {
        for (const measure of Object.keys(METRICS[metric].measures)) {
          try {
            l.measure(metric, measure, "");
          } catch {
            missing.push(`measure ${metric}/${measure}`);
          }
        }
      }
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});

describe("numbers, dates and plurals by each language's rules", () => {
  it.each([
    ["en", 9900, "9,900"],
    ["ru", 9900, "9\u00a0900"],
    ["kk", 1234567, "1\u00a0234\u00a0567"],
  ] as const)("%s formats %d as %s", (locale, n, printed) => {
    expect(lang(locale).count(n)).toBe(printed);
  });
  it.each([
    ["en", "2022-12-28", "28 Dec 2022"],
    ["ru", "2022-12-28", "28 декабря 2022 г."],
    ["kk", "2022-12-28", "2022 ж. 28 желтоқсан"],
    ["en", "2022-08", "Aug 2022"],
    ["ru", "2022-08", "август 2022 г."],
    ["ru", "2024", "2024 г."],
    ["kk", "", "күні көрсетілмеген"],
  ] as const)("%s prints %s as %s", (locale, asOf, printed) => {
    expect(lang(locale).date(asOf)).toBe(printed);
  });
  it.each([
    [1, "1 заявление"],
    [2, "2 заявления"],
    [5, "5 заявлений"],
    [21, "21 заявление"],
    [64, "64 заявления"],
  ])("Russian: %d → %s", (count, words) => {
    expect(lang("ru").t("term.statement", { count })).toBe(words);
  });
});

describe("addresses in each language", () => {
  it.each([
    ["en", "/", "/"],
    ["ru", "/", "/ru"],
    ["kk", "/events/january-2022", "/kk/events/january-2022"],
  ] as const)("%s %s → %s", (locale, path, address) => {
    expect(localePath(locale, path)).toBe(address);
    expect(splitLocale(address)).toEqual({ locale, path });
  });
  it.each([
    ["/events/zhanaozen-2011", "ru", "/ru/events/zhanaozen-2011"],
    ["/ru/metrics/deaths/", "kk", "/kk/metrics/deaths"],
    ["/kk", "en", "/"],
    ["/methodology", "ru", "/ru/methodology"],
    ["/charts/claims/january-2022/deaths/killed", "kk", "/kk/charts/claims/january-2022/deaths/killed"],
    ["/ru/embed/charts/funnel/zhanaozen-2011/state", "en", "/embed/charts/funnel/zhanaozen-2011/state"],
    ["/releases/2026-11-29/charts/claims/january-2022/deaths/killed", "ru", "/ru/releases/2026-11-29/charts/claims/january-2022/deaths/killed"],
    // A release cut before the site spoke Russian and Kazakh is in English only: the switch leads to the other language's overview.
    ["/releases/2026-11-24/charts/claims/january-2022/deaths/killed", "kk", "/kk"],
  ] as const)("the switch from %s to %s leads to %s", (from, to, address) => {
    expect(switchPath(from, to, ["2026-11-29"])).toBe(address);
  });
  it("names every language and x-default as alternates", () => {
    expect(languageAlternates("/metrics/deaths")).toEqual({ en: "/metrics/deaths", ru: "/ru/metrics/deaths", kk: "/kk/metrics/deaths", "x-default": "/metrics/deaths" });
  });
});
