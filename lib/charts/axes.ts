import { EN, type Lang } from "../site/i18n";
/**
 * Axis and label arithmetic shared by every chart drawing: round ticks, date ticks at the
 * precision of the span, and line wrapping — pure, so that the tests can pin them down.
 */

/** The round step (1, 2 or 5 × a power of ten) that covers `max` in at most `maxTicks` steps. */
export function niceStep(max: number, maxTicks: number): number {
  if (max <= 0) return 1;
  const raw = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  // Counts are whole people or cases: never a tick between two integers.
  return Math.max(1, step);
}

/** Ticks from 0 to the first round value at or above `max`: [0, 50, 100, 150, 200, 250] for 238. */
export function valueTicks(max: number, maxTicks: number): number[] {
  const step = niceStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120] as const;
const monthIndex = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
const monthStart = (i: number) => Date.UTC(Math.floor(i / 12), i % 12, 1);

export type DateAxis = { domain: [number, number]; ticks: { t: number; label: string }[] };

/**
 * A date axis over [start, end) that begins and ends on a tick: whole months, quarters, half-years
 * or years, whichever keeps the ticks within `maxTicks + 1`. Labels say the year where it is needed.
 */
export function dateAxis(start: number, end: number, maxTicks: number, lang: Lang = EN): DateAxis {
  const first = monthIndex(start);
  const last = monthIndex(end - 1) + 1;
  const step: number = MONTH_STEPS.find((s) => Math.ceil(last / s) - Math.floor(first / s) <= maxTicks) ?? 120;
  const from = Math.floor(first / step) * step;
  const to = Math.max(from + step, Math.ceil(last / step) * step);
  const ticks: DateAxis["ticks"] = [];
  for (let i = from; i <= to; i += step) {
    const year = Math.floor(i / 12);
    const label = step >= 12 ? String(year) : lang.monthLabel(year, (i % 12) + 1, i === from || i % 12 === 0);
    ticks.push({ t: monthStart(i), label });
  }
  return { domain: [monthStart(from), monthStart(to)], ticks };
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
