import { scaleLinear } from "d3-scale";
import { type CountableTimeInterval, type TimeInterval, utcMonth, utcYear } from "d3-time";
import { EN, type Lang } from "../site/i18n";
/**
 * Axis and label arithmetic shared by every chart drawing and the explorer: value ticks from
 * d3-scale and date ticks from d3-time (what Recharts is built on), so that both place the same
 * ticks; labels in the page's language, never d3's English formats; and line wrapping.
 */

/**
 * Round ticks from 0 to the first tick at or above `max`, about `count` of them (d3's count is a
 * hint: [0, 50, …, 250] for 238 and 6). Counts are whole people or cases: never a tick between two integers.
 */
export function valueTicks(max: number, count: number): number[] {
  // A chart of zeros still needs an axis that runs somewhere.
  return scaleLinear().domain([0, Math.max(1, max)]).nice(count).ticks(count).filter(Number.isInteger);
}

/**
 * About how many value ticks a bar chart asks for. The explorer asks as many as the narrow drawing,
 * so on a phone both show the same ticks.
 */
export const BAR_TICKS = { narrow: 3, wide: 6 } as const;

/**
 * Value ticks for an axis `span` units long (a slide's), labelled in `fontSize`: of the round tick
 * sets it holds with room between their labels, the one whose axis ends closest to `max` (0–250 for 241, not 0–400), then
 * the one with most ticks.
 */
export function fittedTicks(max: number, span: number, lang: Lang, fontSize: number): number[] {
  const fits = (ticks: number[]) => span / (ticks.length - 1) >= Math.max(...ticks.map((t) => textWidth(lang.count(t), fontSize))) + 16;
  const sets = Array.from({ length: Math.max(1, Math.floor(span / 30)) }, (_, i) => valueTicks(max, i + 1)).filter(fits);
  const top = (ticks: number[]) => ticks.at(-1)!;
  return sets.reduce((best, t) => (top(t) < top(best) || (top(t) === top(best) && t.length > best.length) ? t : best), valueTicks(max, 1));
}

/** Whole months, quarters, half-years, then years, and how many months each step is. */
const DATE_STEPS: readonly (readonly [TimeInterval, number])[] = [
  ...[1, 3, 6].map((k) => [utcMonth.every(k)!, k] as const),
  ...[1, 2, 5, 10].map((k) => [(utcYear as CountableTimeInterval).every(k)!, 12 * k] as const),
];

export type DateAxis = { domain: [number, number]; ticks: { t: number; label: string }[] };

/**
 * A date axis over [start, end) that begins and ends on a tick: whole months, quarters, half-years
 * or years, whichever keeps the ticks within `maxTicks + 1`. Labels say the year where it is needed.
 */
export function dateAxis(start: number, end: number, maxTicks: number, lang: Lang = EN): DateAxis {
  const span = (interval: TimeInterval) => {
    const from = interval.floor(new Date(start));
    const ceiled = interval.ceil(new Date(end));
    const to = +ceiled > +from ? ceiled : interval.offset(from, 1);
    // range() leaves out its stop: one millisecond past it keeps the last tick.
    return interval.range(from, new Date(+to + 1));
  };
  const [ticks, months] = DATE_STEPS.map(([interval, months]) => [span(interval), months] as const).find(([ticks]) => ticks.length - 1 <= maxTicks) ?? [span(DATE_STEPS.at(-1)![0]), 120];
  return {
    domain: [+ticks[0]!, +ticks.at(-1)!],
    ticks: ticks.map((d, i) => {
      const year = d.getUTCFullYear();
      const month = d.getUTCMonth() + 1;
      return { t: +d, label: months >= 12 ? String(year) : lang.monthLabel(year, month, i === 0 || month === 1) };
    }),
  };
}

/**
 * A conservative width for text in the sans-serif fonts the charts name (wider than most glyphs):
 * capitals and Cyrillic letters are wider than Latin lower case, which matters for "ОФИЦИАЛЬНЫЕ".
 */
const charWidth = (c: string): number => (/\p{Lu}/u.test(c) ? 0.74 : /\p{Script=Cyrillic}/u.test(c) ? 0.64 : 0.6);
export const textWidth = (text: string, fontSize: number, bold = false): number =>
  [...text].reduce((w, c) => w + charWidth(c), 0) * fontSize * (bold ? 1.07 : 1);

/** Words wrapped into lines no wider than `width`; a word longer than a line is split, never cut off. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= width;
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (!fits(word)) {
      if (line) lines.push(line);
      let cut = 1;
      while (cut < word.length && fits(word.slice(0, cut + 1))) cut += 1;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      line = "";
    }
    if (!line) line = word;
    else if (fits(`${line} ${word}`)) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
